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
import { accountPart, type Settings } from '../domain/settings';
import { t } from '../i18n/t';
import { UNKNOWN_ACCOUNT } from '../linkedin/urns';
import type { ValidatedBackup } from '../messages/import-data';
import { withoutDerived } from './derived';
import type {
  AccountRecord,
  AccountSettingsRecord,
  InvitationRecord,
  PacerDb,
  RemovedRecord,
} from './schema';
import { loadSharedSettings } from './settings-store';

export interface StoreContents {
  settings: Settings;
  accountSettings: AccountSettingsRecord[];
  accounts: AccountRecord[];
  events: ActivityEvent[];
  removed: RemovedRecord[];
  invitations: InvitationRecord[];
}

/** Everything Pacer stores, read in one transaction (events oldest first). */
export function readAll(db: PacerDb, now: Date): Promise<StoreContents> {
  const tables = [db.events, db.settings, db.accountSettings, db.accounts, db.removed, db.invitations];
  return db.transaction('r', tables, async () => ({
    settings: await loadSharedSettings(db, now),
    accountSettings: await db.accountSettings.orderBy('account').toArray(),
    removed: await db.removed.orderBy('key').toArray(),
    invitations: await db.invitations.orderBy('key').toArray(),
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
  if (!check.ok) return { ok: false, error: t('errors.exportBroken', { error: check.error }) };
  return { ok: true, json, counts: backupCounts(backup) };
}

/** The backup with every account its events name (the worker writes the list as it is). */
export function completeAccounts(data: Backup): ValidatedBackup {
  const accounts = withEventAccounts(data.accounts, data.events);
  // An account the file names without its own settings is metered with the file's shared ones.
  const own = new Set(data.accountSettings.map((a) => a.account));
  const shared = accountPart(data.settings);
  const accountSettings = [
    ...data.accountSettings.map((a) => ({ account: a.account, value: a.settings })),
    ...accounts
      .filter((a) => !own.has(a.account) && a.account !== UNKNOWN_ACCOUNT)
      .map((a) => ({ account: a.account, value: shared })),
  ];
  return { ...data, accounts, accountSettings };
}

/**
 * Validates the whole file, then hands it to `write`, which replaces all data with it (the options
 * page sends it to the worker's `importData`); on any error nothing changes.
 */
export async function importBackup(
  text: unknown,
  write: (data: ValidatedBackup) => Promise<ImportReply>,
): Promise<ImportReply> {
  if (typeof text !== 'string') return { ok: false, error: t('errors.backupNotText') };
  const parsed = parseBackup(text);
  return parsed.ok ? write(completeAccounts(parsed.data)) : parsed;
}
