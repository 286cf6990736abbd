// Chromium sometimes hands an extension's process an empty message bundle and keeps it for the
// session: every `getMessage` then answers "" (seen in about one launch in three of Chromium 156
// with an unpacked extension, in its pages and service worker alike). Pacer would show blank words.
// When that happens, read the shipped `_locales` files ourselves and answer from them, with
// Chrome's own fallback order (the UI locale, its language, then English) and `$1`… substitutions.
import { browser } from 'wxt/browser';

type Catalog = Record<string, { message: string } | undefined>;

/** Chrome's substitution rules: `$1`…`$9`, and `$$` for a dollar sign. */
export function substitute(message: string, subs: string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** The `_locales` folders to try for a UI locale, most specific first: pt-BR → pt_BR, pt, en. */
export function localeChain(uiLanguage: string): string[] {
  const tag = uiLanguage.replace('-', '_');
  const base = tag.split('_')[0] ?? tag;
  return [...new Set([tag, base, 'en'])];
}

/** The answer of the first catalog that has `key`, substituted; "" when none has it. */
export function fromCatalogs(catalogs: Catalog[], key: string, subs?: string | string[]): string {
  const m = catalogs.find((c) => c[key] !== undefined)?.[key];
  return m ? substitute(m.message, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]) : '';
}

async function load(folder: string): Promise<Catalog | null> {
  try {
    const res = await fetch(browser.runtime.getURL(`/_locales/${folder}/messages.json` as '/'));
    return res.ok ? ((await res.json()) as Catalog) : null;
  } catch {
    return null;
  }
}

/**
 * Makes sure `browser.i18n.getMessage` answers: a no-op when the browser's bundle works (one
 * synchronous call), else it patches `getMessage` to fall back on the shipped files. Pages await
 * it before their first paint; the worker before its first badge.
 */
export async function ensureMessages(): Promise<void> {
  const i18n = browser.i18n;
  if (i18n.getMessage('@@extension_id') !== '') return;
  const catalogs = (await Promise.all(localeChain(i18n.getUILanguage()).map(load))).filter(
    (c): c is Catalog => c !== null,
  );
  if (catalogs.length === 0) return;
  const native = i18n.getMessage.bind(i18n);
  (i18n as { getMessage: (key: string, subs?: string | string[]) => string }).getMessage = (key, subs) =>
    native(key as never, subs) || fromCatalogs(catalogs, key, subs);
}
