// Unit tests read Pacer's real messages: `browser.i18n` in the fake browser answers from
// `lib/i18n/locales/<lang>.yml` as Chrome would (positional `$1`…, `$$`), in English (en-GB, so
// times read 24-hour) unless a test calls `useLocale`.
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Catalog = Record<string, { message: string }>;
const catalogs = new Map<string, Catalog>();

async function catalog(lang: string): Promise<Catalog> {
  let c = catalogs.get(lang);
  if (!c) {
    c = generateChromeMessages(await parseMessagesFile(`lib/i18n/locales/${lang}.yml`));
    catalogs.set(lang, c);
  }
  return c;
}

/** Chrome's substitution rules for a message's `$1`…`$9` and `$$`. */
function substitute(message: string, subs: string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** Answer `browser.i18n` in `lang` ("fr"), with `tag` ("fr-FR") as the UI locale. */
export async function useLocale(lang: string, tag = lang): Promise<void> {
  const messages = await catalog(lang);
  const english = await catalog('en');
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getUILanguage = () => tag;
  i18n.getMessage = (key: string, subs?: string | string[]) => {
    const m = messages[key] ?? english[key]; // the browser falls back to default_locale
    if (!m) return '';
    return substitute(m.message, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]);
  };
}

await useLocale('en', 'en-GB');
afterEach(async () => {
  await useLocale('en', 'en-GB');
});
