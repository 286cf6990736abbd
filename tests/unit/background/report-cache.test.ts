// The worker's cached badge inputs must always give the report a fresh read would: after sends of
// the cached account or another, settings changes, imports, adoptions, pruning, time passing, a zone
// change and the clock moving back.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReportCache, type ReportCache } from '../../../lib/background/report-cache';
import { pruneEvents, recordEvent } from '../../../lib/db/events-store';
import * as loadReport from '../../../lib/db/load-report';
import { replaceAll } from '../../../lib/db/replace-all';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import { saveSettings } from '../../../lib/db/settings-store';
import type { ActivityEvent, ActivityKind } from '../../../lib/domain/activity';
import { defaultSettings } from '../../../lib/domain/settings';

const A = 'urn:li:fsd_profile:AAAAAAAAAA';
const B = 'urn:li:fsd_profile:BBBBBBBBBB';
const T0 = Date.parse('2026-11-20T09:00:00Z');
const dbs: PacerDb[] = [];

/** A fresh connection with its cache, as the worker makes them. */
function fresh(): { db: PacerDb; cache: ReportCache } {
  const db = openDb(`report-cache-${Math.random()}`);
  dbs.push(db);
  return { db, cache: createReportCache(db) };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
  vi.restoreAllMocks();
});

/** A deterministic pseudo-random sequence (the test must be reproducible). */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const KINDS: ActivityKind[] = ['invite', 'message', 'inmail', 'profile-view', 'open-profile-message'];

describe('cached badge report', () => {
  it('equals a fresh read after every kind of write, in 400 random steps', async () => {
    const { db, cache } = fresh();
    await saveSettings(db, {
      ...defaultSettings(new Date(T0 - 40 * 86_400_000)),
      plan: 'sales-navigator-core',
    });
    const rnd = random(7);
    let now = T0;
    let zone = 'Europe/Paris';
    let n = 0;
    const ops: string[] = [];
    for (let step = 0; step < 400; step++) {
      const r = rnd();
      if (r < 0.55) {
        const e: ActivityEvent = {
          key: `e${n++}`,
          account: rnd() < 0.85 ? A : B,
          kind: KINDS[Math.floor(rnd() * KINDS.length)] as ActivityKind,
          at: now,
          withNote: rnd() < 0.3,
        };
        await recordEvent(db, e);
        ops.push(`record ${e.kind} ${e.account === A ? 'A' : 'B'}`);
      } else if (r < 0.75) {
        now += Math.floor(rnd() * 3 * 3_600_000);
        ops.push('time');
      } else if (r < 0.8) {
        const s = {
          ...defaultSettings(new Date(T0)),
          weeklyMode: rnd() < 0.5 ? 'rolling-7d' : 'calendar-week',
        };
        await saveSettings(db, s as never);
        ops.push('settings');
      } else if (r < 0.84) {
        zone = zone === 'Europe/Paris' ? 'America/New_York' : 'Europe/Paris';
        ops.push('zone');
      } else if (r < 0.87) {
        await pruneEvents(db, now - 10 * 86_400_000, now);
        ops.push('prune');
      } else if (r < 0.89) {
        now -= 2 * 3_600_000;
        ops.push('clock back');
      } else if (r < 0.91) {
        // An adoption rewrites events (bulkPut), as noteIdentity does.
        const some = await db.events.limit(3).toArray();
        await db.events.bulkPut(some.map((e) => ({ ...e, account: B })));
        ops.push('adopt');
      } else if (r < 0.92) {
        await replaceAll(db, {
          settings: defaultSettings(new Date(T0)),
          accountSettings: [],
          removed: [],
          invitations: [],
          accounts: [],
          events: [{ key: `imported${n++}`, account: A, kind: 'invite', at: now - 1000 }],
        });
        ops.push('import');
      }
      const at = new Date(now);
      const cached = await cache.report(at, zone);
      const fresh = await loadReport.loadAccountReport(db, at, zone);
      expect(
        { account: cached.account?.account, report: cached.report },
        `after ${ops.slice(-5).join(', ')}`,
      ).toEqual({ account: fresh.account?.account, report: fresh.report });
    }
    expect(ops.filter((o) => o.startsWith('record')).length).toBeGreaterThan(150);
  });

  it('reads the store once, then takes the sends it stores without reading again', async () => {
    const { db, cache } = fresh();
    await recordEvent(db, { key: 'first', account: A, kind: 'invite', at: T0 });
    const reads = vi.spyOn(loadReport, 'loadReportInputs');
    await cache.report(new Date(T0), 'UTC');
    for (let i = 0; i < 5; i++) {
      await recordEvent(db, { key: `k${i}`, account: A, kind: 'invite', at: T0 + i });
      const r = await cache.report(new Date(T0 + 10), 'UTC');
      expect(r.report.meters.find((m) => m.id === 'invites-week')?.used).toBe(i + 2);
    }
    expect(reads).toHaveBeenCalledTimes(1);
    // A minute later it reads again (a bound on any staleness).
    await cache.report(new Date(T0 + 61_000), 'UTC');
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('a send stored while the store is being read is never missing afterwards', async () => {
    const invites = (r: { report: { meters: { id: string; used: number }[] } }) =>
      r.report.meters.find((m) => m.id === 'invites-week')?.used;
    for (const stale of [false, true]) {
      const { db, cache } = fresh();
      await recordEvent(db, { key: 'first', account: A, kind: 'invite', at: T0 });
      // With a cache that has run out (a read replaces it) and with none at all.
      if (stale) await cache.report(new Date(T0 - 61_000), 'UTC');
      await Promise.all([
        cache.report(new Date(T0), 'UTC'),
        recordEvent(db, { key: 'raced', account: A, kind: 'invite', at: T0 }),
      ]);
      expect(invites(await cache.report(new Date(T0 + 10), 'UTC')), `stale: ${stale}`).toBe(2);
    }
  });

  it('drops the cache when a write aborts', async () => {
    const { db, cache } = fresh();
    await recordEvent(db, { key: 'first', account: A, kind: 'invite', at: T0 });
    await cache.report(new Date(T0), 'UTC');
    await expect(
      db.transaction('rw', db.events, async () => {
        await db.events.add({ key: 'phantom', account: A, kind: 'invite', at: T0 });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    // IndexedDB fires "abort" just after Dexie rejects (a refresh in between is covered by the
    // held-write path, which shows "?" until the write lands).
    await new Promise((resolve) => setTimeout(resolve, 10));
    const r = await cache.report(new Date(T0), 'UTC');
    expect(r.report.meters.find((m) => m.id === 'invites-week')?.used).toBe(1);
  });
});
