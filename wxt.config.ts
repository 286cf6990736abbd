import preact from '@preact/preset-vite';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * A second, safe Terser pass over what runs on every LinkedIn page and in the worker, after
 * Vite's own minifier: it finds what that one leaves (1.2 KB of the worker, 7 % of the observer),
 * weight measured against the budgets of `npm run bench`. Extension pages are left as they are.
 */
function terserPass(): Plugin {
  const weighed = /^(background|content-scripts\/.*)\.js$/;
  return {
    name: 'pacer-terser-pass',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !weighed.test(chunk.fileName)) continue;
        const out = await minify(chunk.code, { ecma: 2020, compress: { passes: 2 }, mangle: true });
        if (out.code) chunk.code = out.code;
      }
    },
  };
}

// --- Per-browser manifest keys (Firefox and Edge) -------------------------------------------
/** Firefox's add-on id: fixed, so storage and the tests' moz-extension:// address survive reinstalls. */
export const GECKO_ID = 'pacer@pacer.local';

/**
 * What only one browser family reads. The floors are the first versions that run the page-world
 * observer (content scripts with `"world": "MAIN"`): Chrome 111 (Edge is the Chrome build), Firefox
 * 128; Firefox gets its 140 ESR, the oldest release still supported. Firefox also needs the id and,
 * for addons.mozilla.org, `data_collection_permissions` (MDN, "browser_specific_settings"): Pacer
 * sends nothing anywhere, so it declares "none".
 */
function perBrowser(browser: string) {
  if (browser === 'firefox') {
    return {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none' as const] },
        },
        // Firefox for Android reads that declaration from 142 on (web-ext lint).
        gecko_android: { strict_min_version: '142.0' },
      },
    };
  }
  return { minimum_chrome_version: '111' };
}
/** The Firefox sources zip holds what builds the add-on, not what the tests and bench write. */
const SOURCES_EXCLUDE = ['test-artifacts/**', 'bench/results*.json', 'stats*.html', '*.log'];
// ---------------------------------------------------------------------------------------------

// Pacer observes linkedin.com only: no other host, no tabs, no remote code.
export default defineConfig({
  imports: false,
  // Pacer's own words, per language, as `browser.i18n` messages (`lib/i18n/locales/<lang>.yml`,
  // built into `_locales/`); the browser picks the language, English when it has none of them.
  modules: ['@wxt-dev/i18n/module'],
  i18n: { localesDir: 'lib/i18n/locales' },
  zip: { excludeSources: SOURCES_EXCLUDE },
  vite: () => ({
    plugins: [preact(), terserPass()],
    // Dexie's default entry wraps its ES2015 UMD build; the modern ES build is 12 KB lighter.
    resolve: { alias: { dexie: 'dexie/dist/modern/dexie.mjs' } },
  }),
  manifest: ({ browser }) => ({
    ...perBrowser(browser),
    // In the browser's language (lib/i18n/locales/*.yml, `manifest:`); English is package.json's.
    name: '__MSG_manifest_name__',
    description: '__MSG_manifest_description__',
    short_name: 'Pacer',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://www.linkedin.com/*', 'https://linkedin.com/*'],
    action: { default_title: 'Pacer' },
  }),
  // The manifest's description is each locale's `manifest.description` (English: package.json's);
  // the Chrome Web Store takes at most 132 characters (tests/unit/store/manifest-description.test.ts). The history page's entry point is
  // `weekly-history`: WXT files one named `history` as Chrome's history page override.
});
