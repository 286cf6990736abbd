// Unit tests read Pacer's real messages: `browser.i18n` in the fake browser answers from
// `lib/i18n/locales/<lang>.yml` as Chrome would (positional `$1`…, `$$`), in English (en-GB, so
// times read 24-hour) unless a test calls `useLocale`.
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { substitute } from '../../lib/i18n/ensure-messages';

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

/** Answer `browser.i18n` in `lang` ("fr"), with `tag` ("fr-FR") as the UI locale. */
export async function useLocale(lang: string, tag = lang): Promise<void> {
  const messages = await catalog(lang);
  const english = await catalog('en');
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getUILanguage = () => tag;
  i18n.getMessage = (key: string, subs?: string | string[]) => {
    if (key === '@@extension_id') return 'pacer-unit-tests'; // a predefined message, as Chrome has
    const m = messages[key] ?? english[key]; // the browser falls back to default_locale
    if (!m) return '';
    return substitute(m.message, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]);
  };
}

/**
 * A pseudo-locale: every message is English wrapped in ⟦…⟧, so a test can find text that did not
 * come through `t` (`untranslated(root)`): hard-coded English a French user would still read.
 */
export async function usePseudoLocale(): Promise<void> {
  const english = await catalog('en');
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getUILanguage = () => 'en-GB';
  i18n.getMessage = (key: string, subs?: string | string[]) => {
    const m = english[key];
    if (!m) return '';
    const text = substitute(m.message, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]);
    // Each plural form wrapped on its own: `t` picks one of "one | many" after this answer.
    return text
      .split(' | ')
      .map((form) => `⟦${form}⟧`)
      .join(' | ');
  };
}

/**
 * The words in `text` that no message supplied: ⟦…⟧ spans (nested too) removed, then numbers,
 * punctuation, symbols and the `allowed` proper names ("LinkedIn", a member's name).
 */
export function untranslated(text: string, allowed: string[] = []): string[] {
  let rest = text;
  for (let prev = ''; prev !== rest; ) {
    prev = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  // Longest first: an allowed text that names LinkedIn is not cut by removing "LinkedIn" first.
  const names = [...allowed, 'Pacer', 'LinkedIn'].sort((x, y) => y.length - x.length);
  for (const a of names) rest = rest.split(a).join(' ');
  return rest.split(/[\s\d\p{P}\p{S}]+/u).filter((w) => /\p{L}/u.test(w));
}

/**
 * A stricter pseudo-locale: every `{name}` is left outside the brackets, so an English word put in
 * for a substitution shows up in `untranslated` too.
 */
export async function useStrictPseudoLocale(): Promise<void> {
  await usePseudoLocale();
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (key: string, subs?: string | string[]) => string;
  };
  const wrapped = i18n.getMessage;
  i18n.getMessage = (key, subs) => wrapped(key, subs).replace(/\{(\w+)\}/g, '⟧{$1}⟦');
}

/** Every word a user can read or hear in `root`: its text, and its labelling attributes. */
export function readable(root: Element): string {
  const named = ['aria-label', 'title', 'placeholder', 'aria-valuetext'];
  const attrs = [...root.querySelectorAll('*')].flatMap((el) => named.map((a) => el.getAttribute(a) ?? ''));
  return [root.textContent ?? '', ...attrs].join('\n');
}

/** The words Intl puts in dates in the pseudo-locale's en-GB: short weekday and month names. */
export function intlDateWords(): string[] {
  const word = (o: Intl.DateTimeFormatOptions, at: number) =>
    new Intl.DateTimeFormat('en-GB', { ...o, timeZone: 'UTC' }).format(at);
  const days = Array.from({ length: 7 }, (_, d) => word({ weekday: 'short' }, Date.UTC(2026, 0, 5 + d)));
  const months = Array.from({ length: 12 }, (_, m) => word({ month: 'short' }, Date.UTC(2026, m, 15)));
  return [...days, ...months];
}

await useLocale('en', 'en-GB');
afterEach(async () => {
  await useLocale('en', 'en-GB');
});
