// Actions the user adds by hand (sent from the phone app, another computer, another browser): turned
// into ordinary events of the same kinds, so they count exactly like observed ones. Pure: `now`, the
// zone and the batch id are arguments.
import type { ActivityEvent } from './activity';
import { localDateTime, startOfLocalDate } from './local-time';
import { retentionCutoff } from './retention';
import type { FieldError } from './settings';

/** What can be added by hand: the kinds a meter counts. */
export const MANUAL_KINDS = ['invite', 'message', 'inmail', 'open-profile-message', 'profile-view'] as const;
export type ManualKind = (typeof MANUAL_KINDS)[number];

/** At most this many in one entry (more is several entries). */
export const MAX_MANUAL_COUNT = 500;

export interface ManualEntry {
  kind: ManualKind;
  /** 1 … MAX_MANUAL_COUNT */
  count: number;
  /** A local date in the user's zone, `YYYY-MM-DD`. */
  date: string;
  /** Invites only. */
  withNote?: boolean | undefined;
}

export type ManualResult =
  | { ok: true; events: ActivityEvent[]; at: number }
  | { ok: false; errors: FieldError[] };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` of the local day holding `instant` in `timeZone` (the form's default: today). */
export function localDateString(instant: Date | number, timeZone: string): string {
  const d = localDateTime(instant, timeZone);
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** The calendar date `YYYY-MM-DD` names, or null when it is not one (2026-02-30 is not). */
export function parseLocalDate(text: string): { year: number; month: number; day: number } | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day
    ? { year, month, day }
    : null;
}

/**
 * When an action done on local day `date` is dated: today → `now` (it happened by now); a past day →
 * that day's last instant, so every window that holds any part of that day counts it (a day, week
 * or month starting on it, and a rolling 7 days for as long as it can). A future day, or one older
 * than what Pacer keeps, is refused.
 */
export function manualInstant(
  date: string,
  now: Date,
  timeZone: string,
): { ok: true; at: number } | { ok: false; message: string } {
  const day = parseLocalDate(date);
  if (!day) return { ok: false, message: 'must be a date (YYYY-MM-DD)' };
  const today = localDateString(now, timeZone);
  if (date === today) return { ok: true, at: now.getTime() };
  if (date > today) return { ok: false, message: 'must not be in the future' };
  // Date.UTC carries day 32 into the next month: calendar math with no host zone involved.
  const next = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
  const at = startOfLocalDate(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() },
    timeZone,
  ).getTime();
  if (at - 1 < retentionCutoff(now)) return { ok: false, message: 'must be within the last 13 months' };
  return { ok: true, at: at - 1 };
}

/**
 * `entry.count` events of its kind, source `manual`, for `account`. Keys are `manual:<batch>:<n>`: the
 * caller gives each entry a batch id of its own, so two entries never share a key, and the same entry
 * always makes the same events.
 */
export function manualEvents(
  entry: ManualEntry,
  o: { account: string; now: Date; timeZone: string; batch: string },
): ManualResult {
  const errors: FieldError[] = [];
  if (!(MANUAL_KINDS as readonly string[]).includes(entry.kind))
    errors.push({ field: 'kind', message: `kind: must be one of ${MANUAL_KINDS.join(', ')}` });
  if (!Number.isInteger(entry.count) || entry.count < 1 || entry.count > MAX_MANUAL_COUNT)
    errors.push({ field: 'count', message: `count: must be a whole number from 1 to ${MAX_MANUAL_COUNT}` });
  if (entry.withNote === true && entry.kind !== 'invite')
    errors.push({ field: 'withNote', message: 'withNote: only an invite carries a note' });
  const when = manualInstant(entry.date, o.now, o.timeZone);
  if (!when.ok) errors.push({ field: 'date', message: `date: ${when.message}` });
  if (errors.length > 0 || !when.ok) return { ok: false, errors };
  const events: ActivityEvent[] = [];
  for (let i = 0; i < entry.count; i++) {
    const e: ActivityEvent = {
      key: `manual:${o.batch}:${i}`,
      account: o.account,
      kind: entry.kind,
      at: when.at,
      source: 'manual',
    };
    if (entry.kind === 'invite') e.withNote = entry.withNote === true;
    events.push(e);
  }
  return { ok: true, events, at: when.at };
}
