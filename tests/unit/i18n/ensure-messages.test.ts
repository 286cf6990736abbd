// When the browser hands Pacer an empty message bundle, Pacer reads its own `_locales` files and
// words everything as the browser would have: the UI locale's messages, else its language's, else
// English, with `$1`… substituted.
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureMessages, localeChain, substitute } from '../../../lib/i18n/ensure-messages';
import { formatCountdown } from '../../../lib/ui/format';
import { useLocale } from '../i18n-setup';

const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;

/** The browser's lost bundle: every message "", the UI locale still known. */
function loseBundle(tag: string) {
  i18n.getUILanguage = () => tag;
  i18n.getMessage = () => '';
}

/** Serves the built `_locales/<folder>/messages.json` of the shipped locales; 404 for the others. */
async function serveLocales() {
  const files = new Map<string, unknown>();
  for (const lang of ['en', 'fr', 'pt_BR'])
    files.set(lang, generateChromeMessages(await parseMessagesFile(`lib/i18n/locales/${lang}.yml`)));
  const fetched: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const folder = /\/_locales\/([^/]+)\/messages\.json$/.exec(url)?.[1] ?? '';
      fetched.push(folder);
      const body = files.get(folder);
      return body ? new Response(JSON.stringify(body)) : new Response('', { status: 404 });
    }),
  );
  return fetched;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ensureMessages', () => {
  it('does nothing while the browser answers', async () => {
    const fetched = await serveLocales();
    await ensureMessages();
    expect(fetched).toEqual([]);
    expect(formatCountdown(new Date(3_600_000), new Date(0))).toBe('in 1 h');
  });

  it('words French from the shipped files when the bundle comes back empty', async () => {
    await useLocale('fr', 'fr-FR');
    loseBundle('fr-FR');
    expect(formatCountdown(new Date(3_600_000), new Date(0))).toBe(''); // what a user would see
    const fetched = await serveLocales();
    await ensureMessages();
    expect(fetched).toEqual(['fr_FR', 'fr', 'en']);
    expect(formatCountdown(new Date(3_600_000), new Date(0))).toBe('dans 1 h');
  });

  it('falls back to English for a language Pacer does not ship', async () => {
    loseBundle('it-IT');
    await serveLocales();
    await ensureMessages();
    expect(formatCountdown(new Date(3_600_000), new Date(0))).toBe('in 1 h');
  });
});

describe('the fallback’s rules', () => {
  it('tries the locale, its language, then English', () => {
    expect(localeChain('pt-BR')).toEqual(['pt_BR', 'pt', 'en']);
    expect(localeChain('en-US')).toEqual(['en_US', 'en']);
    expect(localeChain('fr')).toEqual(['fr', 'en']);
  });

  it('substitutes as Chrome does', () => {
    expect(substitute('$1 of $2 ($$5)', ['3', '10'])).toBe('3 of 10 ($5)');
    expect(substitute('only $1', [])).toBe('only ');
  });
});
