// The IndexedDB schema (Dexie). Only the background service worker writes; extension pages
// may read. The version chain is append-only: a version with an upgrade is never edited.
import Dexie, { type EntityTable } from 'dexie';
import type { ActivityEvent } from '../domain/activity';
import type { Settings } from '../domain/settings';

export interface SettingsRecord {
  id: 'settings';
  value: Settings;
}

export interface AccountRecord {
  /** `urn:li:fsd_profile:<id>` */
  account: string;
  firstSeenAt: number;
  lastSeenAt: number;
  premium?: boolean;
  /** The member's own public slug, so their own profile never counts as a view. */
  slug?: string;
}

export type PacerDb = Dexie & {
  events: EntityTable<ActivityEvent, 'key'>;
  settings: EntityTable<SettingsRecord, 'id'>;
  accounts: EntityTable<AccountRecord, 'account'>;
};

export const DB_NAME = 'pacer';

/** Version 1: events (unique key; account+kind+time range index) and settings. */
export const V1_STORES = {
  events: 'key, [account+kind+at], at',
  settings: 'id',
};

export function openDb(name = DB_NAME): PacerDb {
  const db = new Dexie(name) as PacerDb;
  db.version(1).stores(V1_STORES);
  // Version 2: an accounts table, derived from the events stored so far.
  db.version(2)
    .stores({ accounts: 'account, lastSeenAt' })
    .upgrade(async (tx) => {
      const seen = new Map<string, AccountRecord>();
      await tx.table<ActivityEvent>('events').each((e) => {
        const a = seen.get(e.account);
        if (!a) seen.set(e.account, { account: e.account, firstSeenAt: e.at, lastSeenAt: e.at });
        else {
          a.firstSeenAt = Math.min(a.firstSeenAt, e.at);
          a.lastSeenAt = Math.max(a.lastSeenAt, e.at);
        }
      });
      await tx.table<AccountRecord>('accounts').bulkPut([...seen.values()]);
    });
  return db;
}
