// The IndexedDB schema (Dexie). Only the background service worker writes; extension pages
// may read. The version chain is append-only: a version with an upgrade is never edited.
import Dexie, { type EntityTable } from 'dexie';
import type { ActivityEvent } from '../domain/activity';
import type { InmailHistory } from '../domain/inmail-history';
import type { Settings } from '../domain/settings';
import { withDerived } from './derived';

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

/** One account's settled InMail history (see lib/domain/inmail-history.ts), rebuilt by the worker. */
export interface InmailHistoryRecord extends InmailHistory {
  account: string;
}

export type PacerDb = Dexie & {
  events: EntityTable<ActivityEvent, 'key'>;
  settings: EntityTable<SettingsRecord, 'id'>;
  accounts: EntityTable<AccountRecord, 'account'>;
  inmailHistory: EntityTable<InmailHistoryRecord, 'account'>;
};

export const DB_NAME = 'pacer';

/** Version 1: events (unique key; account+kind+time range index) and settings. */
export const V1_STORES = {
  events: 'key, [account+kind+at], at',
  settings: 'id',
};

export function openDb(name = DB_NAME): PacerDb {
  const db = new Dexie(name) as PacerDb;
  // Every event written, by any writer (recordEvent, an import, an adoption, an upgrade), gets its
  // derived fields here, so an index over them can never miss a record.
  db.use({
    stack: 'dbcore',
    name: 'pacer-derived-fields',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'events') return table;
        return {
          ...table,
          mutate: (req) =>
            table.mutate(
              req.type === 'add' || req.type === 'put'
                ? { ...req, values: req.values.map((v) => withDerived(v as ActivityEvent)) }
                : req,
            ),
        };
      },
    }),
  });
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
  // Version 3: a sparse index of invites with a note (only they have `noteAt`), and the settled
  // InMail history per account (empty until the worker's next housekeeping builds it).
  db.version(3)
    .stores({ events: 'key, [account+kind+at], at, [account+noteAt]', inmailHistory: 'account' })
    .upgrade(async (tx) => {
      await tx
        .table<ActivityEvent>('events')
        .filter((e) => e.kind === 'invite' && e.withNote === true)
        .modify((e) => {
          (e as { noteAt?: number }).noteAt = e.at;
        });
    });
  return db;
}
