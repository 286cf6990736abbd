import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in Debian's Chromium. One file at a time (2 cores).
export default defineConfig({
  // Tests that read a backup file with lib/backup load Pacer's translator (WXT's generated module),
  // which only speaks when called: a valid file needs no words.
  resolve: { alias: { '#i18n': resolve(import.meta.dirname, '.wxt/i18n/index.ts') } },
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
