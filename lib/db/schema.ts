// The IndexedDB schema (Dexie). Only the background service worker writes; extension pages
// may read. The version chain is append-only: a version with an upgrade is never edited.
import Dexie, { type EntityTable } from 'dexie';
import type { ActivityEvent } from '../domain/activity';
import type { InmailHistory } from '../domain/inmail-history';
import { type AccountSettings, accountPart, type Settings } from '../domain/settings';
import { UNKNOWN_ACCOUNT } from '../linkedin/urns';
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
  /** The member's own name, as LinkedIn shows it (the account picker's label). */
  name?: string;
  /** When the account last used Sales Navigator / Recruiter pages (a plan suggestion's signal). */
  salesNavigatorSeenAt?: number;
  recruiterSeenAt?: number;
  /** The member's connection count as LinkedIn last showed it (the 30,000 cap). */
  connections?: { count: number; at: number };
}

/** One account's own settings (plan, overrides, InMail, learned ceilings). */
export interface AccountSettingsRecord {
  account: string;
  value: AccountSettings;
}

/** A counted action the user removed: its key stays, so the same send reported again stays out. */
export interface RemovedRecord {
  key: string;
  account: string;
  removedAt: number;
}

export const INVITATION_STATUSES = ['pending', 'accepted', 'withdrawn'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** An invitation as LinkedIn's own sent list (or its connections list) last showed it. */
export interface InvitationRecord {
  /** LinkedIn's invitation id (`urn:li:fsd_invitation:<n>` or the bare number). */
  key: string;
  account: string;
  /** The invitee's profile urn or slug, when known. */
  invitee?: string;
  /** Their public slug too, when LinkedIn's list names both (the re-invite cooldown on a profile page). */
  inviteeSlug?: string;
  /** When LinkedIn says it was sent (epoch ms); `sentAtExact` false: dated from "Sent 1 week ago". */
  sentAt: number;
  sentAtExact: boolean;
  status: InvitationStatus;
  /** When Pacer last saw it in a LinkedIn list. */
  seenAt: number;
  withNote?: boolean;
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
  accountSettings: EntityTable<AccountSettingsRecord, 'account'>;
  removed: EntityTable<RemovedRecord, 'key'>;
  invitations: EntityTable<InvitationRecord, 'key'>;
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
  // Version 4: settings per account (each account seen so far keeps the one shared plan it had),
  // removed keys, and invitations as LinkedIn's own lists show them.
  db.version(4)
    .stores({
      accountSettings: 'account',
      removed: 'key, account',
      invitations: 'key, [account+sentAt], [account+status]',
    })
    .upgrade(async (tx) => {
      const row = await tx.table<SettingsRecord>('settings').get('settings');
      if (!row) return;
      const old = row.value as Omit<Settings, 'planConfirmed' | 'ceilings'>;
      // A plan other than the default was chosen by the user; a Free one may never have been.
      const shared: Settings = { ...old, planConfirmed: old.plan !== 'free', ceilings: {} };
      await tx.table<SettingsRecord>('settings').put({ id: 'settings', value: shared });
      const accounts = await tx.table<AccountRecord>('accounts').toCollection().primaryKeys();
      await tx
        .table<AccountSettingsRecord>('accountSettings')
        .bulkPut(
          accounts
            .filter((a) => a !== UNKNOWN_ACCOUNT)
            .map((account) => ({ account: String(account), value: accountPart(shared) })),
        );
    });
  return db;
}
