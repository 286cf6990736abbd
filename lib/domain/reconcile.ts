// What LinkedIn itself records, reconciled with what Pacer counted: the sent-invitations list the
// user opened names every pending invitation, including those sent from the phone app or another
// computer. Each one Pacer has not counted becomes an invite dated at LinkedIn's send time; one it
// counted (by invitation id, or by invitee within the time the list allows) never counts twice.
// Pure: no clock, no browser APIs; `now` and the zone are arguments.
import { addDays, subDays, subMonths, subWeeks, subYears } from 'date-fns';
import { assertTimeZone, startOfLocalDate, type WallClock, wallClock } from './local-time';

/** The unit of a relative send time ("Sent 2 weeks ago"). */
export type AgeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** A relative send time, as LinkedIn shows it when it gives no instant: `n` whole units ago. */
export interface RelativeAge {
  n: number;
  unit: AgeUnit;
}

/** One pending invitation as LinkedIn's sent list names it. */
export interface SentInvitation {
  /** LinkedIn's invitation number (the digits of its urn). */
  invitation: string;
  /** `urn:li:fsd_profile:<id>` (or a slug) of the person invited. */
  invitee?: string;
  /** Their public slug too, when the list names both (a profile page's address gives only the slug). */
  inviteeSlug?: string;
  /** LinkedIn's send time (epoch ms), when the answer gives one. */
  sentAt: number | null;
  /** Otherwise the relative time it shows. */
  age?: RelativeAge;
  withNote?: boolean;
}

/** An invite already stored for the account (observed, added by hand, reconciled, or removed). */
export interface StoredInvite {
  key: string;
  target?: string;
  at: number;
}

/** A new invite to store: LinkedIn's own record of a send Pacer did not see. */
export interface ReconciledInvite {
  key: string;
  kind: 'invite';
  source: 'linkedin';
  at: number;
  target?: string;
  withNote?: boolean;
}

/** A pending invitation to keep for the account's health: its send time resolved. */
export interface PendingInvitation {
  invitation: string;
  invitee?: string;
  inviteeSlug?: string;
  /** LinkedIn's send time, or the latest instant its relative text allows; null when unknown. */
  sentAt: number | null;
  withNote?: boolean;
}

export interface Reconciliation {
  events: ReconciledInvite[];
  pending: PendingInvitation[];
  /** Invitations with neither a send time nor a relative time Pacer could read: never dated. */
  undated: number;
}

export interface ReconcileOptions {
  /** Invitations dated before this are kept as pending but not stored as events (retention). */
  since?: number;
}

/** A stored invite to the same person this long before the earliest send time allowed still matches. */
export const MATCH_SLACK_MS = 24 * 3_600_000;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

const INVITATION_KEY = /^(?:invite|linkedin):(\d{1,30})$/;

/** The key a reconciled invite is stored under: one per LinkedIn invitation. */
export function linkedinInviteKey(invitation: string): string {
  return `linkedin:${invitation}`;
}

/** The invitation number a stored invite's key names (`invite:<n>` observed, `linkedin:<n>` reconciled). */
export function invitationOfKey(key: string): string | undefined {
  return INVITATION_KEY.exec(key)?.[1];
}

function minusUnits(day: WallClock, n: number, unit: AgeUnit): WallClock {
  switch (unit) {
    case 'week':
      return subWeeks(day, n);
    case 'month':
      return subMonths(day, n);
    case 'year':
      return subYears(day, n);
    default:
      return subDays(day, n);
  }
}

/**
 * The instants a relative time allows, read both ways LinkedIn might mean it: whole units elapsed
 * (floored), or calendar days in the user's zone. `latest` is the later of the two readings, never
 * after `now`, so a meter never undercounts its current window; `earliest` the earlier.
 */
export function ageRange(
  age: RelativeAge,
  now: number,
  timeZone: string,
): { earliest: number; latest: number } {
  assertTimeZone(timeZone);
  const n = Math.max(0, Math.floor(age.n));
  if (age.unit === 'minute' || age.unit === 'hour') {
    const u = age.unit === 'minute' ? MINUTE_MS : HOUR_MS;
    return { earliest: now - (n + 1) * u, latest: Math.min(now, now - n * u) };
  }
  const today = wallClock(now, timeZone);
  const day = minusUnits(today, n, age.unit);
  const endOfDay = startOfLocalDate(addDays(day, 1), timeZone).getTime() - 1;
  const earliest = startOfLocalDate(minusUnits(today, n + 1, age.unit), timeZone).getTime();
  return { earliest, latest: Math.min(now, endOfDay) };
}

