import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Unit tests: data rules, the framework's components and a deck's own (tests/decks/<slug>/), in happy-dom. Browser tests on built decks live in tests/e2e.
export default defineConfig({
  plugins: [vue()],
  test: {
    environment: 'happy-dom',
    include: ['tests/data/**/*.test.ts', 'tests/components/**/*.test.ts', 'tests/decks/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
  },
})
