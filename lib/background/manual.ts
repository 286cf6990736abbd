// The worker's side of the activity log: actions added by hand (stored as ordinary events, so they
// count exactly like observed ones) and removals (the event goes; its key stays in `removed`, so the
// same send reported again stays out).
import { recordEvents } from '../db/events-store';
import type { PacerDb } from '../db/schema';
import { loadSettings } from '../db/settings-store';
import { manualEvents } from '../domain/manual-entries';
import { effectiveTimeZone } from '../domain/settings';
import { UNKNOWN_ACCOUNT } from '../linkedin/urns';
import type { AddActivity, AddActivityReply } from '../messages/add-activity';
import type { RemoveActivityReply } from '../messages/remove-activity';

/**
 * The account an entry is for: the one named, if Pacer has seen it; null → the one seen most
 * recently; none seen yet → UNKNOWN_ACCOUNT, which the first identity Pacer sees adopts.
 */
async function entryAccount(db: PacerDb, named: string | null): Promise<string | null> {
  if (named !== null) return (await db.accounts.get(named)) ? named : null;
  const recent = await db.accounts.orderBy('lastSeenAt').reverse().primaryKeys();
  return (recent as string[]).find((a) => a !== UNKNOWN_ACCOUNT) ?? UNKNOWN_ACCOUNT;
}

/** Adds `entry.count` events dated in the account's zone (see manualInstant), or says what is wrong. */
export async function addManualActivity(
  db: PacerDb,
  entry: AddActivity,
  now: Date,
  browserZone: string,
  batch: string,
): Promise<AddActivityReply> {
  const account = await entryAccount(db, entry.account);
  if (account === null)
    return { ok: false, errors: [{ field: 'account', message: 'account: not an account Pacer has seen' }] };
  const settings = await loadSettings(db, now, account);
  const made = manualEvents(entry, {
    account,
    now,
    timeZone: effectiveTimeZone(settings, browserZone),
    batch,
  });
  if (!made.ok) return made;
  const outcomes = await recordEvents(db, made.events);
  return { ok: true, added: outcomes.filter((o) => o === 'stored').length, account, at: made.at };
}

/**
 * Removes one event and keeps its key in `removed`, in one transaction. An InMail (or an answer to
 * one) also drops the account's settled InMail history, which folded it in; the next housekeeping
 * rebuilds it, and until then the budgets read the InMail events themselves.
 */
export function removeActivity(db: PacerDb, key: string, now: number): Promise<RemoveActivityReply> {
  return db.transaction('rw', db.events, db.removed, db.inmailHistory, async () => {
    const event = await db.events.get(key);
    if (!event) return { ok: false as const, error: 'This action is no longer in the log.' };
    await db.events.delete(key);
    await db.removed.put({ key, account: event.account, removedAt: now });
    if (event.kind === 'inmail' || event.kind === 'inmail-response')
      await db.inmailHistory.delete(event.account);
    return { ok: true as const, account: event.account };
  });
}
