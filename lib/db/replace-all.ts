// The worker's half of an import: the options page has read and validated the backup file (zod,
// lib/backup); the worker, the only writer, replaces everything with it in one read-write
// transaction over events, settings and accounts: if any write fails, nothing changes.
// Nothing here imports the backup schemas, so they stay out of the worker's bundle.
import type { BackupContents, ImportReply } from '../backup/backup';
import { t } from '../i18n/t';
import type { ValidatedBackup } from '../messages/import-data';
import type { PacerDb } from './schema';

/**
 * Replaces everything with `contents`, atomically. Every account an event names is in the list:
 * a parsed backup has them all (lib/backup/backup.ts derives the missing ones).
 */
export async function replaceAll(db: PacerDb, contents: BackupContents): Promise<void> {
  const tables = [
    db.events,
    db.settings,
    db.accountSettings,
    db.accounts,
    db.inmailHistory,
    db.removed,
    db.invitations,
  ];
  await db.transaction('rw', tables, async () => {
    // The settled InMail history folds the old events: dropped, rebuilt by the next housekeeping.
    await Promise.all(tables.map((t) => t.clear()));
    await db.events.bulkAdd([...contents.events]);
    await db.accounts.bulkAdd([...contents.accounts]);
    await db.settings.add({ id: 'settings', value: contents.settings });
    await db.accountSettings.bulkAdd([...contents.accountSettings]);
    await db.removed.bulkAdd([...contents.removed]);
    await db.invitations.bulkAdd([...contents.invitations]);
  });
}

/**
 * Stores a backup the options page validated and the worker checked (lib/messages/import-data.ts).
 * On any failure nothing changes, and the reply says so.
 */
export async function storeBackup(db: PacerDb, data: ValidatedBackup): Promise<ImportReply> {
  try {
    await replaceAll(db, data);
  } catch (e) {
    return {
      ok: false,
      error: t('errors.backupNotSaved', { error: e instanceof Error ? e.message : String(e) }),
    };
  }
  return {
    ok: true,
    counts: { events: data.events.length, accounts: data.accounts.length },
    exportedAt: data.exportedAt,
    plan: data.settings.plan,
  };
}
