// The language Pacer speaks: the browser's own (`browser.i18n`), which also picks the messages.
import { browser } from 'wxt/browser';

/**
 * Locales Pacer ships messages for; any other language reads English. Chrome knows Portuguese only
 * as pt_BR or pt_PT: LinkedIn's Portuguese is Brazil's.
 */
export const SHIPPED_LOCALES = ['en', 'fr', 'de', 'es', 'pt_BR'] as const;

/**
 * The browser's UI locale as a BCP 47 tag ("fr-FR", "en-US"), for `Intl`: dates, times and numbers
 * follow it (12- or 24-hour as the locale has it). "en" where the API is missing (the page world).
 */
export function uiLocale(): string {
  try {
    const raw = browser.i18n.getUILanguage();
    // Checking a tag against Intl's data costs more than formatting with it: once per tag.
    if (raw !== checked.raw) {
      const tag = raw.replace('_', '-');
      checked.raw = raw;
      checked.tag = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : 'en';
    }
    return checked.tag;
  } catch {
    return 'en';
  }
}

const checked = { raw: '', tag: 'en' };
