// History: what one account did per local day and per Monday week, and the limit a week's bar is
// held against. Pure: the caller passes the event times (read by index range), `now` and the zone.
// Days and weeks are the user's local ones (lib/domain/local-time.ts); an event dated after `now`
// (the clock moved back) counts as now, as the meters count it.
import { addDays, addWeeks, startOfWeek } from 'date-fns';
import type { ActivityKind } from './activity';
import { limitFor } from './budgets';
import type { MeterId } from './limits';
import { countByDay, type LocalDay, localDays } from './local-days';
import { startOfLocalDate, wallClock } from './local-time';
import type { Settings } from './settings';

/** Weeks the history chart shows, the current one last. */
export const HISTORY_WEEKS = 12;

/** What the history can chart: one stored kind, optionally narrowed (invites with a note). */
export const HISTORY_KINDS = [
  'invites',
  'invite-notes',
  'messages',
  'inmails',
  'open-profile',
  'profile-views',
  'comments',
  'reactions',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** The stored kind each history kind counts (`noted`: only invites with a note), as the meters count. */
export const HISTORY_SOURCE: Record<HistoryKind, { kind: ActivityKind; noted?: true }> = {
  invites: { kind: 'invite' },
  'invite-notes': { kind: 'invite', noted: true },
  messages: { kind: 'message' },
  inmails: { kind: 'inmail' },
  'open-profile': { kind: 'open-profile-message' },
  'profile-views': { kind: 'profile-view' },
  comments: { kind: 'comment' },
  reactions: { kind: 'reaction' },
};

/** One Monday week of the chart. */
export interface HistoryWeek {
  /** The Monday it starts on, `YYYY-MM-DD` in the user's zone. */
  week: string;
  start: number;
  end: number;
  total: number;
  /** Its busiest day's count (the daily meters' question). */
  busiest: number;
  /** Monday to Sunday. */
  days: number[];
}

/**
 * The local days of the last `weeks` Monday weeks, the one holding `now` last: from the Monday
 * `weeks − 1` weeks before this week's, through this week's Sunday.
 */
export function historyDays(now: Date, timeZone: string, weeks = HISTORY_WEEKS): LocalDay[] {
  const monday = startOfWeek(wallClock(now, timeZone), { weekStartsOn: 1 });
  const first = addWeeks(monday, -(weeks - 1));
  const sunday = addDays(monday, 6);
  return localDays(startOfLocalDate(first, timeZone), startOfLocalDate(sunday, timeZone), timeZone);
}

/** Per Monday week of the last `weeks` (oldest first): how many of `times`, and the busiest day. */
export function weeklyHistory(
  times: readonly number[],
  now: Date,
  timeZone: string,
  weeks = HISTORY_WEEKS,
): HistoryWeek[] {
  const days = historyDays(now, timeZone, weeks);
  const counts = countByDay(times, days, now.getTime());
  const out: HistoryWeek[] = [];
  for (let w = 0; w < weeks; w++) {
    const week = counts.slice(w * 7, w * 7 + 7);
    const first = days[w * 7] as LocalDay;
    const last = days[w * 7 + 6] as LocalDay;
    out.push({
      week: first.date,
      start: first.start,
      end: last.end,
      total: week.reduce((a, b) => a + b, 0),
      busiest: Math.max(0, ...week),
      days: week,
    });
  }
  return out;
}

/**
 * The line a week's bar is held against. `week`: the meter is weekly (its limit as is). `day`: the
 * meter is daily, the line is the daily limit × 7, the most a week can hold if every day stays
 * under it (each week's busiest day answers the daily question). `month`: a monthly budget has no
 * honest weekly share, so no line. `none`: no meter (unlimited, or a kind Pacer does not meter).
 */
export interface HistoryLimit {
  basis: 'week' | 'day' | 'month' | 'none';
  /** The line's height, a week's worth; null: no line. */
  perWeek: number | null;
  /** The meter's own limit (per its window); null: unlimited or no meter; 0: not on the plan. */
  meterLimit: number | null;
  meter: MeterId | null;
}

const LIMIT_METER: Record<HistoryKind, { meter: MeterId; basis: 'week' | 'day' | 'month' } | null> = {
  invites: { meter: 'invites-week', basis: 'week' },
  'invite-notes': { meter: 'invite-notes-month', basis: 'month' },
  messages: { meter: 'messages-week', basis: 'week' },
  inmails: { meter: 'inmails-day', basis: 'day' },
  'open-profile': { meter: 'open-profile-month', basis: 'month' },
  'profile-views': { meter: 'profile-views-day', basis: 'day' },
  comments: null,
  reactions: null,
};

/** The limit the meters use now (override, plan, a learned ceiling while it holds), as a weekly line. */
export function historyLimit(
  settings: Settings,
  kind: HistoryKind,
  now: Date,
  timeZone: string,
): HistoryLimit {
  const m = LIMIT_METER[kind];
  if (!m) return { basis: 'none', perWeek: null, meterLimit: null, meter: null };
  const { limit } = limitFor(settings, m.meter, now, timeZone);
  if (limit === null) return { basis: 'none', perWeek: null, meterLimit: null, meter: m.meter };
  const perWeek = m.basis === 'week' ? limit : m.basis === 'day' ? limit * 7 : null;
  return { basis: m.basis, perWeek, meterLimit: limit, meter: m.meter };
}
