// Calendar arithmetic in an IANA time zone, built on Intl only (pure, no clock, no browser APIs).
// Every function takes the zone explicitly; nothing reads the host machine's zone.

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

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    try {
      fmt = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
        era: 'short',
      });
    } catch {
      throw new RangeError(`Unknown time zone "${timeZone}"`);
    }
    formatters.set(timeZone, fmt);
  }
  return fmt;
}

/** Throws a RangeError naming the zone when it is not a valid IANA zone. */
export function assertTimeZone(timeZone: string): void {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') {
    throw new RangeError(`Unknown time zone "${String(timeZone)}"`);
  }
  formatterFor(timeZone);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    assertTimeZone(timeZone);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

// Every badge refresh recomputes the meters, asking for the same instants and days again;
// formatToParts is slow, so answers are remembered (they depend only on the zone's rules).
const MEMO_MAX = 4096;
const readings = new Map<string, LocalDateTime>();
const midnights = new Map<string, number>();

function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, value);
  return value;
}

/** The wall-clock reading of `instant` in `timeZone`. */
export function localDateTime(instant: Date | number, timeZone: string): LocalDateTime {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const key = `${timeZone}|${ms}`;
  const known = readings.get(key);
  // A copy: callers may change what they get.
  return { ...(known ?? remember(readings, key, readLocal(ms, timeZone))) };
}

function readLocal(ms: number, timeZone: string): LocalDateTime {
  const parts = formatterFor(timeZone).formatToParts(ms);
  const out: LocalDateTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, weekday: 0 };
  let bc = false;
  for (const p of parts) {
    switch (p.type) {
      case 'year':
        out.year = Number(p.value);
        break;
      case 'month':
        out.month = Number(p.value);
        break;
      case 'day':
        out.day = Number(p.value);
        break;
      case 'hour':
        out.hour = Number(p.value);
        break;
      case 'minute':
        out.minute = Number(p.value);
        break;
      case 'second':
        out.second = Number(p.value);
        break;
      case 'weekday':
        out.weekday = WEEKDAYS[p.value] ?? 0;
        break;
      case 'era':
        bc = p.value === 'BC' || p.value === 'B';
        break;
    }
  }
  if (bc) out.year = 1 - out.year;
  return out;
}

/** Offset of local wall time from UTC at `ms`, in milliseconds (whole seconds). */
function offsetAt(ms: number, timeZone: string): number {
  const l = localDateTime(ms, timeZone);
  const wall = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

export function compareLocalDate(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The first instant of local day `date` in `timeZone`. Where local midnight does not exist
 * (a DST gap at 00:00) that is the transition instant; where it happens twice, the earlier.
 */
export function startOfLocalDate(date: LocalDate, timeZone: string): Date {
  const key = `${timeZone}|${date.year}-${date.month}-${date.day}`;
  const known = midnights.get(key);
  return new Date(known ?? remember(midnights, key, findStartOfLocalDate(date, timeZone)));
}

function findStartOfLocalDate(date: LocalDate, timeZone: string): number {
  const utcMidnight = Date.UTC(date.year, date.month - 1, date.day);
  const offsets = new Set([
    offsetAt(utcMidnight - 14 * HOUR, timeZone),
    offsetAt(utcMidnight, timeZone),
    offsetAt(utcMidnight + 14 * HOUR, timeZone),
  ]);
  let best: number | null = null;
  for (const off of offsets) {
    const t = utcMidnight - off;
    const l = localDateTime(t, timeZone);
    if (compareLocalDate(l, date) === 0 && l.hour === 0 && l.minute === 0 && l.second === 0) {
      if (best === null || t < best) best = t;
    }
  }
  if (best !== null) return best;
  // Midnight fell into a gap: find the first instant whose local date is `date` (to the second).
  let lo = utcMidnight - 15 * HOUR;
  let hi = utcMidnight + 15 * HOUR;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (compareLocalDate(localDateTime(mid, timeZone), date) >= 0) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Start of the local day that contains `instant`. */
export function startOfLocalDay(instant: Date, timeZone: string): Date {
  return startOfLocalDate(localDateTime(instant, timeZone), timeZone);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Pure calendar arithmetic on a local date (no zone involved). */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Adds months, keeping the day but clamping it to the target month's last day. */
export function addLocalMonths(date: LocalDate, months: number, day = date.day): LocalDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(day, daysInMonth(year, month)) };
}
