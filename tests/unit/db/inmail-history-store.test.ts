import { afterEach, describe, expect, it } from 'vitest';
import { noteIdentity } from '../../../lib/background/accounts';
import { withEventAccounts } from '../../../lib/backup/backup';
import { eventsForBudgets, pruneEvents, recordEvent } from '../../../lib/db/events-store';
import { SETTLED_LAG_MS } from '../../../lib/db/inmail-history-store';
import { loadAccountReport } from '../../../lib/db/load-report';
import { replaceAll } from '../../../lib/db/replace-all';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import { loadSettings, saveSettings } from '../../../lib/db/settings-store';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { computeBudgets } from '../../../lib/domain/budgets';
import { defaultSettings } from '../../../lib/domain/settings';
import { UNKNOWN_ACCOUNT } from '../../../lib/linkedin/urns';

const A = 'urn:li:fsd_profile:ACoAAAlice';
const DAY = 86_400_000;
// Tuesday 2026-11-24 10:00 UTC; Berlin left summer time on 25 October, inside the history.
const NOW = Date.parse('2026-11-24T10:00:00Z');
const ZONE = 'Europe/Berlin';
let n = 0;
const dbs: PacerDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** 200 days of InMails (every other day), every third one answered two days later, some invites. */
function history(): ActivityEvent[] {
  const out: ActivityEvent[] = [];
  for (let d = 200; d >= 0; d -= 2) {
    const at = NOW - d * DAY + 3_600_000;
    out.push({ key: `s${d}`, account: A, kind: 'inmail', at, conversation: `c${d}` });
    if (d % 3 === 0)
      out.push({
        key: `r${d}`,
        account: A,
        kind: 'inmail-response',
        at: at + 2 * DAY,
        conversation: `c${d}`,
      });
    out.push({ key: `i${d}`, account: A, kind: 'invite', at, withNote: d % 4 === 0 });
  }
  return out.filter((e) => e.at <= NOW);
}

async function seeded(): Promise<PacerDb> {
  const db = openDb(`history-${++n}-${Math.random()}`);
  dbs.push(db);
  await saveSettings(db, {
    ...defaultSettings(new Date(NOW - 250 * DAY)),
    plan: 'sales-navigator-core',
    overrides: { 'inmails-balance': 4 },
  });
  for (const e of history()) await recordEvent(db, e);
  return db;
}

/** The report from every stored event (no history, no ranges): what the store must agree with. */
async function fullReport(db: PacerDb, now: number) {
  const settings = await loadSettings(db, new Date(now));
  const events = (await db.events.toArray()).filter((e) => e.account === A);
  return computeBudgets({ settings, events, now: new Date(now), timeZone: ZONE });
}
const stored = async (db: PacerDb, now: number) =>
  (await loadAccountReport(db, new Date(now), ZONE, A)).report;
const inmailsRead = async (db: PacerDb, now: number) => {
  const r = await eventsForBudgets(db, A, await loadSettings(db, new Date(now)), new Date(now), ZONE);
  return { read: r.events.filter((e) => e.kind.startsWith('inmail')).length, history: r.inmailHistory };
};

describe('settled InMail history in the store', () => {
  it('is built by housekeeping; the meters then read a day of InMails and still agree with every event', async () => {
    const db = await seeded();
    expect((await inmailsRead(db, NOW)).history).toBeNull();
    const before = await stored(db, NOW);
    await pruneEvents(db, NOW - 400 * DAY, NOW);
    const after = await inmailsRead(db, NOW);
    expect(after.history?.until).toBe(NOW - SETTLED_LAG_MS);
    expect(after.read).toBeLessThanOrEqual(2);
    expect(await stored(db, NOW)).toEqual(before);
    expect(before).toEqual(await fullReport(db, NOW));
    // Days later (more refills, refund windows closing), with no new housekeeping yet.
    for (const later of [NOW + 3 * DAY, NOW + 40 * DAY])
      expect(await stored(db, later)).toEqual(await fullReport(db, later));
  });

  it('is dropped when an InMail event is written inside it (the clock moved back), kept otherwise', async () => {
    const db = await seeded();
    await pruneEvents(db, 0, NOW);
    await recordEvent(db, {
      key: 'new',
      account: A,
      kind: 'inmail',
      at: NOW - 3_600_000,
      conversation: 'cn',
    });
    expect((await inmailsRead(db, NOW)).history).not.toBeNull();
    await recordEvent(db, {
      key: 'late',
      account: A,
      kind: 'inmail-response',
      at: NOW - 97 * DAY,
      conversation: 'c98',
    });
    expect((await inmailsRead(db, NOW)).history).toBeNull();
    expect(await stored(db, NOW)).toEqual(await fullReport(db, NOW));
  });

  it('is not used when it ends after now (the clock moved back)', async () => {
    const db = await seeded();
    await pruneEvents(db, 0, NOW);
    const earlier = NOW - 2 * DAY;
    expect((await inmailsRead(db, earlier)).history).toBeNull();
    expect(await stored(db, earlier)).toEqual(await fullReport(db, earlier));
  });

  it('is rebuilt from what is left when pruning deletes old InMails', async () => {
    const db = await seeded();
    await pruneEvents(db, 0, NOW);
    expect(await pruneEvents(db, NOW - 150 * DAY, NOW)).toBeGreaterThan(0);
    expect((await inmailsRead(db, NOW)).history?.sends.every((s) => s.at >= NOW - 150 * DAY)).toBe(true);
    expect(await stored(db, NOW)).toEqual(await fullReport(db, NOW));
  });

  it('is dropped by an import and by the adoption of earlier events', async () => {
    const db = await seeded();
    await pruneEvents(db, 0, NOW);
    const events = history().slice(0, 10);
    await replaceAll(db, {
      settings: await loadSettings(db, new Date(NOW)),
      accountSettings: [],
      removed: [],
      invitations: [],
      accounts: withEventAccounts([], events),
      events,
    });
    expect(await db.inmailHistory.count()).toBe(0);
    expect(await stored(db, NOW)).toEqual(await fullReport(db, NOW));

    await pruneEvents(db, 0, NOW);
    await recordEvent(db, { key: 'orphan', account: UNKNOWN_ACCOUNT, kind: 'inmail', at: NOW - 190 * DAY });
    await pruneEvents(db, 0, NOW);
    expect(await db.inmailHistory.get(A)).toBeDefined();
    await noteIdentity(db, A, true, NOW);
    expect(await db.inmailHistory.count()).toBe(0);
    expect(await stored(db, NOW)).toEqual(await fullReport(db, NOW));
  });
});
