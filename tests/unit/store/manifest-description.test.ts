// The Chrome Web Store refuses a manifest description over 132 characters, in any language. The
// manifest names a message (`__MSG_manifest_description__`); each locale file words it, and the
// English one is package.json's and the store listing's.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { SHIPPED_LOCALES } from '../../../lib/i18n/locale';
import config from '../../../wxt.config';

const STORE_MAX = 132;
const root = resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { description?: string };

type ManifestOption = { description?: string; name?: string } | ((env: Record<string, unknown>) => unknown);

async function manifestOf(browser: string): Promise<{ description?: string; name?: string }> {
  const option = config.manifest as ManifestOption | undefined;
  return ((typeof option === 'function'
    ? await option({ browser, manifestVersion: 3, mode: 'production', command: 'build' })
    : option) ?? {}) as { description?: string; name?: string };
}

async function message(lang: string, key: string): Promise<string | undefined> {
  const parsed = await parseMessagesFile(resolve(root, `lib/i18n/locales/${lang}.yml`));
  const m = parsed.find((p) => p.key.join('_') === key);
  return m && m.type !== 'plural' ? m.message : undefined;
}

describe('manifest description and name', () => {
  it.each(['chrome', 'edge', 'firefox'])('are messages every locale words (%s)', async (browser) => {
    const manifest = await manifestOf(browser);
    expect(manifest.description).toBe('__MSG_manifest_description__');
    expect(manifest.name).toBe('__MSG_manifest_name__');
  });

  it.each([...SHIPPED_LOCALES])(
    'fit the store in %s: description ≤ 132 characters, name ≤ 75',
    async (lang) => {
      const description = await message(lang, 'manifest_description');
      expect(description?.trim().length).toBeGreaterThan(20);
      expect([...(description ?? '')].length).toBeLessThanOrEqual(STORE_MAX);
      expect([...((await message(lang, 'manifest_name')) ?? '')].length).toBeLessThanOrEqual(75);
    },
  );

  it('English is package.json’s description and the store listing’s', async () => {
    expect(await message('en', 'manifest_description')).toBe(pkg.description);
    const listing = readFileSync(resolve(root, 'store/listing.md'), 'utf8');
    const short = /## Short description[^\n]*\n\n([^\n]+)\n/.exec(listing)?.[1];
    expect(short).toBe(pkg.description);
  });
});
