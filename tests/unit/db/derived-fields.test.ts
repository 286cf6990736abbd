import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { noteIdentity } from '../../../lib/background/accounts';
import { readAll } from '../../../lib/db/backup-store';
import { recordEvent } from '../../../lib/db/events-store';
import { replaceAll } from '../../../lib/db/replace-all';
import { openDb, type PacerDb, V1_STORES } from '../../../lib/db/schema';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { defaultSettings } from '../../../lib/domain/settings';
import { UNKNOWN_ACCOUNT } from '../../../lib/linkedin/urns';

const A = 'urn:li:fsd_profile:ACoAAAlice';
const T0 = Date.parse('2026-11-23T10:00:00Z');
let n = 0;
const dbs: PacerDb[] = [];
function freshDb(name = `derived-${++n}-${Math.random()}`): PacerDb {
  const db = openDb(name);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const invite = (key: string, withNote: boolean | undefined, account = A, at = T0): ActivityEvent => ({
  key,
  account,
  kind: 'invite',
  at,
  ...(withNote === undefined ? {} : { withNote }),
});

/** Keys in the sparse index of invites with a note, for one account. */
const noted = (db: PacerDb, account = A) =>
  db.events
    .where('[account+noteAt]')
    .between([account, Dexie.minKey], [account, Dexie.maxKey])
    .primaryKeys()
    .then((k) => (k as string[]).sort());

describe('derived fields: invites with a note are indexed, whoever writes them', () => {
  it('recordEvent', async () => {
    const db = freshDb();
    await recordEvent(db, invite('with', true));
    await recordEvent(db, invite('without', false));
    await recordEvent(db, invite('unknown', undefined));
    await recordEvent(db, { key: 'msg', account: A, kind: 'message', at: T0, withNote: true });
    expect(await noted(db)).toEqual(['with']);
    expect(await db.events.get('with')).toMatchObject({ noteAt: T0 });
  });

  it('an import, and an export leaves the derived field out', async () => {
    const db = freshDb();
    const events = [invite('with', true), invite('without', false)];
    // Even a file carrying a stale derived field gets it recomputed.
    const stale = { ...invite('stale', false), noteAt: 1 } as ActivityEvent;
    await replaceAll(db, {
      settings: defaultSettings(new Date(T0)),
      accounts: [],
      accountSettings: [],
      removed: [],
      invitations: [],
      events: [...events, stale],
    });
    expect(await noted(db)).toEqual(['with']);
    const out = await readAll(db, new Date(T0));
    expect(out.events.map((e) => Object.keys(e).includes('noteAt'))).toEqual([false, false, false]);
    expect(out.events.find((e) => e.key === 'with')).toEqual(invite('with', true));
  });

  it('the adoption of events recorded before any account was known', async () => {
    const db = freshDb();
    await recordEvent(db, invite('orphan', true, UNKNOWN_ACCOUNT));
    await noteIdentity(db, A, false, T0 + 10);
    expect(await noted(db, UNKNOWN_ACCOUNT)).toEqual([]);
    expect(await noted(db)).toEqual(['orphan']);
  });

  it('the upgrade of a version 2 database (events written without the field)', async () => {
    const name = `derived-upgrade-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(V1_STORES);
    v2.version(2).stores({ accounts: 'account, lastSeenAt' });
    await v2.open();
    await v2.table('events').bulkAdd([invite('with', true), invite('without', false, A, T0 + 1)]);
    await v2.table('accounts').put({ account: A, firstSeenAt: T0, lastSeenAt: T0 + 1 });
    expect(await v2.table('events').get('with')).not.toHaveProperty('noteAt');
    v2.close();

    const db = freshDb(name);
    expect(await noted(db)).toEqual(['with']);
    expect(db.verno).toBe(4);
    expect(await db.events.count()).toBe(2);
    expect(await db.inmailHistory.count()).toBe(0);
  });
});
