// The store side of backups. Export reads one consistent snapshot (pages may read); an import is
// validated whole here, then written by the worker (replace-all.ts) in one transaction.
import {
  type Backup,
  backupCounts,
  buildBackup,
  type ExportReply,
  type ImportReply,
  parseBackup,
  serializeBackup,
  withEventAccounts,
} from '../backup/backup';
import type { ActivityEvent } from '../domain/activity';
import type { Settings } from '../domain/settings';
import type { ValidatedBackup } from '../messages/import-data';
import { withoutDerived } from './derived';
import type { AccountRecord, PacerDb } from './schema';
import { loadSettings } from './settings-store';

export interface StoreContents {
  settings: Settings;
  accounts: AccountRecord[];
  events: ActivityEvent[];
}

/** Everything Pacer stores, read in one transaction (events oldest first). */
export function readAll(db: PacerDb, now: Date): Promise<StoreContents> {
  return db.transaction('r', db.events, db.settings, db.accounts, async () => ({
    settings: await loadSettings(db, now),
    accounts: await db.accounts.orderBy('account').toArray(),
    // Derived fields stay in the store: the backup format has none.
    events: (await db.events.orderBy('at').toArray()).map(withoutDerived),
  }));
}

/** The backup file's text. It is parsed back before it is offered, so an export always imports. */
export async function exportBackup(db: PacerDb, now: Date): Promise<ExportReply> {
  const backup = buildBackup(await readAll(db, now), now);
  const json = serializeBackup(backup);
  const check = parseBackup(json);
  if (!check.ok) return { ok: false, error: `Pacer could not export its data (${check.error})` };
  return { ok: true, json, counts: backupCounts(backup) };
}

/** The backup with every account its events name (the worker writes the list as it is). */
export function completeAccounts<T extends Backup>(data: T): T {
  return { ...data, accounts: withEventAccounts(data.accounts, data.events) };
}

/**
 * Validates the whole file, then hands it to `write`, which replaces all data with it (the options
 * page sends it to the worker's `importData`); on any error nothing changes.
 */
export async function importBackup(
  text: unknown,
  write: (data: ValidatedBackup) => Promise<ImportReply>,
): Promise<ImportReply> {
  if (typeof text !== 'string')
    return { ok: false, error: 'Not a Pacer backup: expected the text of a file' };
  const parsed = parseBackup(text);
  return parsed.ok ? write(completeAccounts(parsed.data)) : parsed;
}
