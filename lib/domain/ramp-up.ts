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

export interface RampInput {
  /** When the ramp started (epoch ms): Settings.rampUp.startedAt. */
  startedAt: number;
  now: Date;
  timeZone: string;
  acceptance: { zone: AcceptanceZone };
}

export interface RampState {
  /** The calendar week of the ramp, 1-based (week 1 = the start day and the 6 days after it). */
  week: number;
  /** The week whose step applies: `week`, or 1 while the ramp is held. */
  step: number;
  /** Held at week 1's step because acceptance is amber or red. */
  paused: boolean;
  /** The ramp has run its weeks: the full limits apply (unless paused). */
  complete: boolean;
  /** When the next ramp week starts (local midnight); null once the calendar is past the ramp. */
  nextWeekAt: Date | null;
}

/**
 * Where the ramp stands at `now`. The week counts calendar days in the user's zone (a DST week is
 * still 7 days). While acceptance is amber or red the ramp does not grow: it holds week 1's step,
 * and resumes at the calendar's week once acceptance is healthy (or unknown) again. Only the
 * current acceptance is a fact Pacer keeps (recomputed from the stored invitations at every read),
 * not when it turned, so holding "the step it had when acceptance dropped" would need memory the
 * worker may lose; the first step needs none, never grows, and is the reversal WarmySender describes.
 */
export function rampState(input: RampInput): RampState {
  const days = Math.max(0, calendarDays(input.startedAt, input.now.getTime(), input.timeZone));
  const week = Math.floor(days / 7) + 1;
  const paused = input.acceptance.zone === 'warn' || input.acceptance.zone === 'red';
  const step = paused ? 1 : week;
  const start = localDateTime(input.startedAt, input.timeZone);
  const next = new Date(Date.UTC(start.year, start.month - 1, start.day) + week * 7 * DAY_MS);
  const nextWeekAt =
    week >= RAMP_WEEKS
      ? null
      : startOfLocalDate(
          { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() },
          input.timeZone,
        );
  return { week, step, paused, complete: step >= RAMP_WEEKS, nextWeekAt };
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
