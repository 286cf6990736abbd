// The worker's half of an import: the options page has read and validated the backup file (zod,
// lib/backup); the worker, the only writer, replaces everything with it in one read-write
// transaction over events, settings and accounts: if any write fails, nothing changes.
// Nothing here imports the backup schemas, so they stay out of the worker's bundle.
import type { BackupContents, ImportReply } from '../backup/backup';
import { parseSettings } from '../domain/settings';
import type { PacerDb } from './schema';

/**
 * Replaces everything with `contents`, atomically. Every account an event names is in the list:
 * a parsed backup has them all (lib/backup/backup.ts derives the missing ones).
 */
export async function replaceAll(db: PacerDb, contents: BackupContents): Promise<void> {
  await db.transaction('rw', db.events, db.settings, db.accounts, db.inmailHistory, async () => {
    // The settled InMail history folds the old events: dropped, rebuilt by the next housekeeping.
    await Promise.all([
      db.events.clear(),
      db.settings.clear(),
      db.accounts.clear(),
      db.inmailHistory.clear(),
    ]);
    await db.events.bulkAdd([...contents.events]);
    await db.accounts.bulkAdd([...contents.accounts]);
    await db.settings.add({ id: 'settings', value: contents.settings });
  });
}

export type ValidatedBackup = BackupContents & { exportedAt: string };

/**
 * Stores a backup the options page validated. The sender is Pacer's own page, so the check here
 * is only that the message has that shape (and settings the store can read back).
 */
export async function storeBackup(db: PacerDb, data: unknown): Promise<ImportReply> {
  const b = data as Partial<ValidatedBackup> | null;
  if (!b || !Array.isArray(b.events) || !Array.isArray(b.accounts) || typeof b.exportedAt !== 'string')
    return { ok: false, error: 'Not a Pacer backup: expected validated backup data' };
  const settings = parseSettings(b.settings);
  if (!settings.ok) return { ok: false, error: `Settings: ${settings.errors[0]?.message ?? 'not valid'}` };
  try {
    await replaceAll(db, { settings: settings.settings, accounts: b.accounts, events: b.events });
  } catch (e) {
    return {
      ok: false,
      error: `The backup could not be saved, nothing was changed (${e instanceof Error ? e.message : String(e)})`,
    };
  }
  return {
    ok: true,
    counts: { events: b.events.length, accounts: b.accounts.length },
    exportedAt: b.exportedAt,
    plan: settings.settings.plan,
  };
}
