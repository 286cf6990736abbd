import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noteIdentity } from '../../../lib/background/accounts';
import { calibrateInmail, storeConnections, storeSentInvitations } from '../../../lib/background/lists';
import { recordEvents } from '../../../lib/db/events-store';
import { loadAccountReport } from '../../../lib/db/load-report';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import { loadSettings, saveSettings } from '../../../lib/db/settings-store';
import type { SentInvitation } from '../../../lib/domain/reconcile';
import { parseMessage } from '../../../lib/messages/parse';
import { reportExchangesSchema } from '../../../lib/messages/report-exchanges';
import { type FixtureCase, readFixture, toExchange } from '../linkedin/helpers';
import { type TestWorker, testWorker } from './test-worker';

const ME = 'urn:li:fsd_profile:ACoAAOwnerProfileId00000000000000000001';
const ANA = 'urn:li:fsd_profile:ACoAAAnaProfileId000000000000000001';
const BO = 'urn:li:fsd_profile:ACoAABoProfileId0000000000000000002';
const DAY = 86_400_000;
/** Wednesday 2026-11-25 10:00 UTC. */
const NOW = Date.parse('2026-11-25T10:00:00Z');

describe('storing LinkedIn lists', () => {
  let db: PacerDb;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = openDb(`lists-${Math.random()}`);
    await noteIdentity(db, ME, true, NOW - 30 * DAY);
  });
  afterEach(async () => {
    await db.delete();
  });

  const list: SentInvitation[] = [
    { invitation: '7001', invitee: ANA, sentAt: NOW - 2 * DAY, withNote: true },
    { invitation: '7002', invitee: BO, sentAt: null, age: { n: 1, unit: 'day' } },
  ];

  it('a listed send the user had added by hand replaces that stand-in, never counting beside it', async () => {
    // The welcome page's "already this week": two invites added by hand, dated Monday's end.
    const monday = Date.parse('2026-11-23T23:59:59.999Z');
    await recordEvents(db, [
      { key: 'manual:a', account: ME, kind: 'invite', at: monday, source: 'manual' },
      { key: 'manual:b', account: ME, kind: 'invite', at: monday, source: 'manual' },
      // Older than a week before any listed send: not a stand-in for them.
      { key: 'manual:old', account: ME, kind: 'invite', at: NOW - 20 * DAY, source: 'manual' },
    ]);
    const r = await storeSentInvitations(db, ME, list, NOW, 'UTC');
    expect(r.stored).toBe(2);
    const keys = (
      await db.events.where('[account+kind+at]').between([ME, 'invite', 0], [ME, 'invite', NOW]).toArray()
    )
      .map((e) => e.key)
      .sort();
    expect(keys).toEqual(['linkedin:7001', 'linkedin:7002', 'manual:old']);
    // The list again: nothing more replaced, nothing added.
    expect((await storeSentInvitations(db, ME, list, NOW + 1000, 'UTC')).stored).toBe(0);
    expect(await db.events.count()).toBe(3);
  });

  it('stores invites sent elsewhere once, skips one Pacer observed, and keeps every pending invitation', async () => {
    await recordEvents(db, [
      {
        key: 'invite:7001',
        account: ME,
        kind: 'invite',
        at: NOW - 2 * DAY + 900,
        withNote: true,
        target: ANA,
      },
    ]);
    const first = await storeSentInvitations(db, ME, list, NOW, 'UTC');
    expect(first.stored).toBe(1);
    const events = await db.events.orderBy('key').toArray();
    expect(events.map((e) => [e.key, e.source, e.at, e.target])).toEqual([
      ['invite:7001', undefined, NOW - 2 * DAY + 900, ANA],
      ['linkedin:7002', 'linkedin', Date.parse('2026-11-24T23:59:59.999Z'), BO],
    ]);
    const pending = await db.invitations.orderBy('key').toArray();
    expect(pending.map((p) => [p.key, p.account, p.status, p.sentAtExact, p.invitee, p.withNote])).toEqual([
      ['7001', ME, 'pending', true, ANA, true],
      ['7002', ME, 'pending', false, BO, undefined],
    ]);
    // The list opened again: nothing new.
    expect((await storeSentInvitations(db, ME, list, NOW + 60_000, 'UTC')).stored).toBe(0);
    expect(await db.events.count()).toBe(2);
  });

  it('an invite the user removed stays removed when the list shows it again', async () => {
    await storeSentInvitations(db, ME, list, NOW, 'UTC');
    await db.transaction('rw', db.events, db.removed, async () => {
      await db.events.delete('linkedin:7002');
      await db.removed.put({ key: 'linkedin:7002', account: ME, removedAt: NOW + 1000 });
    });
    expect((await storeSentInvitations(db, ME, list, NOW + 2000, 'UTC')).stored).toBe(0);
    expect(await db.events.get('linkedin:7002')).toBeUndefined();
  });

  it('dates relative times in the zone it is given', async () => {
    await storeSentInvitations(db, ME, [list[1] as SentInvitation], NOW, 'Asia/Tokyo');
    // "Sent yesterday" seen at 19:00 in Tokyo: the 24th ends at 15:00 UTC.
    expect((await db.events.get('linkedin:7002'))?.at).toBe(Date.parse('2026-11-24T15:00:00Z') - 1);
  });

  it('the invites counted from the list show on the week meter', async () => {
    await storeSentInvitations(db, ME, list, NOW, 'UTC');
    const { report } = await loadAccountReport(db, new Date(NOW), 'UTC', ME);
    const week = report.meters.find((m) => m.kind === 'invites' && m.window === 'week');
    expect(week?.used).toBe(2);
  });

  it('a pending invitation to someone among the connections was accepted', async () => {
    await storeSentInvitations(db, ME, list, NOW, 'UTC');
    expect(
      await storeConnections(db, ME, [{ target: BO, connectedAt: NOW - 1000 }, { target: ME }], NOW),
    ).toBe(1);
    expect((await db.invitations.get('7002'))?.status).toBe('accepted');
    expect((await db.invitations.get('7001'))?.status).toBe('pending');
  });

  it('a shown InMail credit count calibrates the account’s ledger, once', async () => {
    const settings = await loadSettings(db, new Date(NOW), ME);
    await saveSettings(db, { ...settings, plan: 'sales-navigator-core' }, ME);
    expect(await calibrateInmail(db, ME, 37, NOW, 'UTC')).toBe(true);
    const after = await loadSettings(db, new Date(NOW), ME);
    expect(after.inmail.calibration).toEqual({ balance: 37, at: NOW });
    const { report } = await loadAccountReport(db, new Date(NOW + 1000), 'UTC', ME);
    expect(report.inmail?.available).toBe(37);
    // The same count again: the ledger agrees, nothing is written.
    expect(await calibrateInmail(db, ME, 37, NOW + 5000, 'UTC')).toBe(false);
    expect((await loadSettings(db, new Date(NOW), ME)).inmail.calibration?.at).toBe(NOW);
  });
});

