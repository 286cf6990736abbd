// "Already sent before installing": what the user says they sent today, this week and this month,
// turned into manual entries (lib/domain/manual-entries.ts) dated so that each of those windows
// counts exactly what was typed. Pure: `now`, the zone and the weekly mode are arguments.
//
// The counts are cumulative, as a person reads their own week: this week includes today, this
// month includes today and the days of this week that are in this month. Outside today, three
// disjoint stretches of days can hold the rest:
//   - `both`: days of this week and of this month, before today;
//   - `weekOnly`: days of this week before the month began (a week that began last month);
//   - `monthOnly`: days of this month before this week began.
// A week that began last month leaves no `monthOnly` days, and one that began this month no
// `weekOnly` days, so the split is always determined: week = today + both + weekOnly and
// month = today + both + monthOnly.
import { localDateTime } from './local-time';
import { localDateString, MAX_MANUAL_COUNT, type ManualEntry, type ManualKind } from './manual-entries';
import type { WeeklyMode } from './settings';
import { windowBounds } from './windows';

/** What the welcome page asks about; `invite-note` are the invites (among those) sent with a note. */
export const BACKFILL_KINDS = ['invite', 'invite-note', 'message', 'inmail', 'profile-view'] as const;
export type BackfillKind = (typeof BACKFILL_KINDS)[number];
export const BACKFILL_PERIODS = ['today', 'week', 'month'] as const;
export type BackfillPeriod = (typeof BACKFILL_PERIODS)[number];
export type BackfillCounts = Record<BackfillKind, Record<BackfillPeriod, number>>;

/** A generous ceiling per field: more than any LinkedIn limit allows in a month. */
export const MAX_BACKFILL = 5000;

/**
 * What is wrong with a count, as a code (the page words it): not a whole number from 0 to `n`
 * (MAX_BACKFILL); below today's, this month's or this week's `n`; not `n` because the week or month
 * began today or within this week; more noted invites than the `n` invites.
 */
export type BackfillProblem =
  | 'not-whole'
  | 'below-today'
  | 'below-month'
  | 'below-week'
  | 'week-began-today'
  | 'month-began-today'
  | 'month-began-this-week'
  | 'notes-over-invites';

/** A wrong count: its field, `<kind>.<period>` (`invite.week`), what is wrong and the number it is about. */
export interface BackfillError {
  field: `${BackfillKind}.${BackfillPeriod}`;
  problem: BackfillProblem;
  n: number;
}

export type BackfillResult = { ok: true; entries: ManualEntry[] } | { ok: false; errors: BackfillError[] };

type Stretch = 'both' | 'weekOnly' | 'monthOnly';

export function emptyBackfill(): BackfillCounts {
  const out = {} as BackfillCounts;
  for (const k of BACKFILL_KINDS) out[k] = { today: 0, week: 0, month: 0 };
  return out;
}

const DAY = 86_400_000;

/** `YYYY-MM-DD` `n` days after the date `date` names (calendar math in UTC fields, no zone). */
function plusDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/**
 * The day each stretch's actions are dated on (null: the stretch has no day). A manual entry on a
 * past day is dated at that day's last instant.
 *
 * Calendar weeks: the earliest day of each stretch (the brief's rule; within a calendar window the
 * day does not change what the week or month meter counts).
 *
 * Rolling 7 days: "this week" is the last 7 days, and that window slides. Actions dated on the
 * earliest day would leave it first, within a day, while the real ones may still be in it: an
 * undercount. So `both` and `weekOnly` take their latest day (yesterday; the last day of last month),
 * which keeps them counted for as long as any real one could be; the meter may then count them a few
 * days longer than LinkedIn does, the safe side. `monthOnly` must be outside the rolling week: the
 * 1st, which lies wholly outside it from 8 days after the month began. On the 8th (the 1st straddles
 * the window's start for part of that day) it may be counted in the week too, for less than a day.
 */
function stretchDays(now: Date, timeZone: string, mode: WeeklyMode): Record<Stretch, string | null> {
  const today = localDateString(now, timeZone);
  const local = localDateTime(now, timeZone);
  const first = `${today.slice(0, 8)}01`;
  if (mode === 'rolling-7d') {
    const yesterday = plusDays(today, -1);
    const monthStart = windowBounds('calendar-month', now, timeZone).start.getTime();
    // The month's first instant is inside the last 7 days: the rolling week reaches into last month.
    const weekReachesBack = monthStart - 1 > now.getTime() - 7 * DAY;
    return {
      both: yesterday >= first ? yesterday : null,
      weekOnly: weekReachesBack ? plusDays(first, -1) : null,
      monthOnly: !weekReachesBack && first < today ? first : null,
    };
  }
  const monday = plusDays(today, 1 - local.weekday);
  const later = monday > first ? monday : first;
  return {
    both: later < today ? later : null,
    weekOnly: monday < first ? monday : null,
    monthOnly: first < monday ? first : null,
  };
}

