// How an account's invitations look to LinkedIn: the acceptance rate of invitations old enough to
// have had their answer, the pending backlog as LinkedIn's own sent list last showed it, and the
// connection count against LinkedIn's 30,000 cap. Pure: `now` is an argument, no browser APIs.
// Sources: Valley, blog article on LinkedIn message limits and InMail (FAQ: acceptance under 30 %
// is a warning sign, under 20 % a risk); Botdog, "Auto-withdraw invitations" (99 % of acceptances
// come within 30 days); Linked Helper, glossary "LinkedIn invitation" (~500 pending as a risk, not
// official); LinkedIn Help, "Types of restrictions for sending invitations" (30,000 connections).
import { DAY_MS } from './local-time';
import { invitationOfKey } from './reconcile';

export type HealthZone = 'ok' | 'warn' | 'red' | 'unknown';

/** Acceptance as another module (the ramp-up) needs it: the zone, the rate and what it rests on. */
export interface AcceptanceZone {
  zone: HealthZone;
  /** accepted ÷ sent, 0–1; null when there is not enough data. */
  rate: number | null;
  /** How many invitations the rate rests on. */
  basis: number;
}

/** The invitations sent this long ago or more have had their answer (Botdog: 99 % within 30 days)… */
export const ACCEPTANCE_AGE_MIN_MS = 30 * DAY_MS;
/** …and those sent more than this long ago say little about the account today. */
export const ACCEPTANCE_AGE_MAX_MS = 60 * DAY_MS;
/** Amber under 30 %, red under 20 % (Valley's FAQ), in whole percent. */
export const ACCEPTANCE_WARN_PERCENT = 30;
export const ACCEPTANCE_RED_PERCENT = 20;
/**
 * Below 20 invitations a rate misleads: one acceptance moves it by 5 points or more, so the 10 points
 * between red and amber are two acceptances apart, and a few unlucky invitations would read as red.
 */
export const MIN_ACCEPTANCE_BASIS = 20;

/** The zone of `accepted` of `sent`; 'unknown' (and no rate) below `min` invitations. */
export function acceptanceZone(accepted: number, sent: number, min = MIN_ACCEPTANCE_BASIS): AcceptanceZone {
  const basis = Math.max(0, Math.floor(sent));
  if (basis < Math.max(1, min)) return { zone: 'unknown', rate: null, basis };
  const a = Math.min(basis, Math.max(0, Math.floor(accepted)));
  // Compared in whole numbers: 6 of 20 is exactly 30 %, not a float a hair under it.
  const zone =
    a * 100 < ACCEPTANCE_RED_PERCENT * basis
      ? 'red'
      : a * 100 < ACCEPTANCE_WARN_PERCENT * basis
        ? 'warn'
        : 'ok';
  return { zone, rate: a / basis, basis };
}

/** An invitation as LinkedIn's lists last showed it (the store's InvitationRecord). */
export interface ListedInvitation {
  key: string;
  invitee?: string;
  inviteeSlug?: string;
  sentAt: number;
  sentAtExact: boolean;
  status: 'pending' | 'accepted' | 'withdrawn';
  seenAt: number;
}

/** A counted invite (an event of kind 'invite'). */
export interface SentInvite {
  key: string;
  at: number;
  target?: string;
  source?: 'observed' | 'linkedin' | 'manual' | 'imported';
}

/** A withdrawal the user made (an event of kind 'invite-withdrawn'), its invitee when known. */
export interface Withdrawal {
  key: string;
  at: number;
  target?: string;
}

export interface HealthInputs {
  invitations: readonly ListedInvitation[];
  invites: readonly SentInvite[];
  withdrawals: readonly Withdrawal[];
  /** When LinkedIn's connection count was last seen (the connections page): a list view too. */
  connectionsSeenAt?: number | null;
}

export interface Acceptance extends AcceptanceZone {
  accepted: number;
  /** The invitations counted were sent in [from, to]. */
  from: number;
  to: number;
  /** Why there is no rate: too few invitations, or LinkedIn's lists not seen for 30 days. */
  reason: 'few' | 'lists-unseen' | null;
}

