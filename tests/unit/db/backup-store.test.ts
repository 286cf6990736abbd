import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBackup, parseBackup, serializeBackup } from '../../../lib/backup/backup';
import { exportBackup, importBackup, readAll } from '../../../lib/db/backup-store';
import { recordEvent } from '../../../lib/db/events-store';
import { loadAccountReport } from '../../../lib/db/load-report';
import { replaceAll, storeBackup } from '../../../lib/db/replace-all';

import { openDb, type PacerDb, V1_STORES } from '../../../lib/db/schema';
import { saveSettings } from '../../../lib/db/settings-store';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { defaultSettings } from '../../../lib/domain/settings';
import { parseImportData } from '../../../lib/messages/import-data';
import { A, ACCOUNTS, B, CONTENTS, EVENTS, NOW, SETTINGS, T0 } from '../backup/sample';

/** The worker's check and write, called directly (the options page sends the data to the worker). */
const into = (db: PacerDb) => async (data: unknown) => {
  const checked = parseImportData(data);
  return checked.ok ? storeBackup(db, checked.data) : checked;
};

const FIXTURE = readFileSync(new URL('../../fixtures/backup/v1-export.json', import.meta.url), 'utf8');

let n = 0;
const dbs: PacerDb[] = [];
function freshDb(): PacerDb {
  const db = openDb(`backup-${++n}-${Math.random()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A database holding what a user had before an import: one account, one event, a plan. */
async function oldData(): Promise<PacerDb> {
  const db = freshDb();
  await saveSettings(db, { ...defaultSettings(new Date(T0 - 5 * 86_400_000)), plan: 'recruiter' });
  await recordEvent(db, { key: 'old-invite', account: B, kind: 'invite', at: T0 - 1000 });
  return db;
}
const snapshot = (db: PacerDb) => readAll(db, NOW);

describe('readAll / replaceAll', () => {
  it('replaces everything: settings (plan and when it was chosen), accounts and events', async () => {
    const db = await oldData();
    await replaceAll(db, CONTENTS);
    const after = await snapshot(db);
    expect(after.settings).toEqual(SETTINGS);
    expect(after.settings.planChosenAt).toBe(SETTINGS.planChosenAt);
    expect(after.accounts).toEqual([...ACCOUNTS].sort((x, y) => x.account.localeCompare(y.account)));
    expect(after.events.map((e) => e.key).sort()).toEqual(EVENTS.map((e) => e.key).sort());
    expect(after.events.find((e) => e.key === 'old-invite')).toBeUndefined();
  });

  it('is atomic: a record that fails mid-way (a key twice) leaves the old data', async () => {
    const db = await oldData();
    const before = await snapshot(db);
    const twice = [...EVENTS, { ...(EVENTS[3] as ActivityEvent), at: T0 + 99 }];
    await expect(replaceAll(db, { ...CONTENTS, events: twice })).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it.each([
    ['events', 'bulkAdd'],
    ['accounts', 'bulkAdd'],
    ['settings', 'add'],
  ] as const)(
    'is atomic: when writing %s fails after the tables were cleared, nothing changes',
    async (table, method) => {
      const db = await oldData();
      const before = await snapshot(db);
      vi.spyOn(db[table], method as 'add').mockRejectedValue(new Error('QuotaExceededError: disk full'));
      await expect(replaceAll(db, CONTENTS)).rejects.toThrow(/disk full/);
      vi.restoreAllMocks();
      expect(await snapshot(db)).toEqual(before);
      expect(await db.events.count()).toBe(1);
    },
  );

  it('imports an account an event names but the file lacks (derived from its events)', async () => {
    const db = freshDb();
    const file = serializeBackup(buildBackup({ ...CONTENTS, accounts: [] }, NOW));
    expect((await importBackup(file, into(db))).ok).toBe(true);
    expect(await db.accounts.get(A)).toEqual({ account: A, firstSeenAt: T0, lastSeenAt: T0 + 9000 });
    expect(await db.accounts.get(B)).toEqual({ account: B, firstSeenAt: T0, lastSeenAt: T0 + 200 });
  });

  it('reads the defaults when no settings were ever stored', async () => {
    expect((await snapshot(freshDb())).settings).toEqual(defaultSettings(NOW));
  });
});

describe('export and import', () => {
  it('round-trips into a fresh database: the same settings, accounts, events and meters', async () => {
    const from = freshDb();
    await replaceAll(from, CONTENTS);
    const exported = await exportBackup(from, NOW);
    if (!exported.ok) throw new Error(exported.error);
    expect(exported.counts).toEqual({ events: EVENTS.length, accounts: 2 });

    const to = freshDb();
    const imported = await importBackup(exported.json, into(to));
    expect(imported).toEqual({
      ok: true,
      counts: { events: EVENTS.length, accounts: 2 },
      exportedAt: NOW.toISOString(),
      plan: 'premium-career',
    });
    expect(await snapshot(to)).toEqual(await snapshot(from));
    const report = async (db: PacerDb) => (await loadAccountReport(db, NOW, 'UTC')).report;
    expect(await report(to)).toEqual(await report(from));
  });

  it('importing the same file twice counts nothing twice', async () => {
    const from = freshDb();
    await replaceAll(from, CONTENTS);
    const exported = await exportBackup(from, NOW);
    if (!exported.ok) throw new Error(exported.error);
    const to = freshDb();
    await importBackup(exported.json, into(to));
    await importBackup(exported.json, into(to));
    expect(await to.events.count()).toBe(EVENTS.length);
  });

  it('refuses a bad file whole and changes nothing', async () => {
    const db = await oldData();
    const before = await snapshot(db);
    const file = JSON.parse(FIXTURE);
    file.events[4].at = 1.5;
    expect(await importBackup(JSON.stringify(file), into(db))).toEqual({
      ok: false,
      error: 'Event 5: at must be a whole number',
    });
    expect(await importBackup('{"hello":"world"}', into(db))).toMatchObject({
      ok: false,
      error: /^Not a Pacer backup/,
    });
    expect(await importBackup(42, into(db))).toMatchObject({ ok: false, error: /^Not a Pacer backup/ });
    expect(await snapshot(db)).toEqual(before);
  });

  it('reports a write that failed as an error, with nothing changed', async () => {
    const db = await oldData();
    const before = await snapshot(db);
    vi.spyOn(db.accounts, 'bulkAdd').mockRejectedValue(new Error('disk full'));
    const r = await importBackup(FIXTURE, into(db));
    expect(r).toMatchObject({
      ok: false,
      error: /^The backup could not be saved, nothing was changed \(.*disk full/,
    });
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('old data', () => {
  const fixture = () => {
    const r = parseBackup(FIXTURE);
    if (!r.ok) throw new Error(r.error);
    return r.data;
  };

  it('imports a real version 1 export (tests/fixtures/backup/v1-export.json) with its meters', async () => {
    const data = fixture();
    const db = freshDb();
    expect(await importBackup(FIXTURE, into(db))).toMatchObject({
      ok: true,
      counts: { events: 6, accounts: 1 },
    });
    const { report, settings } = await loadAccountReport(db, new Date(data.exportedAt), 'UTC');
    expect(settings.plan).toBe('premium-career');
    expect(settings.planChosenAt).toBe(data.settings.planChosenAt);
    const meter = (id: string) => report.meters.find((m) => m.id === id);
    expect(meter('invites-week')).toMatchObject({ used: 2 });
    expect(meter('invite-notes-month')).toMatchObject({ used: 1 });
    expect(meter('messages-day')).toMatchObject({ used: 1 });
    expect(meter('profile-views-day')).toMatchObject({ used: 2 });
    expect(meter('inmails-balance')).toMatchObject({ used: 1, limit: 5, remaining: 4 });
  });

  it('exports the same data after the events went through a version 1 → 2 database upgrade', async () => {
    const data = fixture();
    const name = `backup-upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    await v1.table('events').bulkAdd(data.events);
    await v1.table('settings').put({ id: 'settings', value: data.settings });
    v1.close();

    const db = openDb(name);
    dbs.push(db);
    const exported = await exportBackup(db, new Date(data.exportedAt));
    if (!exported.ok) throw new Error(exported.error);
    const again = parseBackup(exported.json);
    if (!again.ok) throw new Error(again.error);
    expect(again.data.settings).toEqual(data.settings);
    expect(again.data.events).toEqual(data.events);
    // The upgrade derives accounts from events: the same account, seen over the same span.
    expect(again.data.accounts.map((a) => a.account)).toEqual(data.accounts.map((a) => a.account));
    const first = Math.min(...data.events.map((e) => e.at));
    expect(again.data.accounts[0]).toMatchObject({ firstSeenAt: first });
  });
});
