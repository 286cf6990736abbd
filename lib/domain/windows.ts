// Counting windows for budgets: calendar windows (local day, Monday week, month) in an explicit IANA zone,
// and the rolling window of 7 × 24 hours. Pure: the caller passes `now` and the zone.

import { addDays, addMonths, addWeeks, startOfDay, startOfMonth, startOfWeek } from 'date-fns';
import { assertTimeZone, DAY_MS, startOfLocalDate, type WallClock, wallClock } from './local-time';

export type WindowPolicy = 'day' | 'calendar-week' | 'rolling-7d' | 'calendar-month';
export type CalendarPolicy = 'day' | 'calendar-week' | 'calendar-month';
export type RollingPolicy = 'rolling-7d';

export function isRollingPolicy(p: WindowPolicy): p is RollingPolicy {
  return p === 'rolling-7d';
}

/** Rolling spans are exact elapsed time (7 × 24 h), not local days: a DST change does not stretch them. */
const ROLLING_SPANS: Record<RollingPolicy, number> = { 'rolling-7d': 7 * DAY_MS };

export function rollingSpanMs(p: RollingPolicy): number {
  return ROLLING_SPANS[p];
}

function instantMs(now: Date): number {
  const ms = now instanceof Date ? now.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new RangeError('Invalid date for "now"');
  return ms;
}

/** First and one-past-last local days of the calendar window holding the wall-clock reading `now`. */
function calendarDays(policy: CalendarPolicy, now: WallClock): [WallClock, WallClock] {
  switch (policy) {
    case 'day': {
      const first = startOfDay(now);
      return [first, addDays(first, 1)];
    }
    case 'calendar-week': {
      const monday = startOfWeek(now, { weekStartsOn: 1 });
      return [monday, addWeeks(monday, 1)];
    }
    case 'calendar-month': {
      const first = startOfMonth(now);
      return [first, addMonths(first, 1)];
    }
    default:
      throw new RangeError(`Unknown window policy "${String(policy)}"`);
  }
}

/**
 * The window of `policy` that holds `now`: `start` inclusive, `end` exclusive.
 * Calendar bounds are first instants of local dates (so a day may be 23 or 25 h, a week 167 or 169 h,
 * and a skipped midnight starts the day at the DST transition); rolling windows end at `now`.
 */
export function windowBounds(policy: WindowPolicy, now: Date, timeZone: string): { start: Date; end: Date } {
  // Validate the zone for every policy so a bad setting fails the same way whatever the policy.
  assertTimeZone(timeZone);
  const ms = instantMs(now);
  if (isRollingPolicy(policy)) {
    return { start: new Date(ms - rollingSpanMs(policy)), end: new Date(ms) };
  }
  const [first, next] = calendarDays(policy, wallClock(ms, timeZone));
  return { start: startOfLocalDate(first, timeZone), end: startOfLocalDate(next, timeZone) };
}

/**
 * A predicate for "does an event at `at` (epoch ms) count at `now`", with the bounds computed once.
 * Calendar: start <= at < end and at <= now (future events never count).
 * Rolling: now - span < at <= now (an event exactly `span` old has aged out).
 */
export function windowPredicate(policy: WindowPolicy, now: Date, timeZone: string): (at: number) => boolean {
  const { start, end } = windowBounds(policy, now, timeZone);
  const nowMs = now.getTime();
  if (isRollingPolicy(policy)) {
    const after = start.getTime();
    return (at) => at > after && at <= nowMs;
  }
  const from = start.getTime();
  // `now < end` always holds, so "at <= now" is the tighter upper bound.
  return (at) => at >= from && at <= nowMs && at < end.getTime();
}

/** When the calendar window containing `now` resets (= its end). */
export function resetsAt(policy: CalendarPolicy, now: Date, timeZone: string): Date {
  return windowBounds(policy, now, timeZone).end;
}

/**
 * Rolling windows: when the oldest event counted at `now` ages out (oldest + span), i.e. when the next
 * slot frees up; null if none is counted. Input may be unsorted and hold events outside the window.
 */
export function nextSlotFreeAt(policy: RollingPolicy, eventTimes: readonly number[], now: Date): Date | null {
  const span = rollingSpanMs(policy);
  const nowMs = instantMs(now);
  let oldest = Number.POSITIVE_INFINITY;
  for (const at of eventTimes) {
    // Same rule as windowPredicate; NaN fails both comparisons and is ignored.
    if (at > nowMs - span && at <= nowMs && at < oldest) oldest = at;
  }
  return oldest === Number.POSITIVE_INFINITY ? null : new Date(oldest + span);
}
