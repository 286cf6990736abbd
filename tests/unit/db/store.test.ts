import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  eventsForBudgets,
  eventsInRange,
  pruneEvents,
  recordEvent,
  recordEvents,
} from '../../../lib/db/events-store';
import { openDb, type PacerDb, V1_STORES } from '../../../lib/db/schema';
import { loadSettings, saveSettings } from '../../../lib/db/settings-store';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { defaultSettings } from '../../../lib/domain/settings';

const A = 'urn:li:fsd_profile:ACoAAAlice';
const B = 'urn:li:fsd_profile:ACoAABob';
const T0 = Date.parse('2026-11-23T10:00:00Z');
const DAY = 86_400_000;
let n = 0;
const dbs: PacerDb[] = [];
function freshDb(): PacerDb {
  const db = openDb(`test-${++n}-${Math.random()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const ev = (over: Partial<ActivityEvent> & { key: string }): ActivityEvent => ({
  account: A,
  kind: 'invite',
  at: T0,
  ...over,
});

describe('events store', () => {
  it('stores the same key once, however often it is recorded', async () => {
    const db = freshDb();
    const e = ev({ key: 'invite:urn:li:fsd_invitation:1' });
    const outcomes = await Promise.all([
      recordEvent(db, e),
      recordEvent(db, e),
      recordEvent(db, { ...e, at: T0 + 5 }),
    ]);
    expect(outcomes.filter((o) => o === 'stored')).toHaveLength(1);
    expect(await db.events.count()).toBe(1);
  });

  it('stores a batch in one go, in order: a repeat inside it is a duplicate, each account seen once', async () => {
    const db = freshDb();
    await db.accounts.add({ account: B, firstSeenAt: T0 - DAY, lastSeenAt: T0 + DAY });
    const view = (key: string, at: number) => ev({ key, at, kind: 'profile-view', target: 'jane-doe' });
    const outcomes = await recordEvents(db, [
      ev({ key: 'i1', at: T0 + 20 }),
      ev({ key: 'i1', at: T0 + 30 }), // the same send again
      view('v1', T0),
      view('v2', T0 + 60_000), // the same profile within 30 minutes
      ev({ key: 'i2', at: T0 - 10 }),
      ev({ key: 'b1', at: T0, account: B }),
    ]);
    expect(outcomes).toEqual(['stored', 'duplicate', 'stored', 'duplicate', 'stored', 'stored']);
    expect((await db.events.toArray()).map((e) => e.key).sort()).toEqual(['b1', 'i1', 'i2', 'v1']);
    expect((await db.events.get('i1'))?.at).toBe(T0 + 20);
    // A new account spans what was stored (not the duplicates); a known one only moves forward.
    expect(await db.accounts.get(A)).toMatchObject({ firstSeenAt: T0 - 10, lastSeenAt: T0 + 20 });
    expect(await db.accounts.get(B)).toMatchObject({ firstSeenAt: T0 - DAY, lastSeenAt: T0 + DAY });
    expect(await recordEvents(db, [])).toEqual([]);
  });

  it('writes nothing of a batch whose write fails', async () => {
    const db = freshDb();
    // Not a valid IndexedDB key: the add throws inside the transaction.
    const events = [ev({ key: 'ok-1' }), ev({ key: {} as string }), ev({ key: 'ok-2' })];
    await expect(recordEvents(db, events)).rejects.toThrow();
    expect(await db.events.count()).toBe(0);
    expect(await db.accounts.count()).toBe(0);
  });

  it('reads a window by index range per account and kind, both ends included', async () => {
    const db = freshDb();
    await recordEvent(db, ev({ key: 'i1', at: T0 }));
    await recordEvent(db, ev({ key: 'i2', at: T0 + 1000 }));
    await recordEvent(db, ev({ key: 'i3', at: T0 + 2000, account: B }));
    await recordEvent(db, ev({ key: 'm1', at: T0 + 3000, kind: 'message' }));
    const keys = async (...range: Parameters<typeof eventsInRange>) =>
      (await eventsInRange(...range)).map((e) => e.key).sort();
    expect(await keys(db, A, 'invite', T0, T0 + 1000)).toEqual(['i1', 'i2']);
    expect(await keys(db, A, 'invite', T0 + 1, T0 + 5000)).toEqual(['i2']);
    expect(await keys(db, B, 'invite', 0, T0 + 5000)).toEqual(['i3']);
    expect(await keys(db, A, 'message', 0, T0 + 5000)).toEqual(['m1']);
  });

  it('keeps track of accounts as events arrive', async () => {
    const db = freshDb();
    await recordEvent(db, ev({ key: 'i1', at: T0 }));
    await recordEvent(db, ev({ key: 'i2', at: T0 + 60_000 }));
    expect(await db.accounts.get(A)).toMatchObject({ firstSeenAt: T0, lastSeenAt: T0 + 60_000 });
  });

  it('counts the same profile once per 30 minutes', async () => {
    const db = freshDb();
    const view = (key: string, at: number, target = 'jane-doe') =>
      ev({ key, at, kind: 'profile-view', target });
    expect(await recordEvent(db, view('v1', T0))).toBe('stored');
    expect(await recordEvent(db, view('v2', T0 + 29 * 60_000))).toBe('duplicate');
    expect(await recordEvent(db, view('v3', T0 + 10 * 60_000, 'john-roe'))).toBe('stored');
    expect(await recordEvent(db, view('v4', T0 + 30 * 60_000))).toBe('stored');
  });

  it('loads what budgets need: each kind from its earliest window, noted invites for the month, InMails since the ledger start', async () => {
    const db = freshDb();
    // Monday 2026-11-23 10:00 UTC; the plan (and the InMail ledger) started 200 days before.
    const settings = { ...defaultSettings(new Date(T0 - 200 * DAY)), plan: 'premium-career' as const };
    await recordEvent(db, ev({ key: 'old-invite', at: T0 - 60 * DAY, withNote: true }));
    await recordEvent(db, ev({ key: 'plain-invite-10-days-ago', at: T0 - 10 * DAY }));
    await recordEvent(db, ev({ key: 'noted-invite-10-days-ago', at: T0 - 10 * DAY, withNote: true }));
    await recordEvent(db, ev({ key: 'new-invite', at: T0 - DAY }));
    await recordEvent(db, ev({ key: 'noted-new-invite', at: T0 - DAY, withNote: true }));
    await recordEvent(db, ev({ key: 'old-inmail', at: T0 - 100 * DAY, kind: 'inmail' }));
    await recordEvent(db, ev({ key: 'future', at: T0 + DAY })); // the clock moved back since
    await recordEvent(db, ev({ key: 'other-account', at: T0, account: B }));
    await recordEvent(db, ev({ key: 'view-today', at: T0 - 3_600_000, kind: 'profile-view', target: 'a' }));
    await recordEvent(
      db,
      ev({ key: 'view-2-days-ago', at: T0 - 2 * DAY, kind: 'profile-view', target: 'b' }),
    );
    // 04:00 UTC Monday is still Sunday in New York: in last week there.
    await recordEvent(db, ev({ key: 'message-monday-4h-utc', at: T0 - 6 * 3_600_000, kind: 'message' }));
    await recordEvent(db, ev({ key: 'message-sunday', at: T0 - DAY, kind: 'message' }));
    const keys = async (s: typeof settings, zone: string) =>
      (await eventsForBudgets(db, A, s, new Date(T0), zone)).events.map((e) => e.key).sort();
    const always = [
      'future',
      'new-invite',
      'noted-invite-10-days-ago',
      'noted-new-invite',
      'old-inmail',
      'view-today',
    ];
    expect(await keys(settings, 'UTC')).toEqual([...always, 'message-monday-4h-utc'].sort());
    expect(await keys(settings, 'America/New_York')).toEqual(always);
    // A rolling week reaches back 7 × 24 h for messages too.
    expect(await keys({ ...settings, weeklyMode: 'rolling-7d' }, 'America/New_York')).toEqual(
      [...always, 'message-monday-4h-utc', 'message-sunday'].sort(),
    );
  });

  it('prunes events older than a cut-off', async () => {
    const db = freshDb();
    await recordEvent(db, ev({ key: 'a', at: T0 - 400 * 86_400_000 }));
    await recordEvent(db, ev({ key: 'b', at: T0 }));
    expect(await pruneEvents(db, T0 - 395 * 86_400_000)).toBe(1);
    expect(await db.events.count()).toBe(1);
  });

  it('prunes removed keys older than the cut-off, and keeps the recent ones', async () => {
    const db = freshDb();
    await db.removed.bulkPut([
      { key: 'old', account: A, removedAt: T0 - 400 * 86_400_000 },
      { key: 'new', account: A, removedAt: T0 - 86_400_000 },
    ]);
    await pruneEvents(db, T0 - 395 * 86_400_000, T0);
    expect(await db.removed.toCollection().primaryKeys()).toEqual(['new']);
  });
});

describe('settings store', () => {
  it('returns defaults when empty and round-trips saved settings', async () => {
    const db = freshDb();
    const now = new Date(T0);
    expect((await loadSettings(db, now)).plan).toBe('free');
    await saveSettings(db, { ...defaultSettings(now), plan: 'recruiter' });
    expect((await loadSettings(db, now)).plan).toBe('recruiter');
  });

  it('falls back to defaults when the stored row is corrupt', async () => {
    const db = freshDb();
    await db.settings.put({ id: 'settings', value: { plan: 'gold' } as never });
    expect((await loadSettings(db, new Date(T0))).plan).toBe('free');
  });
});

describe('schema upgrade', () => {
  it('upgrades a version-1 database, keeping every event and deriving accounts', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    await v1
      .table('events')
      .bulkAdd([
        ev({ key: 'x1', at: T0 - 5000 }),
        ev({ key: 'x2', at: T0 }),
        ev({ key: 'x3', at: T0 - 100, account: B, kind: 'message' }),
      ]);
    v1.close();

    const db = openDb(name);
    dbs.push(db);
    expect(await db.events.count()).toBe(3);
    expect(await db.accounts.get(A)).toMatchObject({ firstSeenAt: T0 - 5000, lastSeenAt: T0 });
    expect(await db.accounts.get(B)).toMatchObject({ firstSeenAt: T0 - 100, lastSeenAt: T0 - 100 });
    expect(db.verno).toBe(4);
    expect(await recordEvent(db, ev({ key: 'x1' }))).toBe('duplicate');
  });
});