describe('the worker reads the lists the page loads', () => {
  let w: TestWorker;
  /** A few days after the fixtures' send times (older ones are past the 13 months kept). */
  const AFTER = Date.parse('2025-10-07T10:00:00Z');
  let now = AFTER;
  beforeEach(() => {
    fakeBrowser.reset();
    now = AFTER;
    w = testWorker({ clock: () => now, timeZone: () => 'UTC' });
  });
  afterEach(() => w.dispose());

  const batch = (items: unknown[]) => parseMessage('reportExchanges', reportExchangesSchema, items);
  const first = (file: string) => readFixture<{ cases: FixtureCase[] }>(file).cases[0] as FixtureCase;

  it('a sent-invitations answer becomes invites of the tab’s account, source linkedin', async () => {
    const exchanges = [first('identity.json'), first('sent-invitations.json')].map((c) =>
      toExchange(c.exchange),
    );
    await w.worker.reportExchanges(batch(exchanges), 3);
    const events = await w.db.events.orderBy('at').toArray();
    expect(events.map((e) => [e.key, e.account, e.source, e.withNote])).toEqual([
      ['linkedin:7380000000000000002', ME, 'linkedin', false],
      ['linkedin:7380000000000000001', ME, 'linkedin', true],
    ]);
    expect(await w.db.invitations.count()).toBe(2);
  });

  it('a credits answer calibrates the tab account’s InMail ledger', async () => {
    const exchanges = [first('identity.json'), first('inmail-credits.json')].map((c) =>
      toExchange(c.exchange),
    );
    await w.worker.reportExchanges(batch(exchanges), 3);
    expect((await loadSettings(w.db, new Date(now), ME)).inmail.calibration).toEqual({
      balance: 37,
      at: AFTER,
    });
  });

  it('a list seen before any account is known is not filed under nobody', async () => {
    const exchanges = [first('sent-invitations.json'), first('inmail-credits.json')].map((c) =>
      toExchange(c.exchange),
    );
    await w.worker.reportExchanges(batch(exchanges), 3);
    expect(await w.db.events.count()).toBe(0);
    expect(await w.db.invitations.count()).toBe(0);
    expect(await w.db.accountSettings.count()).toBe(0);
  });
});