/**
 * The invites to store and the pending invitations to keep, given the account's stored invites
 * (tombstones of removed ones included: a removed invite stays removed) and the list LinkedIn showed.
 * An invitation already counted is matched by its number in a stored key, else by a stored invite to
 * the same person made no earlier than the list allows (LinkedIn keeps one pending invitation per
 * person, and one withdrawn cannot be sent again for three weeks).
 */
export function reconcileSentInvitations(
  stored: readonly StoredInvite[],
  sent: readonly SentInvitation[],
  now: number,
  timeZone: string,
  options: ReconcileOptions = {},
): Reconciliation {
  assertTimeZone(timeZone);
  const counted = new Set<string>();
  const byTarget = new Map<string, number[]>();
  for (const s of stored) {
    const id = invitationOfKey(s.key);
    if (id !== undefined) counted.add(id);
    if (s.target !== undefined) {
      const ats = byTarget.get(s.target);
      if (ats) ats.push(s.at);
      else byTarget.set(s.target, [s.at]);
    }
  }
  const seen = new Set<string>();
  const events: ReconciledInvite[] = [];
  const pending: PendingInvitation[] = [];
  let undated = 0;
  for (const inv of sent) {
    if (seen.has(inv.invitation)) continue;
    seen.add(inv.invitation);
    let at: number | null = null;
    let earliest = Number.NEGATIVE_INFINITY;
    if (inv.sentAt !== null && Number.isFinite(inv.sentAt)) {
      at = Math.min(inv.sentAt, now);
      earliest = at;
    } else if (inv.age) {
      const range = ageRange(inv.age, now, timeZone);
      at = range.latest;
      earliest = range.earliest;
    }
    const p: PendingInvitation = { invitation: inv.invitation, sentAt: at };
    if (inv.invitee !== undefined) p.invitee = inv.invitee;
    if (inv.inviteeSlug !== undefined) p.inviteeSlug = inv.inviteeSlug;
    if (inv.withNote !== undefined) p.withNote = inv.withNote;
    pending.push(p);
    if (at === null) {
      undated++;
      continue;
    }
    if (counted.has(inv.invitation)) continue;
    if (inv.invitee !== undefined && matchTarget(byTarget, inv.invitee, earliest - MATCH_SLACK_MS, now))
      continue;
    if (options.since !== undefined && at < options.since) continue;
    const e: ReconciledInvite = {
      key: linkedinInviteKey(inv.invitation),
      kind: 'invite',
      source: 'linkedin',
      at,
    };
    if (inv.invitee !== undefined) e.target = inv.invitee;
    if (inv.withNote !== undefined) e.withNote = inv.withNote;
    events.push(e);
  }
  events.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
  return { events, pending, undated };
}

/** Takes (once) a stored invite to `target` made in [from, to]: one stored invite matches one invitation. */
function matchTarget(byTarget: Map<string, number[]>, target: string, from: number, to: number): boolean {
  const ats = byTarget.get(target);
  if (!ats) return false;
  const i = ats.findIndex((t) => t >= from && t <= to);
  if (i < 0) return false;
  ats.splice(i, 1);
  return true;
}

/** How far from a listed invitation's send time a hand-added invite may be the same one. */
export const STAND_IN_SPAN_MS = 7 * 24 * 3_600_000;

/**
 * Invites added by hand (the welcome page's "already this week", the add-activity form) stand in
 * for sends Pacer could not see. When LinkedIn's own list later shows such a send, the listed
 * invite takes the stand-in's place instead of counting beside it: each new listed invite replaces
 * the nearest hand-added one within a week of it (a week: the backfill dates a week's invites on
 * one day of it). Returns the keys of the hand-added invites replaced.
 */
export function replacedStandIns(
  listed: readonly { at: number }[],
  manual: readonly { key: string; at: number }[],
  span = STAND_IN_SPAN_MS,
): string[] {
  const left = [...manual].sort((a, b) => a.at - b.at);
  const replaced: string[] = [];
  for (const e of [...listed].sort((a, b) => a.at - b.at)) {
    let best = -1;
    for (let i = 0; i < left.length; i++) {
      const d = Math.abs((left[i] as { at: number }).at - e.at);
      if (d <= span && (best < 0 || d < Math.abs((left[best] as { at: number }).at - e.at))) best = i;
    }
    if (best >= 0) replaced.push((left.splice(best, 1)[0] as { key: string }).key);
  }
  return replaced;
}