/** The invitation number of a stored key: `urn:li:fsd_invitation:<n>`, `<n>`, `invite:<n>`, `linkedin:<n>`. */
export function invitationNumber(key: string): string | undefined {
  if (/^\d{1,30}$/.test(key)) return key;
  const urn = /^urn:li:(?:fsd_invitation|fs_relInvitation|invitation):(\d{1,30})$/.exec(key);
  if (urn) return urn[1];
  const withdrawn = /^invite-withdrawn:(\d{1,30})$/.exec(key);
  return withdrawn ? withdrawn[1] : invitationOfKey(key);
}

/** When LinkedIn's lists were last seen for the account (any invitation seen, or the count). */
export function listsSeenAt(inputs: HealthInputs): number | null {
  let at = inputs.connectionsSeenAt ?? null;
  for (const r of inputs.invitations) if (at === null || r.seenAt > at) at = r.seenAt;
  return at;
}

/**
 * Acceptance of the invitations sent 30–60 days ago, from what Pacer saw. Each invitation is counted
 * once: LinkedIn's list record first, else a counted invite Pacer can follow (it names the invitee or
 * LinkedIn's invitation; one added by hand names neither and is left out). The rule for the outcome:
 * an invitation counts as accepted only on positive evidence (its record says accepted: the invitee
 * showed up in the connections list); one the sent list no longer shows, or never showed, is sent
 * but not accepted: LinkedIn drops ignored invitations too, so a disappearance proves nothing.
 * Withdrawn invitations are sent and not accepted. Without a look at LinkedIn's lists in the last
 * 30 days Pacer cannot have seen the acceptances, so there is no rate.
 */
export function acceptance(inputs: HealthInputs, now: number, min = MIN_ACCEPTANCE_BASIS): Acceptance {
  const from = now - ACCEPTANCE_AGE_MAX_MS;
  const to = now - ACCEPTANCE_AGE_MIN_MS;
  const inWindow = (t: number) => t >= from && t <= to;
  // Positive evidence, by invitee: any record that says accepted (whatever key it has).
  const acceptedInvitees = new Set<string>();
  for (const r of inputs.invitations)
    if (r.status === 'accepted' && r.invitee !== undefined) acceptedInvitees.add(r.invitee);
  const byNumber = new Set<string>();
  const byInvitee = new Set<string>();
  let sent = 0;
  let accepted = 0;
  for (const r of inputs.invitations) {
    const n = invitationNumber(r.key) ?? r.key;
    if (!inWindow(r.sentAt) || byNumber.has(n)) continue;
    byNumber.add(n);
    if (r.invitee !== undefined) byInvitee.add(r.invitee);
    sent++;
    if (r.status === 'accepted' || (r.invitee !== undefined && acceptedInvitees.has(r.invitee))) accepted++;
  }
  for (const e of inputs.invites) {
    if (e.source === 'manual' || !inWindow(e.at)) continue;
    const n = invitationNumber(e.key);
    if (n === undefined && e.target === undefined) continue; // cannot be followed
    if ((n !== undefined && byNumber.has(n)) || (e.target !== undefined && byInvitee.has(e.target))) continue;
    if (n !== undefined) byNumber.add(n);
    if (e.target !== undefined) byInvitee.add(e.target);
    sent++;
    if (e.target !== undefined && acceptedInvitees.has(e.target)) accepted++;
  }
  const seen = listsSeenAt(inputs);
  if (seen === null || seen < to) {
    return { zone: 'unknown', rate: null, basis: sent, accepted, from, to, reason: 'lists-unseen' };
  }
  const z = acceptanceZone(accepted, sent, min);
  return { ...z, accepted, from, to, reason: z.zone === 'unknown' ? 'few' : null };
}

/** Pending invitations older than this are worth withdrawing (LinkedIn counts outstanding ones). */
export const STALE_PENDING_MS = 21 * DAY_MS;
/** Pages of the sent list read within this time of the latest one are the same look at it. */
export const LIST_VIEW_SPAN_MS = 30 * 60_000;

