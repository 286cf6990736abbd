// One account's invitation health, read from the store (the popup, the options page and the worker
// read it alike; only the worker writes). Everything in one read transaction.
import { liveQuery } from 'dexie';
import { ACCEPTANCE_AGE_MAX_MS, type InvitationHealth, invitationHealth } from '../domain/invitation-health';
import { eventsInRange } from './events-store';
import type { PacerDb } from './schema';
import { loadSettings } from './settings-store';

/** Slack before the acceptance window: an invite dated a day early still finds its record. */
const SLACK_MS = 24 * 3_600_000;

export function loadHealth(db: PacerDb, account: string, now: Date): Promise<InvitationHealth> {
  const t = now.getTime();
  const from = t - ACCEPTANCE_AGE_MAX_MS - SLACK_MS;
  return db.transaction(
    'r',
    [db.invitations, db.events, db.accounts, db.settings, db.accountSettings],
    async () => {
      const [invitations, invites, withdrawals, record, settings] = await Promise.all([
        (async () =>
          db.invitations.where('[account+status]').between([account, ''], [account, '\uffff']).toArray())(),
        (async () => eventsInRange(db, account, 'invite', from, t + 1))(),
        (async () => eventsInRange(db, account, 'invite-withdrawn', from, t + 1))(),
        (async () => db.accounts.get(account))(),
        (async () => loadSettings(db, now, account))(),
      ]);
      return invitationHealth(
        { invitations, invites, withdrawals, connections: record?.connections ?? null },
        t,
        settings.pending,
      );
    },
  );
}

/**
 * Calls `next` with the account's health now and after every change to what it rests on (Dexie's
 * liveQuery; the worker writes from another context); `null` while no account is shown. Returns
 * the unsubscribe. The pages' one way to follow it.
 */
export function watchHealth(
  db: PacerDb,
  account: string | null,
  next: (health: InvitationHealth | null) => void,
  fail: (error: unknown) => void = () => {},
): () => void {
  if (!account) {
    next(null);
    return () => {};
  }
  const sub = liveQuery(() => loadHealth(db, account, new Date())).subscribe({ next, error: fail });
  return () => sub.unsubscribe();
}