/** today / week / month counts → how many go on today and on each stretch, or what is wrong. */
function split(
  c: Record<BackfillPeriod, number>,
  days: Record<Stretch, string | null>,
):
  | { parts: Record<'today' | Stretch, number> }
  | { field: BackfillPeriod; problem: BackfillProblem; n: number } {
  if (c.week < c.today) return { field: 'week', problem: 'below-today', n: c.today };
  if (c.month < c.today) return { field: 'month', problem: 'below-today', n: c.today };
  let parts: Record<'today' | Stretch, number>;
  if (days.weekOnly !== null) {
    // This week began last month: this month so far lies inside this week.
    if (c.week < c.month) return { field: 'week', problem: 'below-month', n: c.month };
    parts = { today: c.today, both: c.month - c.today, weekOnly: c.week - c.month, monthOnly: 0 };
  } else {
    if (c.month < c.week) return { field: 'month', problem: 'below-week', n: c.week };
    parts = { today: c.today, both: c.week - c.today, weekOnly: 0, monthOnly: c.month - c.week };
  }
  if (parts.both > 0 && days.both === null)
    return days.weekOnly !== null
      ? { field: 'month', problem: 'month-began-today', n: c.today }
      : { field: 'week', problem: 'week-began-today', n: c.today };
  if (parts.monthOnly > 0 && days.monthOnly === null)
    return { field: 'month', problem: 'month-began-this-week', n: c.week };
  return { parts };
}

/** `count` actions on `date` as entries of at most MAX_MANUAL_COUNT each. */
function chunks(kind: ManualKind, count: number, date: string, withNote?: boolean): ManualEntry[] {
  const out: ManualEntry[] = [];
  for (let left = count; left > 0; left -= MAX_MANUAL_COUNT) {
    const entry: ManualEntry = { kind, count: Math.min(left, MAX_MANUAL_COUNT), date };
    if (withNote !== undefined) entry.withNote = withNote;
    out.push(entry);
  }
  return out;
}

/**
 * The manual entries for what the user typed (empty when every count is 0), or every field that is
 * wrong, named `<kind>.<period>` (`invite.week`).
 */
export function backfillEntries(
  counts: BackfillCounts,
  o: { now: Date; timeZone: string; weeklyMode: WeeklyMode },
): BackfillResult {
  const errors: BackfillError[] = [];
  for (const kind of BACKFILL_KINDS)
    for (const period of BACKFILL_PERIODS) {
      const n = counts[kind]?.[period];
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_BACKFILL)
        errors.push({ field: `${kind}.${period}`, problem: 'not-whole', n: MAX_BACKFILL });
    }
  if (errors.length > 0) return { ok: false, errors };

  const days = stretchDays(o.now, o.timeZone, o.weeklyMode);
  const today = localDateString(o.now, o.timeZone);
  const dateOf = (part: 'today' | Stretch) => (part === 'today' ? today : (days[part] as string));
  const splits = {} as Record<BackfillKind, Record<'today' | Stretch, number>>;
  for (const kind of BACKFILL_KINDS) {
    const s = split(counts[kind], days);
    if ('field' in s) errors.push({ field: `${kind}.${s.field}`, problem: s.problem, n: s.n });
    else splits[kind] = s.parts;
  }
  if (errors.length > 0) return { ok: false, errors };

  const entries: ManualEntry[] = [];
  const PARTS = ['today', 'both', 'weekOnly', 'monthOnly'] as const;
  // Notes ride on invites: in every stretch, at most as many noted invites as invites.
  for (const part of PARTS) {
    const invites = splits.invite[part];
    const noted = splits['invite-note'][part];
    if (noted > invites) {
      const period = part === 'today' ? 'today' : part === 'monthOnly' ? 'month' : 'week';
      if (errors.some((e) => e.field === `invite-note.${period}`)) continue;
      errors.push({
        field: `invite-note.${period}`,
        problem: 'notes-over-invites',
        n: counts.invite[period],
      });
      continue;
    }
    entries.push(...chunks('invite', noted, dateOf(part), true));
    entries.push(...chunks('invite', invites - noted, dateOf(part), false));
  }
  if (errors.length > 0) return { ok: false, errors };
  for (const kind of ['message', 'inmail', 'profile-view'] as const)
    for (const part of PARTS) entries.push(...chunks(kind, splits[kind][part], dateOf(part)));
  return { ok: true, entries };
}