export interface StalePending {
  key: string;
  invitee?: string;
  /** Their public slug, when LinkedIn's list named it (a link to the profile). */
  inviteeSlug?: string;
  sentAt: number;
  sentAtExact: boolean;
}

export interface PendingBacklog {
  /** Pending as LinkedIn's sent list last showed them (less those withdrawn since); null: never seen. */
  count: number | null;
  /** When the sent list was last seen. */
  seenAt: number | null;
  zone: HealthZone;
  warn: number;
  red: number;
  /** Pending for more than 3 weeks, oldest first. */
  stale: StalePending[];
}

/** The pending backlog as LinkedIn's sent list last showed it, zoned by the user's thresholds. */
export function pendingBacklog(
  inputs: Pick<HealthInputs, 'invitations' | 'withdrawals'>,
  now: number,
  thresholds: { warn: number; red: number },
): PendingBacklog {
  const { warn, red } = thresholds;
  let last: number | null = null;
  for (const r of inputs.invitations)
    if (r.status === 'pending' && (last === null || r.seenAt > last)) last = r.seenAt;
  if (last === null) return { count: null, seenAt: null, zone: 'unknown', warn, red, stale: [] };
  const since = last - LIST_VIEW_SPAN_MS;
  // A withdrawal made after the look at the list takes its invitation off it.
  const withdrawn = new Set<string>();
  for (const w of inputs.withdrawals) {
    const n = invitationNumber(w.key);
    if (n !== undefined && w.at >= since) withdrawn.add(n);
  }
  const shown = inputs.invitations.filter(
    (r) => r.status === 'pending' && r.seenAt >= since && !withdrawn.has(invitationNumber(r.key) ?? r.key),
  );
  const count = shown.length;
  const zone = count >= red ? 'red' : count >= warn ? 'warn' : 'ok';
  const stale = shown
    .filter((r) => now - r.sentAt > STALE_PENDING_MS)
    .sort((a, b) => a.sentAt - b.sentAt || (a.key < b.key ? -1 : 1))
    .map((r): StalePending => {
      const s: StalePending = { key: r.key, sentAt: r.sentAt, sentAtExact: r.sentAtExact };
      if (r.invitee !== undefined) s.invitee = r.invitee;
      if (r.inviteeSlug !== undefined) s.inviteeSlug = r.inviteeSlug;
      return s;
    });
  return { count, seenAt: last, zone, warn, red, stale };
}

/** LinkedIn's cap on connections (LinkedIn Help, "Types of restrictions for sending invitations"). */
export const CONNECTION_CAP = 30_000;
/** Pacer warns from here: a thousand invitations before the cap. */
export const CONNECTION_CAP_WARN = 29_000;

export interface ConnectionCap {
  zone: HealthZone;
  count: number | null;
  at: number | null;
  cap: number;
}

/** The connection count against the cap: amber from 29,000, red at 30,000. */
export function connectionCap(connections: { count: number; at: number } | null | undefined): ConnectionCap {
  if (!connections) return { zone: 'unknown', count: null, at: null, cap: CONNECTION_CAP };
  const { count, at } = connections;
  const zone = count >= CONNECTION_CAP ? 'red' : count >= CONNECTION_CAP_WARN ? 'warn' : 'ok';
  return { zone, count, at, cap: CONNECTION_CAP };
}

export interface InvitationHealth {
  acceptance: Acceptance;
  pending: PendingBacklog;
  cap: ConnectionCap;
}

/** Everything the health line and section show, for one account. */
export function invitationHealth(
  inputs: HealthInputs & { connections?: { count: number; at: number } | null },
  now: number,
  thresholds: { warn: number; red: number },
): InvitationHealth {
  return {
    acceptance: acceptance(
      { ...inputs, connectionsSeenAt: inputs.connectionsSeenAt ?? inputs.connections?.at ?? null },
      now,
    ),
    pending: pendingBacklog(inputs, now, thresholds),
    cap: connectionCap(inputs.connections),
  };
}
