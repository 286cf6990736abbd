// The Chrome Web Store refuses a manifest description over 132 characters. The built manifest's
// description is wxt.config.ts's manifest one when it sets one, else package.json's.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

const STORE_MAX = 132;
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as {
  description?: string;
};

type ManifestOption = { description?: string } | ((env: Record<string, unknown>) => unknown);

async function manifestDescription(browser: string): Promise<string | undefined> {
  const option = config.manifest as ManifestOption | undefined;
  const manifest = (
    typeof option === 'function'
      ? await option({ browser, manifestVersion: 3, mode: 'production', command: 'build' })
      : option
  ) as { description?: string } | undefined;
  return manifest?.description ?? pkg.description;
}

describe('manifest description', () => {
  it.each(['chrome', 'edge', 'firefox'])('fits the store’s 132 characters (%s)', async (browser) => {
    const description = await manifestDescription(browser);
    expect(description?.trim().length).toBeGreaterThan(20);
    expect([...(description ?? '')].length).toBeLessThanOrEqual(STORE_MAX);
  });

  it('package.json’s description, which WXT uses when the manifest sets none, fits too', () => {
    expect([...(pkg.description ?? '')].length).toBeLessThanOrEqual(STORE_MAX);
  });

  it('is the one the store listing gives', () => {
    const listing = readFileSync(resolve(import.meta.dirname, '../../../store/listing.md'), 'utf8');
    const short = /## Short description[^\n]*\n\n([^\n]+)\n/.exec(listing)?.[1];
    expect(short).toBe(pkg.description);
  });
});
