import { defineConfig } from 'vitest/config';

// Browser tests in Firefox ESR (puppeteer over WebDriver BiDi), against `npm run build:firefox`.
// One file at a time (2 cores).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.spec.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
