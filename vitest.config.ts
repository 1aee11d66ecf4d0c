import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Unit tests: data rules and the framework's components (on the made-up tests/fixtures/small-event.ts), the
// shipped 2022 event's own facts (tests/event-2022/) and a deck's own (tests/decks/<slug>/), in happy-dom. Browser tests on built decks live in tests/e2e.
export default defineConfig({
  plugins: [vue()],
  test: {
    environment: 'happy-dom',
    include: ['tests/data/**/*.test.ts', 'tests/components/**/*.test.ts', 'tests/event-2022/**/*.test.ts', 'tests/decks/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
  },
})
