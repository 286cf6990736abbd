import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: { alias: { dexie: 'dexie/dist/modern/dexie.mjs' } }, // the build the extension ships
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/i18n-setup.ts'],
    // Pin the host zone: domain code takes its zone as an argument, so any
    // accidental reliance on the machine's zone shows up as a failure.
    env: { TZ: 'Pacific/Chatham' },
    mockReset: true,
    restoreMocks: true,
    sequence: { shuffle: true },
  },
});
