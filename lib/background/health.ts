// The worker's part of the account's health: it keeps the connection count LinkedIn showed, notes
// invitations the connections list proves accepted, and tells the invite dialog about a re-invite
// cooldown and the 30,000 cap. Nothing here asks LinkedIn anything.
import type { InvitationRecord, PacerDb } from '../db/schema';
import {
  type Cooldown,
  REINVITE_COOLDOWN_MS,
  reinviteCooldown,
  type WithdrawnInvitee,
} from '../domain/cooldown';
import { ACCEPTANCE_AGE_MAX_MS, invitationNumber } from '../domain/invitation-health';
import { DAY_MS } from '../domain/local-time';
import type { ListedConnection } from '../linkedin/vocabulary';

/** The member's connection count as LinkedIn showed it, on the account's record. */
export async function storeConnectionCount(
  db: PacerDb,
  account: string,
  count: number,
  now: number,
): Promise<boolean> {
  return db.transaction('rw', db.accounts, async () => {
    const record = await db.accounts.get(account);
    if (!record) return false; // an account is recorded by its first observation, never here
    await db.accounts.update(account, { connections: { count, at: now } });
    return record.connections?.count !== count;
  });
}

/**
 * Invites Pacer counted whose invitee now shows in the connections list were accepted, even when
 * LinkedIn's sent list never showed them pending: kept as accepted invitations (the acceptance
 * rate's positive evidence). A connection dated before the invite is an older one, not an answer.
 */
export async function noteAcceptedInvites(
  db: PacerDb,
  account: string,
  connections: readonly ListedConnection[],
  now: number,
): Promise<number> {
  const since = new Map(connections.map((c) => [c.target, c.connectedAt ?? null]));
  return db.transaction('rw', db.events, db.invitations, async () => {
    const invites = await db.events
      .where('[account+kind+at]')
      .between([account, 'invite', now - ACCEPTANCE_AGE_MAX_MS - DAY_MS], [account, 'invite', now + 1])
      .toArray();
    const records: InvitationRecord[] = [];
    for (const e of invites) {
      if (e.target === undefined || !since.has(e.target)) continue;
      const connectedAt = since.get(e.target);
      if (connectedAt != null && connectedAt < e.at - DAY_MS) continue;
      const key = invitationNumber(e.key) ?? e.key;
      const stored = await db.invitations.get(key);
      if (stored && stored.status !== 'pending') continue;
      records.push({
        ...(stored ?? { key, account, sentAt: e.at, sentAtExact: true }),
        invitee: e.target,
        status: 'accepted',
        seenAt: now,
      });
    }
    await db.invitations.bulkPut(records);
    return records.length;
  });
}

/** Every id a withdrawal's invitee is known by: its own target, its invitation's record, its invite. */
async function withdrawnInvitees(db: PacerDb, account: string, now: number): Promise<WithdrawnInvitee[]> {
  const withdrawals = await db.events
    .where('[account+kind+at]')
    .between(
      [account, 'invite-withdrawn', now - REINVITE_COOLDOWN_MS],
      [account, 'invite-withdrawn', now + 1],
    )
    .toArray();
  const out: WithdrawnInvitee[] = [];
  for (const w of withdrawals) {
    const invitees = new Set<string>();
    if (w.target) invitees.add(w.target);
    const n = invitationNumber(w.key);
    if (n !== undefined) {
      const [record, observed, listed] = await Promise.all([
        db.invitations.get(n),
        db.events.get(`invite:${n}`),
        db.events.get(`linkedin:${n}`),
      ]);
      for (const id of [record?.invitee, record?.inviteeSlug, observed?.target, listed?.target])
        if (id) invitees.add(id);
    }
    if (invitees.size > 0) out.push({ at: w.at, invitees: [...invitees] });
  }
  return out;
}

/** A withdrawal less than three weeks ago of an invitation to `invitee` (any of its ids), or null. */
export async function inviteCooldown(
  db: PacerDb,
  account: string | undefined,
  invitee: readonly string[],
  now: number,
): Promise<Cooldown | null> {
  if (!account || invitee.length === 0) return null;
  const withdrawals = await db.transaction('r', db.events, db.invitations, () =>
    withdrawnInvitees(db, account, now),
  );
  return reinviteCooldown(invitee, withdrawals, now);
}
