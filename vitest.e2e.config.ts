import { defineConfig } from 'vitest/config'

// Browser tests on the built decks: global setup builds dist/, serves it on loopback and starts
// one Chromium. Slow by nature, so long timeouts and one file at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 10 * 60_000,
    hookTimeout: 2 * 60_000,
    fileParallelism: false,
  },
})
