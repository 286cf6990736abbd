// Learned ceilings: when LinkedIn refuses a quota, the count the meter's window held at that moment
// is the limit LinkedIn actually enforces on this account. The meter uses the lower of that and the
// configured limit until 8 weeks pass without a new refusal. Pure: the zone is an argument.
import { tzOffset } from '@date-fns/tz';
import { addWeeks } from 'date-fns';
import type { ActivityEvent, LimitAction } from './activity';
import type { MeterId } from './limits';
import { wallClock } from './local-time';
import type { LearnedCeiling, Settings } from './settings';
import { type WindowPolicy, windowBounds } from './windows';

/** A learned ceiling holds this many weeks after its refusal; a new refusal starts it again. */
export const CEILING_WEEKS = 8;

/** Which meter a refusal teaches, and the window whose count it learns. */
export interface CeilingRule {
  meter: MeterId;
  /** The stored kind the window counts. */
  kind: 'invite' | 'message';
  /** Only invites with a note (the note quota). */
  noted: boolean;
  policy: WindowPolicy;
}

export const CEILING_RULES: Readonly<Record<LimitAction, CeilingRule | null>> = {
  // LinkedIn's weekly invitation window is believed to slide (Allston Labs, "LinkedIn limits"), so
  // the count is the rolling 7 days before the refusal, whatever the user's weekly mode; the
  // learned number then caps the week meter in both modes.
  invite: { meter: 'invites-week', kind: 'invite', noted: false, policy: 'rolling-7d' },
  'invite-note': { meter: 'invite-notes-month', kind: 'invite', noted: true, policy: 'calendar-month' },
  // A messaging refusal is a bare HTTP 429 "Too Many Requests" (Unipile, "Provider limits and
  // restrictions": 429 on excess), a rate over a short span, not a named weekly quota like the
  // invitations' CANT_INVITE_CONNECTION_LIMIT_REACHED. It teaches the day: learning the week from a
  // one-day burst would cap a whole week at one day's sends for 8 weeks.
  message: { meter: 'messages-day', kind: 'message', noted: false, policy: 'day' },
  // The InMail balance is a ledger of credits (granted, spent, refunded), not a count LinkedIn caps:
  // a no-credit refusal says the balance is 0, which the ledger's calibration expresses instead.
  inmail: null,
};

/** The meter a refused action teaches (null: none). */
export function ceilingMeter(action: LimitAction): MeterId | null {
  return CEILING_RULES[action]?.meter ?? null;
}

/**
 * The stored events, [from, to] inclusive, that the taught meter's window held at the refusal `at`:
 * a rolling window is (at − 7 × 24 h, at], a calendar one [its local start, at].
 */
export function refusalWindow(rule: CeilingRule, at: number, timeZone: string): { from: number; to: number } {
  const { start } = windowBounds(rule.policy, new Date(at), timeZone);
  return { from: rule.policy === 'rolling-7d' ? start.getTime() + 1 : start.getTime(), to: at };
}

/** Does a stored event count towards what the rule learns? */
export function countsFor(rule: CeilingRule, e: Pick<ActivityEvent, 'kind' | 'withNote'>): boolean {
  return e.kind === rule.kind && (!rule.noted || e.withNote === true);
}

/**
 * What the refused window held, from one account's events (any order, any span); null when the
 * action teaches nothing. Events after the refusal are not part of it.
 */
export function countAtRefusal(
  events: readonly Pick<ActivityEvent, 'kind' | 'at' | 'withNote'>[],
  refusal: { action: LimitAction; at: number },
  timeZone: string,
): number | null {
  const rule = CEILING_RULES[refusal.action];
  if (!rule) return null;
  const { from, to } = refusalWindow(rule, refusal.at, timeZone);
  let n = 0;
  for (const e of events) if (e.at >= from && e.at <= to && countsFor(rule, e)) n++;
  return n;
}

export type Ceilings = Settings['ceilings'];

/**
 * The ceilings after a refusal whose window held `count`: the newest refusal replaces the meter's
 * ceiling, even with a higher count (LinkedIn's limit moved). A refusal older than the stored one
 * (reported late) changes nothing, nor does a count of 0: Pacer saw none of what LinkedIn counted
 * (the sends were made elsewhere), and a limit of 0 would read as "not on your plan".
 */
export function learnCeiling(
  ceilings: Ceilings,
  refusal: { action: LimitAction; at: number; code: string },
  count: number,
): Ceilings {
  const meter = ceilingMeter(refusal.action);
  if (!meter || !(count > 0)) return ceilings;
  const current = ceilings[meter];
  if (current && current.at > refusal.at) return ceilings;
  if (current && current.at === refusal.at && current.count === count && current.code === refusal.code)
    return ceilings;
  return { ...ceilings, [meter]: { count, at: refusal.at, code: refusal.code } };
}

/**
 * When a ceiling lapses: the same local time 8 calendar weeks after the refusal (a DST change in
 * between does not shift it by an hour).
 */
export function ceilingExpiresAt(ceiling: Pick<LearnedCeiling, 'at'>, timeZone: string): Date {
  const wall = addWeeks(wallClock(ceiling.at, timeZone), CEILING_WEEKS).getTime();
  // The wall-clock reading back to an instant: the offset in force there (read twice, so a reading
  // next to a DST change takes the offset of its own side).
  const offset = (ms: number) => Math.round(tzOffset(timeZone, new Date(ms)) * 60) * 1000;
  const guess = wall - offset(wall);
  return new Date(wall - offset(guess));
}

export interface ActiveCeiling extends LearnedCeiling {
  expiresAt: Date;
}

/** The meter's ceiling if it still holds at `now`. */
export function activeCeiling(
  ceilings: Ceilings,
  id: MeterId,
  now: Date,
  timeZone: string,
): ActiveCeiling | null {
  const c = ceilings[id];
  if (!c) return null;
  const expiresAt = ceilingExpiresAt(c, timeZone);
  return now.getTime() < expiresAt.getTime() ? { ...c, expiresAt } : null;
}

/** The lower of the configured limit (null: unlimited; 0: not on the plan) and the ceiling. */
export function limitWithCeiling(
  limit: number | null,
  ceiling: Pick<LearnedCeiling, 'count'> | null,
): number | null {
  if (!ceiling || limit === 0) return limit;
  return limit === null ? ceiling.count : Math.min(limit, ceiling.count);
}
