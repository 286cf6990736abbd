// The re-invite cooldown: after the user withdraws an invitation, LinkedIn refuses a new one to the
// same person for three weeks (LinkedIn Help, "Types of restrictions for sending invitations").
// Pure: `now` is an argument.
import { DAY_MS } from './local-time';

export const REINVITE_COOLDOWN_MS = 21 * DAY_MS;

/** A withdrawal with every id its invitee is known by (profile urn, slug). */
export interface WithdrawnInvitee {
  at: number;
  invitees: readonly string[];
}

export interface Cooldown {
  withdrawnAt: number;
  /** The first instant LinkedIn accepts a new invitation to this person. */
  freeAt: number;
}

/**
 * The cooldown that applies to a new invitation to `invitee` (any of its ids) at `now`: the latest
 * withdrawal of an invitation to them less than three weeks ago, or null. At exactly three weeks it
 * is over.
 */
export function reinviteCooldown(
  invitee: readonly string[],
  withdrawals: readonly WithdrawnInvitee[],
  now: number,
): Cooldown | null {
  const ids = new Set(invitee.filter((x) => x !== ''));
  if (ids.size === 0) return null;
  let latest: number | null = null;
  for (const w of withdrawals) {
    if (w.at > now || now - w.at >= REINVITE_COOLDOWN_MS) continue;
    if (!w.invitees.some((x) => ids.has(x))) continue;
    if (latest === null || w.at > latest) latest = w.at;
  }
  return latest === null ? null : { withdrawnAt: latest, freeAt: latest + REINVITE_COOLDOWN_MS };
}
