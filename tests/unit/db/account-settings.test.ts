import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { noteIdentity } from '../../../lib/background/accounts';
import { recordEvents } from '../../../lib/db/events-store';
import { openDb, type PacerDb, V1_STORES } from '../../../lib/db/schema';
import {
  ensureSettings,
  loadSettings,
  loadSharedSettings,
  saveSettings,
} from '../../../lib/db/settings-store';
import { accountPart, defaultSettings } from '../../../lib/domain/settings';
import { UNKNOWN_ACCOUNT } from '../../../lib/linkedin/urns';

const A = 'urn:li:fsd_profile:ACoAAAlice';
const B = 'urn:li:fsd_profile:ACoAABob';
const T0 = Date.parse('2026-11-23T10:00:00Z');
const dbs: PacerDb[] = [];
function freshDb(name = `acct-${Math.random()}`): PacerDb {
  const db = openDb(name);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('settings per LinkedIn account', () => {
  it('the first account seen takes the plan chosen before any account (the welcome page); the next starts from the defaults', async () => {
    const db = freshDb();
    const now = new Date(T0);
    await saveSettings(db, { ...defaultSettings(now), plan: 'sales-navigator-core', planConfirmed: true });
    await noteIdentity(db, A, true, T0);
    await noteIdentity(db, B, false, T0 + 1000);
    const a = await loadSettings(db, now, A);
    const b = await loadSettings(db, now, B);
    expect([a.plan, a.planConfirmed]).toEqual(['sales-navigator-core', true]);
    expect([b.plan, b.planConfirmed]).toEqual(['free', false]);
    expect(b.planChosenAt).toBe(T0 + 1000);
  });

  it('an account first known from its events gets its own settings too (never the unknown account)', async () => {
    const db = freshDb();
    await recordEvents(db, [
      { key: 'k1', account: A, kind: 'invite', at: T0 },
      { key: 'k2', account: UNKNOWN_ACCOUNT, kind: 'invite', at: T0 },
    ]);
    expect((await db.accountSettings.toCollection().primaryKeys()).sort()).toEqual([A]);
  });

  it('saving for one account changes its plan only, and the shared fields for all', async () => {
    const db = freshDb();
    const now = new Date(T0);
    await ensureSettings(db, now); // as on install
    await noteIdentity(db, A, undefined, T0);
    await noteIdentity(db, B, undefined, T0);
    const a = await loadSettings(db, now, A);
    await saveSettings(db, { ...a, plan: 'recruiter', zones: { warn: 50, red: 80 } }, A);
    expect((await loadSettings(db, now, A)).plan).toBe('recruiter');
    expect((await loadSettings(db, now, B)).plan).toBe('free');
    expect((await loadSettings(db, now, B)).zones).toEqual({ warn: 50, red: 80 });
    // The shared row keeps the plan for accounts not seen yet.
    expect((await loadSharedSettings(db, now)).plan).toBe('free');
  });

  it('a corrupt account row falls back to the shared plan, never to a half-read one', async () => {
    const db = freshDb();
    const now = new Date(T0);
    await saveSettings(db, { ...defaultSettings(now), plan: 'premium-career' });
    await db.accountSettings.put({ account: A, value: { plan: 'gold' } as never });
    expect((await loadSettings(db, now, A)).plan).toBe('premium-career');
  });

  it('the database upgrade gives every account seen so far the one plan it had', async () => {
    const name = `acct-upgrade-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(V1_STORES);
    v3.version(2).stores({ accounts: 'account, lastSeenAt' });
    v3.version(3).stores({
      events: 'key, [account+kind+at], at, [account+noteAt]',
      inmailHistory: 'account',
    });
    await v3.open();
    const {
      planConfirmed: _,
      ceilings: __,
      ...old
    } = {
      ...defaultSettings(new Date(T0)),
      plan: 'sales-navigator-advanced' as const,
      overrides: { 'invites-week': 80 },
    };
    await v3.table('settings').put({ id: 'settings', value: old });
    await v3.table('accounts').bulkPut([
      { account: A, firstSeenAt: T0, lastSeenAt: T0 },
      { account: B, firstSeenAt: T0, lastSeenAt: T0 },
      { account: UNKNOWN_ACCOUNT, firstSeenAt: T0, lastSeenAt: T0 },
    ]);
    v3.close();

    const db = freshDb(name);
    const now = new Date(T0);
    for (const account of [A, B]) {
      const s = await loadSettings(db, now, account);
      expect([s.plan, s.planConfirmed, s.overrides]).toEqual([
        'sales-navigator-advanced',
        true,
        { 'invites-week': 80 },
      ]);
    }
    expect(await db.accountSettings.get(UNKNOWN_ACCOUNT)).toBeUndefined();
    expect((await loadSharedSettings(db, now)).plan).toBe('sales-navigator-advanced');
  });
});

describe('rows written by an earlier Pacer', () => {
  it('keep their values; only the fields added since take their defaults', async () => {
    const db = freshDb();
    const now = new Date(T0);
    const {
      rampUp: _,
      pending: __,
      engagementMeter: ___,
      ...older
    } = {
      ...defaultSettings(now),
      plan: 'premium-business' as const,
      zones: { warn: 60, red: 80 },
    };
    await db.settings.put({ id: 'settings', value: older as never });
    const { rampUp: ____, ...olderOwn } = {
      ...accountPart(defaultSettings(now)),
      plan: 'recruiter' as const,
    };
    await db.accountSettings.put({ account: A, value: olderOwn as never });
    const shared = await loadSharedSettings(db, now);
    expect([shared.plan, shared.zones, shared.pending, shared.engagementMeter]).toEqual([
      'premium-business',
      { warn: 60, red: 80 },
      { warn: 300, red: 500 },
      false,
    ]);
    const own = await loadSettings(db, now, A);
    expect([own.plan, own.rampUp, own.zones]).toEqual(['recruiter', null, { warn: 60, red: 80 }]);
    // A field that is there must still be valid: a bad one is not papered over by a default.
    await db.settings.put({ id: 'settings', value: { ...older, zones: { warn: 'x' } } as never });
    expect((await loadSharedSettings(db, now)).zones).toEqual({ warn: 70, red: 90 });
  });
});

describe('removed actions', () => {
  it('a removed key is never stored again (a retry, a replay, a second frame)', async () => {
    const db = freshDb();
    await db.removed.put({ key: 'invite:1', account: A, removedAt: T0 });
    const outcomes = await recordEvents(db, [
      { key: 'invite:1', account: A, kind: 'invite', at: T0 + 5 },
      { key: 'invite:2', account: A, kind: 'invite', at: T0 + 6 },
    ]);
    expect(outcomes).toEqual(['duplicate', 'stored']);
    expect(await db.events.get('invite:1')).toBeUndefined();
  });
});
