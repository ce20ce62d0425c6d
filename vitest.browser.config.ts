import { defineConfig } from 'vitest/config';

// Real-Chromium tests of DOM code that happy-dom cannot judge (rich editors' own state).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
