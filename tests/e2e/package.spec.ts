// The built extension as the stores receive it (`npm run zip` packs this folder as it is): a
// description the Chrome Web Store takes, no page overriding one of Chrome's, and nothing but the
// extension's own files (no source maps, tests or fixtures).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED_LOCALES } from '../../lib/i18n/locale';
import { EXTENSION_DIR } from './support/browser';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [relative(EXTENSION_DIR, join(dir, d.name))],
  );

describe('the store package', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const shipped = files(EXTENSION_DIR);

  it('declares a description of at most 132 characters in every language and overrides none of Chrome’s pages', () => {
    expect(manifest.description).toBe('__MSG_manifest_description__');
    expect(manifest.default_locale).toBe('en');
    const locales = readdirSync(join(EXTENSION_DIR, '_locales'));
    expect(locales.sort()).toEqual([...SHIPPED_LOCALES].sort());
    for (const lang of locales) {
      const messages = JSON.parse(
        readFileSync(join(EXTENSION_DIR, '_locales', lang, 'messages.json'), 'utf8'),
      );
      const description: string = messages.manifest_description.message;
      expect(description.length, lang).toBeGreaterThan(20);
      expect([...description].length, lang).toBeLessThanOrEqual(132);
      expect(messages.manifest_name.message, lang).toMatch(/^Pacer — /);
    }
    expect(manifest.chrome_url_overrides).toBeUndefined();
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
  });

  it('holds every file the manifest names, and no source map, test or fixture', () => {
    const named = [
      manifest.background.service_worker,
      manifest.action.default_popup,
      manifest.options_ui.page,
      ...Object.values(manifest.icons as Record<string, string>),
      ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
    ];
    for (const file of named) expect(shipped).toContain(file);
    expect(shipped.filter((f) => /\.map$|(^|\/)tests?\/|\.(spec|test)\.|fixtures?/.test(f))).toEqual([]);
  });

  it('ships the privacy policy page the options page links to', () => {
    expect(shipped).toContain('privacy.html');
  });
});
