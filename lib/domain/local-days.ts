// Local days: the user's calendar days as instants, and counting event times into them. Pure; the
// zone is an argument. Shared by the history chart and the daily CSV.
import { addDays, format } from 'date-fns';
import { startOfLocalDate, wallClock } from './local-time';

/** One local day: `date` is `YYYY-MM-DD`; `start` inclusive, `end` exclusive (epoch ms). */
export interface LocalDay {
  date: string;
  start: number;
  end: number;
}

/**
 * Every local day from the one holding `from` to the one holding `to`, both included, oldest first.
 * A DST day is 23 or 25 hours long; a day whose midnight is skipped starts at the transition.
 */
export function localDays(from: Date | number, to: Date | number, timeZone: string): LocalDay[] {
  const first = wallClock(from, timeZone);
  const last = format(wallClock(to, timeZone), 'yyyy-MM-dd');
  const days: LocalDay[] = [];
  let day = first;
  let start = startOfLocalDate(day, timeZone).getTime();
  for (;;) {
    const date = format(day, 'yyyy-MM-dd');
    const next = addDays(day, 1);
    const end = startOfLocalDate(next, timeZone).getTime();
    days.push({ date, start, end });
    if (date >= last) return days;
    day = next;
    start = end;
  }
}

/** Which of `days` (consecutive, oldest first) holds `at`: its index, or -1 when none does. */
export function dayIndex(days: readonly LocalDay[], at: number): number {
  let lo = 0;
  let hi = days.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = days[mid] as LocalDay;
    if (at < d.start) hi = mid - 1;
    else if (at >= d.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * How many of `times` fall on each of `days` (same order). A time after `nowMs` counts at `nowMs`;
 * times outside the days are left out.
 */
export function countByDay(times: readonly number[], days: readonly LocalDay[], nowMs: number): number[] {
  const counts = new Array<number>(days.length).fill(0);
  for (const t of times) {
    const i = dayIndex(days, t > nowMs ? nowMs : t);
    if (i >= 0) counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}
