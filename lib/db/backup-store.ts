// The store side of backups (background worker only). Export reads one consistent snapshot; import
// validates the whole file first, then replaces everything in one read-write transaction over
// events, settings and accounts: if any write fails, IndexedDB aborts it and nothing changes.
import {
  type BackupContents,
  backupCounts,
  buildBackup,
  type ExportReply,
  type ImportReply,
  parseBackup,
  serializeBackup,
} from '../backup/backup';
import type { ActivityEvent } from '../domain/activity';
import type { Settings } from '../domain/settings';
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

/**
 * Replaces everything with `contents`, atomically. An account an event names but the list lacks is
 * derived from its events (as the version 2 schema upgrade does), so every event shows in the popup.
 */
export async function replaceAll(db: PacerDb, contents: BackupContents): Promise<void> {
  const accounts = withEventAccounts(contents.accounts, contents.events);
  await db.transaction('rw', db.events, db.settings, db.accounts, db.inmailHistory, async () => {
    // The settled InMail history folds the old events: dropped, rebuilt by the next housekeeping.
    await Promise.all([
      db.events.clear(),
      db.settings.clear(),
      db.accounts.clear(),
      db.inmailHistory.clear(),
    ]);
    await db.events.bulkAdd([...contents.events]);
    await db.accounts.bulkAdd(accounts);
    await db.settings.add({ id: 'settings', value: contents.settings });
  });
}

function withEventAccounts(
  list: readonly AccountRecord[],
  events: readonly ActivityEvent[],
): AccountRecord[] {
  const known = new Set(list.map((a) => a.account));
  const derived = new Map<string, AccountRecord>();
  for (const e of events) {
    if (known.has(e.account)) continue;
    const a = derived.get(e.account);
    if (!a) derived.set(e.account, { account: e.account, firstSeenAt: e.at, lastSeenAt: e.at });
    else {
      a.firstSeenAt = Math.min(a.firstSeenAt, e.at);
      a.lastSeenAt = Math.max(a.lastSeenAt, e.at);
    }
  }
  return [...list.map((a) => ({ ...a })), ...derived.values()];
}

/** The backup file's text. It is parsed back before it is offered, so an export always imports. */
export async function exportBackup(db: PacerDb, now: Date): Promise<ExportReply> {
  const backup = buildBackup(await readAll(db, now), now);
  const json = serializeBackup(backup);
  const check = parseBackup(json);
  if (!check.ok) return { ok: false, error: `Pacer could not export its data (${check.error})` };
  return { ok: true, json, counts: backupCounts(backup) };
}

/** Validates the whole file, then replaces all data with it; on any error nothing changes. */
export async function importBackup(db: PacerDb, text: unknown): Promise<ImportReply> {
  if (typeof text !== 'string')
    return { ok: false, error: 'Not a Pacer backup: expected the text of a file' };
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const { data } = parsed;
  try {
    await replaceAll(db, data);
  } catch (e) {
    return {
      ok: false,
      error: `The backup could not be saved, nothing was changed (${e instanceof Error ? e.message : String(e)})`,
    };
  }
  return { ok: true, counts: backupCounts(data), exportedAt: data.exportedAt, plan: data.settings.plan };
}
