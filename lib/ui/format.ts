// Pure text for the popup and the options page: reset times, durations, counts, refusals.
// Every function takes `now` and the time zone as arguments; nothing reads the host's clock or zone.
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { MeterReading, Refusal } from '../domain/budgets';
import { assertTimeZone } from '../domain/local-time';
import type { Zone } from '../domain/zones';
import { refusalText as linkedinRefusalText } from '../linkedin/limit-codes';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// The badge words the same reset instants on every refresh: date-fns's format takes ~10 µs, a
// remembered answer ~0.3 µs (Node 20).
const MEMO_MAX = 512;
const worded = new Map<string, string>();

/** `at` in `timeZone` as date-fns's `pattern` words it. */
function formatIn(at: Date, timeZone: string, pattern: string): string {
  const key = `${timeZone}|${at.getTime()}|${pattern}`;
  let text = worded.get(key);
  if (text === undefined) {
    assertTimeZone(timeZone);
    text = format(at, pattern, { in: tz(timeZone) });
    if (worded.size >= MEMO_MAX) worded.clear();
    worded.set(key, text);
  }
  return text;
}

/**
 * A wall-clock instant in `timeZone`: "Mon 00:00" within a week of `now` (either way; a DST week
 * may be an hour longer), otherwise (or when asked) with the date, "Mon 1 Dec 00:00".
 */
export function formatWhen(at: Date, now: Date, timeZone: string, withDate = false): string {
  const near = !withDate && Math.abs(at.getTime() - now.getTime()) <= 7 * DAY + HOUR;
  return formatIn(at, timeZone, near ? 'EEE HH:mm' : 'EEE d MMM HH:mm');
}

/** A calendar date without time: "Mon 1 Dec". */
export function formatDate(at: Date, timeZone: string): string {
  return formatIn(at, timeZone, 'EEE d MMM');
}

// Hand-written: date-fns's formatDuration words units in full ("2 days 4 hours"), never "2 d 4 h".
/** A span of time, rounded down to its two largest units: "2 d 4 h", "3 h 5 min", "12 min", "< 1 min". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < MINUTE) return '< 1 min';
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** "in 2 d 4 h"; "now" once the instant has passed. */
export function formatCountdown(at: Date, now: Date): string {
  const ms = at.getTime() - now.getTime();
  return ms <= 0 ? 'now' : `in ${formatDuration(ms)}`;
}

/** "Mon 00:00 · in 2 d 4 h" */
export function formatWhenWithCountdown(at: Date, now: Date, timeZone: string, withDate = false): string {
  return `${formatWhen(at, now, timeZone, withDate)} · ${formatCountdown(at, now)}`;
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
    const verb = reading.window === 'balance' ? 'refills' : 'resets';
    const withDate = reading.window === 'month' || reading.window === 'balance';
    return `${verb} ${formatWhenWithCountdown(reading.resetsAt, now, timeZone, withDate)}`;
  }
  if (reading.nextFreeAt)
    return `next slot frees up ${formatWhenWithCountdown(reading.nextFreeAt, now, timeZone)}`;
  return null;
}

const COUNT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A whole number for display: "1,250". */
export function formatCount(n: number): string {
  return COUNT_FORMAT.format(Math.trunc(n));
}

/** English plural: plural(1, 'credit') = "1 credit", plural(3, 'credit') = "3 credits". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "LinkedIn refused: weekly invitation limit reached": the words every surface uses (lib/linkedin). */
export function refusalText(refusal: Pick<Refusal, 'action' | 'code'>): string {
  return linkedinRefusalText(refusal.code, refusal.action);
}

/** The zone in words, for screen readers and the legend. */
export function zoneText(zone: Zone): string {
  switch (zone) {
    case 'ok':
      return 'within budget';
    case 'warn':
      return 'amber zone: running low';
    case 'red':
      return 'red zone: at the limit';
    case 'over':
      return 'over the limit';
    case 'none':
      return 'not on your plan';
  }
}

/** A LinkedIn account for the popup's picker: the member's name, else the slug, else the tail of its profile URN. */
export function accountLabel(a: { account: string; slug?: string; name?: string }): string {
  if (a.name) return a.name;
  if (a.slug) return a.slug;
  const id = a.account.slice(a.account.lastIndexOf(':') + 1);
  return id.length > 10 ? `Account …${id.slice(-6)}` : `Account ${id}`;
}

/**
 * A LinkedIn account in the options page's picker: the member's name and slug as known, else its
 * whole profile id (the same member can then be found on LinkedIn).
 */
export function accountFullLabel(a: { account: string; slug?: string; name?: string }): string {
  if (a.name && a.slug) return `${a.name} (${a.slug})`;
  return a.name ?? a.slug ?? `Account ${a.account.slice(a.account.lastIndexOf(':') + 1)}`;
}

/** A limit as words: "100", "unlimited", "not on this plan". */
export function limitText(limit: number | null): string {
  if (limit === null) return 'unlimited';
  if (limit <= 0) return 'not on this plan';
  return formatCount(limit);
}
