import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in Debian's Chromium (and the Firefox build in Firefox ESR).
// One file at a time: 2 cores, one browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
