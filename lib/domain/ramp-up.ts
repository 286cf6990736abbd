// New-account ramp-up: the invite limits of an account that started its ramp grow week by week,
// from about 10 invites a day to its full limit (WarmySender documentation, “LinkedIn rate limits —
// invites, messages, and InMails”: a new account starts around 10 a day and grows over 4–6 weeks
// while acceptance stays healthy, and the ramp “pauses or reverses” when it does not). Pure: the
// clock, the zone and the acceptance are arguments.
import { DAY_MS, localDateTime, startOfLocalDate } from './local-time';

/** How many weeks the ramp lasts: from week RAMP_WEEKS on, the full limit applies. */
export const RAMP_WEEKS = 6;
/** Week 1's invites a day (WarmySender: “around 10/day”); a week's is 5 working days of it. */
export const RAMP_FIRST_DAY = 10;
export const RAMP_FIRST_WEEK = RAMP_FIRST_DAY * 5;

/** The account's invitation acceptance, as invitation health reads it (unknown: not enough data). */
export type AcceptanceZone = 'ok' | 'warn' | 'red' | 'unknown';

/**
 * A ramp as stored (Settings.rampUp): when it started, and how long it has been held. `heldSince`
 * is set by the worker when acceptance turns amber or red, and folded into `heldDays` when it is
 * healthy again (rampTransition), so a pause survives the worker and the browser.
 */
export interface RampUp {
  startedAt: number;
  /** Whole calendar days the ramp was held, in pauses that ended. */
  heldDays: number;
  /** When the current pause began (epoch ms); null: not held. */
  heldSince: number | null;
}

export interface RampInput {
  ramp: RampUp;
  now: Date;
  timeZone: string;
  acceptance: { zone: AcceptanceZone };
}

export interface RampState {
  /** The week of the ramp, 1-based (week 1 = the start day and the 6 days after it, held days aside). */
  week: number;
  /** The week whose step applies (= `week`: a held ramp keeps its step, it does not go back). */
  step: number;
  /** Not growing: acceptance is amber or red (or was, until the worker marks it healthy again). */
  paused: boolean;
  /** The ramp has run its weeks: the full limits apply. */
  complete: boolean;
  /** When the next ramp week starts (local midnight); null once past the ramp, or while paused. */
  nextWeekAt: Date | null;
}

const isBad = (zone: AcceptanceZone) => zone === 'warn' || zone === 'red';

/**
 * Where the ramp stands at `now`. Weeks count calendar days in the user's zone (a DST week is still
 * 7 days), minus the days it was held: while acceptance is amber or red the ramp keeps its step and
 * its week does not advance; it resumes where it stood once acceptance is healthy (or unknown).
 * A pause the worker has not stored yet counts from now; one it has not closed yet counts to now.
 */
export function rampState(input: RampInput): RampState {
  const { ramp, timeZone } = input;
  const now = input.now.getTime();
  const paused = ramp.heldSince !== null || isBad(input.acceptance.zone);
  const holding = ramp.heldSince === null ? 0 : Math.max(0, calendarDays(ramp.heldSince, now, timeZone));
  const days = Math.max(0, calendarDays(ramp.startedAt, now, timeZone) - ramp.heldDays - holding);
  const week = Math.floor(days / 7) + 1;
  const start = localDateTime(ramp.startedAt, timeZone);
  const next = new Date(
    Date.UTC(start.year, start.month - 1, start.day) + (week * 7 + ramp.heldDays + holding) * DAY_MS,
  );
  const nextWeekAt =
    week >= RAMP_WEEKS || paused
      ? null
      : startOfLocalDate(
          { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() },
          timeZone,
        );
  return { week, step: week, paused, complete: week >= RAMP_WEEKS, nextWeekAt };
}

/**
 * What the worker stores when acceptance changes: a pause begins when it turns amber or red, and
 * ends (its days added to `heldDays`) when it is healthy or unknown again. null: nothing to store.
 */
export function rampTransition(
  ramp: RampUp,
  zone: AcceptanceZone,
  now: number,
  timeZone: string,
): RampUp | null {
  if (isBad(zone)) return ramp.heldSince === null ? { ...ramp, heldSince: now } : null;
  if (ramp.heldSince === null) return null;
  const held = Math.max(0, calendarDays(ramp.heldSince, now, timeZone));
  return { ...ramp, heldDays: ramp.heldDays + held, heldSince: null };
}

/** A ramp that starts at `now`. */
export function startRamp(now: number): RampUp {
  return { startedAt: now, heldDays: 0, heldSince: null };
}

/**
 * The limit at ramp step `step` for a full limit `full`: `first` at step 1, then equal steps up to
 * `full` at step RAMP_WEEKS; never above `full`. null (no limit) stays null.
 */
export function rampLimit(step: number, full: number | null, first: number): number | null {
  if (full === null) return null;
  if (step >= RAMP_WEEKS || full <= first) return full;
  const s = Math.max(1, Math.floor(step));
  return Math.min(full, Math.round(first + ((full - first) * (s - 1)) / (RAMP_WEEKS - 1)));
}

/** The invite limits while the ramp runs: each the lower of its configured limit and the ramp's. */
export function rampedInviteLimits(
  state: RampState,
  limits: { day: number | null; week: number | null },
): { day: number | null; week: number | null } {
  return {
    day: rampLimit(state.step, limits.day, RAMP_FIRST_DAY),
    week: rampLimit(state.step, limits.week, RAMP_FIRST_WEEK),
  };
}

/** Whole calendar days from `from`'s local date to `to`'s, in `timeZone`. */
function calendarDays(from: number, to: number, timeZone: string): number {
  const a = localDateTime(from, timeZone);
  const b = localDateTime(to, timeZone);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}
