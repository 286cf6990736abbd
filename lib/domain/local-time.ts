// Calendar arithmetic in an IANA time zone (pure, no clock, no browser APIs). date-fns does the
// calendar (days, Monday weeks, months) on a wall-clock reading; @date-fns/tz gives the zone's
// offsets. Every function takes the zone explicitly; nothing reads the host machine's zone.
import { tzOffset } from '@date-fns/tz';
import { getISODay } from 'date-fns';
import { constructFromSymbol } from 'date-fns/constants';

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday */
  weekday: number;
}

const HOUR = 3_600_000;
export const DAY_MS = 24 * HOUR;

const validZones = new Set<string>();

/** Throws a RangeError naming the zone when it is not a valid IANA zone. */
export function assertTimeZone(timeZone: string): void {
  if (validZones.has(timeZone)) return;
  try {
    if (typeof timeZone !== 'string' || timeZone.trim() === '') throw new RangeError();
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new RangeError(`Unknown time zone "${String(timeZone)}"`);
  }
  validZones.add(timeZone);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    assertTimeZone(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * A wall-clock reading: a Date whose local fields (getDate, setHours, getDay…) are its UTC fields,
 * so date-fns given one does pure calendar math whatever the host's zone. TZDate's setters go
 * through the host's zone: over 36 zones' days in 2008–2029, startOfDay with TZDate got 13 to 204
 * of 289,296 midnights wrong depending on the host (with the host in Pacific/Chatham, Santiago's
 * 5 April 2026 began at 23:00 the day before).
 */
export class WallClock extends Date {
  [constructFromSymbol](value: Date | number | string): WallClock {
    return new WallClock(typeof value === 'string' ? Date.parse(value) : +value);
  }
  override getTimezoneOffset(): number {
    return 0;
  }
}
{
  const wall = WallClock.prototype as unknown as Record<string, unknown>;
  const date = Date.prototype as unknown as Record<string, unknown>;
  for (const field of ['FullYear', 'Month', 'Date', 'Day', 'Hours', 'Minutes', 'Seconds', 'Milliseconds']) {
    wall[`get${field}`] = date[`getUTC${field}`];
    if (field !== 'Day') wall[`set${field}`] = date[`setUTC${field}`];
  }
}

/** Offset of the zone's wall clock from UTC at `ms`, in milliseconds (whole seconds). */
function offsetMs(ms: number, timeZone: string): number {
  return Math.round(tzOffset(timeZone, new Date(ms)) * 60) * 1000;
}

/** The wall-clock reading of `instant` in `timeZone`, for date-fns. */
export function wallClock(instant: Date | number, timeZone: string): WallClock {
  assertTimeZone(timeZone);
  const ms = +instant;
  return new WallClock(ms + offsetMs(ms, timeZone));
}

/** The wall-clock reading of `instant` in `timeZone`, field by field. */
export function localDateTime(instant: Date | number, timeZone: string): LocalDateTime {
  const w = wallClock(instant, timeZone);
  return {
    year: w.getFullYear(),
    month: w.getMonth() + 1,
    day: w.getDate(),
    hour: w.getHours(),
    minute: w.getMinutes(),
    second: w.getSeconds(),
    weekday: getISODay(w),
  };
}

// Every badge refresh asks for the same midnights again (a dozen for the InMail refills alone), and
// finding one takes 16 µs against 3 µs remembered (Node 20): answers depend only on the zone's rules.
const MEMO_MAX = 4096;
const midnights = new Map<string, number>();

/**
 * The first instant of local day `date` (a date, or a wall-clock reading whose date counts) in
 * `timeZone`. Where local midnight does not exist (a DST gap at 00:00) that is the transition
 * instant; where it happens twice, the earlier.
 */
export function startOfLocalDate(date: LocalDate | WallClock, timeZone: string): Date {
  assertTimeZone(timeZone);
  // A wall-clock reading keeps the local date in its UTC fields.
  const midnight =
    date instanceof Date
      ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
      : Date.UTC(date.year, date.month - 1, date.day);
  const key = `${timeZone}|${midnight}`;
  let start = midnights.get(key);
  if (start === undefined) {
    if (midnights.size >= MEMO_MAX) midnights.clear();
    start = findStart(midnight, timeZone);
    midnights.set(key, start);
  }
  return new Date(start);
}

// Hand-written because date-fns has no host-independent way from a wall-clock time to an instant
// (TZDate's own conversion is the one measured wrong above).
function findStart(midnight: number, timeZone: string): number {
  // Midnight read with each offset in force within 14 h of it (every zone's offset is smaller).
  let best = Number.POSITIVE_INFINITY;
  for (const probe of [midnight - 14 * HOUR, midnight, midnight + 14 * HOUR]) {
    const t = midnight - offsetMs(probe, timeZone);
    if (t + offsetMs(t, timeZone) === midnight && t < best) best = t;
  }
  if (best !== Number.POSITIVE_INFINITY) return best;
  // Midnight fell into a gap: find the first instant whose wall clock has passed it (to the second).
  let lo = midnight - 15 * HOUR;
  let hi = midnight + 15 * HOUR;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (mid + offsetMs(mid, timeZone) >= midnight) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Start of the local day that contains `instant`. */
export function startOfLocalDay(instant: Date, timeZone: string): Date {
  return startOfLocalDate(wallClock(instant, timeZone), timeZone);
}
