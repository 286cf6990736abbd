// Text for the popup, the options page and the badge: reset times, durations, counts, refusals.
// Every function takes `now` and the time zone as arguments; nothing reads the host's clock or zone.
// Words come from the browser's language (`t`); dates, times and numbers from its locale through
// `Intl` (lib/i18n/intl-format.ts), which costs no bytes: date-fns's locales for the five shipped
// languages weigh 25 KB minified, more than the worker has left under its 250 KB budget. date-fns
// still does the calendar arithmetic (lib/domain/windows.ts).
import type { MeterReading, Refusal } from '../domain/budgets';
import { assertTimeZone } from '../domain/local-time';
import type { Zone } from '../domain/zones';
import { type DatePattern, formatCount, formatPattern } from '../i18n/intl-format';
import { uiLocale } from '../i18n/locale';
import { refusalText as wordRefusal } from '../i18n/refusal-text';
import { t } from '../i18n/t';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// The badge words the same reset instants on every refresh: a remembered answer costs ~0.3 µs,
// a remembered formatter ~1 µs (Node 20).
const MEMO_MAX = 512;
const worded = new Map<string, string>();

/** `at` in `timeZone` (checked once) as the browser's locale words `pattern`. */
function formatIn(at: Date, timeZone: string, pattern: DatePattern): string {
  const key = `${uiLocale()}|${timeZone}|${at.getTime()}|${pattern}`;
  let text = worded.get(key);
  if (text === undefined) {
    assertTimeZone(timeZone);
    text = formatPattern(at, timeZone, pattern);
    if (worded.size >= MEMO_MAX) worded.clear();
    worded.set(key, text);
  }
  return text;
}

/**
 * A wall-clock instant in `timeZone`: "Mon 00:00" (or "Mon 12:00 AM", as the locale has it) within
 * a week of `now` (either way; a DST week may be an hour longer), otherwise (or when asked) with
 * the date, "Mon 1 Dec 00:00".
 */
export function formatWhen(at: Date, now: Date, timeZone: string, withDate = false): string {
  const near = !withDate && Math.abs(at.getTime() - now.getTime()) <= 7 * DAY + HOUR;
  const date = formatIn(at, timeZone, near ? 'weekday' : 'date');
  return t('format.dateTime', { date, time: formatIn(at, timeZone, 'time') });
}

/** A calendar date without time: "Mon 1 Dec". */
export function formatDate(at: Date, timeZone: string): string {
  return formatIn(at, timeZone, 'date');
}

/** A time of day without date: "14:05" or "2:05 PM". */
export function formatTime(at: Date, timeZone: string): string {
  return formatIn(at, timeZone, 'time');
}

// Hand-written: date-fns's formatDuration words units in full ("2 days 4 hours"), never "2 d 4 h".
/** A span of time, rounded down to its two largest units: "2 d 4 h", "3 h 5 min", "12 min", "< 1 min". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < MINUTE) return t('format.underMinute');
  const d = Math.floor(ms / DAY);
  const h = Math.floor((ms % DAY) / HOUR);
  const m = Math.floor((ms % HOUR) / MINUTE);
  if (d > 0) return h > 0 ? t('format.daysHours', { d, h }) : t('format.days', { d });
  if (h > 0) return m > 0 ? t('format.hoursMinutes', { h, m }) : t('format.hours', { h });
  return t('format.minutes', { m });
}

/** "in 2 d 4 h"; "now" once the instant has passed. */
export function formatCountdown(at: Date, now: Date): string {
  const ms = at.getTime() - now.getTime();
  return ms <= 0 ? t('format.now') : t('format.in', { duration: formatDuration(ms) });
}

/** "Mon 00:00 · in 2 d 4 h" */
export function formatWhenWithCountdown(at: Date, now: Date, timeZone: string, withDate = false): string {
  return t('format.whenCountdown', {
    when: formatWhen(at, now, timeZone, withDate),
    countdown: formatCountdown(at, now),
  });
}

/**
 * When a meter's count goes down: "resets Mon 00:00 · in 2 d 4 h" for calendar windows,
 * "next slot frees up Tue 14:05 · in 3 h" for rolling ones, "refills …" for the InMail balance.
 * Monthly resets and refills always name the date. Null when nothing will change (a rolling window
 * with nothing counted, a meter not on the plan, or one without a limit).
 */
export function resetText(
  reading: Pick<MeterReading, 'window' | 'resetsAt' | 'nextFreeAt' | 'zone'> & { limit?: number | null },
  now: Date,
  timeZone: string,
): string | null {
  if (reading.zone === 'none') return null;
  // No limit, nothing to wait for: a reset time would suggest there is one.
  if (reading.limit === null && reading.window !== 'balance') return null;
  if (reading.resetsAt) {
    const withDate = reading.window === 'month' || reading.window === 'balance';
    const when = formatWhenWithCountdown(reading.resetsAt, now, timeZone, withDate);
    return reading.window === 'balance' ? t('format.refills', { when }) : t('format.resets', { when });
  }
  if (reading.nextFreeAt)
    return t('format.nextSlot', { when: formatWhenWithCountdown(reading.nextFreeAt, now, timeZone) });
  return null;
}

/** "LinkedIn refused: weekly invitation limit reached": the words every surface uses (lib/i18n). */
export function refusalText(refusal: Pick<Refusal, 'action' | 'code'>): string {
  return wordRefusal(refusal.code, refusal.action);
}

/** The zone in words, for screen readers and the legend. */
export function zoneText(zone: Zone): string {
  switch (zone) {
    case 'ok':
      return t('zone.ok');
    case 'warn':
      return t('zone.warn');
    case 'red':
      return t('zone.red');
    case 'over':
      return t('zone.over');
    case 'none':
      return t('zone.none');
  }
}

/** A LinkedIn account for the popup's picker: the member's name, else the slug, else the tail of its profile URN. */
export function accountLabel(a: { account: string; slug?: string; name?: string }): string {
  if (a.name) return a.name;
  if (a.slug) return a.slug;
  const id = a.account.slice(a.account.lastIndexOf(':') + 1);
  return t('format.account', { id: id.length > 10 ? `…${id.slice(-6)}` : id });
}

/**
 * A LinkedIn account in the options page's picker: the member's name and slug as known, else its
 * whole profile id (the same member can then be found on LinkedIn).
 */
export function accountFullLabel(a: { account: string; slug?: string; name?: string }): string {
  if (a.name && a.slug) return `${a.name} (${a.slug})`;
  return a.name ?? a.slug ?? t('format.account', { id: a.account.slice(a.account.lastIndexOf(':') + 1) });
}

export { formatCount };

/** A limit as words: "100", "unlimited", "not on this plan". */
export function limitText(limit: number | null): string {
  if (limit === null) return t('format.unlimited');
  if (limit <= 0) return t('format.notOnPlan');
  return formatCount(limit);
}

/** A calendar day without weekday or time, as the locale orders it: "16 Mar", "Mar 16", "16 mars". */
export function formatDayMonth(at: Date, timeZone: string): string {
  return formatIn(at, timeZone, 'dayMonth');
}
