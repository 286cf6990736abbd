// Dates and numbers as the browser's locale writes them, through Intl: one memoised formatter per
// locale, zone and pattern. No dependencies, so the content script (which runs on every LinkedIn
// page and must stay light) and lib/ui/format.ts write them the same way.
import { uiLocale } from './locale';

export type DatePattern = 'weekday' | 'date' | 'dayMonth' | 'time';
const PATTERNS: Record<DatePattern, Intl.DateTimeFormatOptions> = {
  weekday: { weekday: 'short' },
  date: { weekday: 'short', day: 'numeric', month: 'short' },
  dayMonth: { day: 'numeric', month: 'short' },
  time: { timeStyle: 'short' },
};

// Building an Intl formatter costs ~50 µs, a remembered one ~1 µs (Node 20).
const dates = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();

/**
 * `at` in `timeZone` as the browser's locale writes `pattern`: "Mon", "Mon 1 Dec", "1 Dec",
 * "14:05" or "2:05 PM". Throws a RangeError for a zone Intl does not know.
 */
export function formatPattern(at: Date | number, timeZone: string, pattern: DatePattern): string {
  const locale = uiLocale();
  const key = `${locale}|${timeZone}|${pattern}`;
  let f = dates.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...PATTERNS[pattern], timeZone });
    dates.set(key, f);
  }
  return f.format(at);
}

/** A whole number in the browser's locale: "1,250", "1 250", "1.250". */
export function formatCount(n: number): string {
  const locale = uiLocale();
  let f = numbers.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    numbers.set(locale, f);
  }
  return f.format(Math.trunc(n));
}
