// The options page's settings I/O: the background is the only writer, so a save is a message; the
// page reads the settings itself (read-only) and follows them live. Settings are read and saved for
// one LinkedIn account (null: the shared ones, before any account is seen).
import { liveQuery } from 'dexie';
import type { PacerDb } from '../../lib/db/schema';
import { loadSettings } from '../../lib/db/settings-store';
import type { SeenAccount } from '../../lib/domain/account-report';
import type { Settings, SettingsPatch } from '../../lib/domain/settings';
import { UNKNOWN_ACCOUNT } from '../../lib/linkedin/urns';
import { type SaveReply, sendMessage } from '../../lib/messaging';

/** Asks the background to apply `patch` for `account`; it checks it again and answers with the errors, if any. */
export function saveSettings(patch: SettingsPatch, account?: string | null): Promise<SaveReply> {
  return sendMessage('updateSettings', account ? { ...patch, account } : patch);
}

/** The stored settings of `account` (defaults until the first save). */
export function readSettings(db: PacerDb, account?: string | null): Promise<Settings> {
  return loadSettings(db, new Date(), account);
}

/** Every account seen, most recent first (not the placeholder for events before any was known). */
export async function readAccounts(db: PacerDb): Promise<SeenAccount[]> {
  const all = await db.accounts.orderBy('lastSeenAt').reverse().toArray();
  return all.filter((a) => a.account !== UNKNOWN_ACCOUNT);
}

/** Calls `next` with what `read` gives now and after every change to it; returns the unsubscribe. */
function watch<T>(read: () => Promise<T>, next: (value: T) => void, fail: (error: unknown) => void) {
  const sub = liveQuery(read).subscribe({ next, error: fail });
  return () => sub.unsubscribe();
}

/** Calls `next` with the account's settings now and after every change to them; returns the unsubscribe. */
export function watchSettings(
  db: PacerDb,
  account: string | null,
  next: (settings: Settings) => void,
  fail: (error: unknown) => void,
): () => void {
  return watch(() => readSettings(db, account), next, fail);
}

/** Calls `next` with the accounts seen now and whenever one is added or changes. */
export function watchAccounts(
  db: PacerDb,
  next: (accounts: SeenAccount[]) => void,
  fail: (error: unknown) => void,
): () => void {
  return watch(() => readAccounts(db), next, fail);
}
