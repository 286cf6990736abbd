import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in Debian's Chromium. One file at a time (2 cores).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
