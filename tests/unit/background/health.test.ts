import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noteIdentity } from '../../../lib/background/accounts';
import { inviteCooldown, noteAcceptedInvites, storeConnectionCount } from '../../../lib/background/health';
import { storeSentInvitations } from '../../../lib/background/lists';
import { recordEvents } from '../../../lib/db/events-store';
import { loadHealth } from '../../../lib/db/health-store';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import { parseMessage } from '../../../lib/messages/parse';
import { reportExchangesSchema } from '../../../lib/messages/report-exchanges';
import { type FixtureCase, readFixture, toExchange } from '../linkedin/helpers';
import { type TestWorker, testWorker } from './test-worker';

const ME = 'urn:li:fsd_profile:ACoAAOwnerProfileId00000000000000000001';
const ANA = 'urn:li:fsd_profile:ACoAAAnaProfileId000000000000000001';
const BO = 'urn:li:fsd_profile:ACoAABoProfileId0000000000000000002';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-12-04T12:00:00Z');

describe('the worker keeps what health needs', () => {
  let db: PacerDb;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = openDb(`health-${Math.random()}`);
    await noteIdentity(db, ME, false, NOW - 90 * DAY);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores the connection count on the account, never creating one', async () => {
    expect(await storeConnectionCount(db, ME, 29_412, NOW)).toBe(true);
    expect((await db.accounts.get(ME))?.connections).toEqual({ count: 29_412, at: NOW });
    expect(await storeConnectionCount(db, ME, 29_412, NOW + 1)).toBe(false); // same count, new time
    expect((await db.accounts.get(ME))?.connections).toEqual({ count: 29_412, at: NOW + 1 });
    expect(await storeConnectionCount(db, BO, 10, NOW)).toBe(false);
    expect(await db.accounts.get(BO)).toBeUndefined();
  });

  it('an invite Pacer counted whose invitee is now a connection was accepted; an older connection was not', async () => {
    await recordEvents(db, [
      { key: 'invite:7001', account: ME, kind: 'invite', at: NOW - 40 * DAY, target: ANA },
      { key: 'invite:7002', account: ME, kind: 'invite', at: NOW - 40 * DAY, target: BO },
    ]);
    const n = await noteAcceptedInvites(
      db,
      ME,
      [
        { target: ANA, connectedAt: NOW - 35 * DAY },
        { target: BO, connectedAt: NOW - 400 * DAY },
      ],
      NOW,
    );
    expect(n).toBe(1);
    expect(await db.invitations.get('7001')).toMatchObject({
      status: 'accepted',
      invitee: ANA,
      sentAt: NOW - 40 * DAY,
    });
    expect(await db.invitations.get('7002')).toBeUndefined();
  });

  it('a withdrawal names its invitee through its invitation: a cooldown until 3 weeks after it', async () => {
    const at = NOW - (20 * DAY + 23 * HOUR);
    await recordEvents(db, [
      { key: 'invite:7001', account: ME, kind: 'invite', at: NOW - 30 * DAY, target: ANA },
      { key: 'invite-withdrawn:7001', account: ME, kind: 'invite-withdrawn', at },
      {
        key: 'invite-withdrawn:h:x',
        account: ME,
        kind: 'invite-withdrawn',
        at: NOW - DAY,
        target: 'bo-slug',
      },
    ]);
    expect(await inviteCooldown(db, ME, [ANA], NOW)).toEqual({ withdrawnAt: at, freeAt: at + 21 * DAY });
    expect(await inviteCooldown(db, ME, [ANA], at + 21 * DAY)).toBeNull();
    expect((await inviteCooldown(db, ME, ['bo-slug'], NOW))?.freeAt).toBe(NOW + 20 * DAY);
    expect(await inviteCooldown(db, ME, [BO], NOW)).toBeNull();
    expect(await inviteCooldown(db, undefined, [ANA], NOW)).toBeNull();
  });

  it('a withdrawal on the sent list knows the person by the slug the list named: a profile page warns', async () => {
    await storeSentInvitations(
      db,
      ME,
      [{ invitation: '7005', invitee: ANA, inviteeSlug: 'ana-b', sentAt: NOW - 25 * DAY }],
      NOW - HOUR,
      'UTC',
    );
    expect((await db.invitations.get('7005'))?.inviteeSlug).toBe('ana-b');
    await recordEvents(db, [
      { key: 'invite-withdrawn:7005', account: ME, kind: 'invite-withdrawn', at: NOW },
    ]);
    expect(await inviteCooldown(db, ME, ['ana-b'], NOW + DAY)).toEqual({
      withdrawnAt: NOW,
      freeAt: NOW + 21 * DAY,
    });
    expect(await inviteCooldown(db, ME, [ANA], NOW + DAY)).not.toBeNull();
  });

  it("loadHealth reads the account's invitations, count and thresholds", async () => {
    await db.invitations.bulkPut(
      Array.from({ length: 3 }, (_, i) => ({
        key: String(8000 + i),
        account: ME,
        invitee: `urn:li:fsd_profile:P${i}`,
        sentAt: NOW - (i + 22) * DAY,
        sentAtExact: true,
        status: 'pending' as const,
        seenAt: NOW - HOUR,
      })),
    );
    await storeConnectionCount(db, ME, 29_000, NOW - DAY);
    const h = await loadHealth(db, ME, new Date(NOW));
    expect(h.pending).toMatchObject({ count: 3, zone: 'ok', warn: 300, red: 500, seenAt: NOW - HOUR });
    expect(h.pending.stale.map((s) => s.key)).toEqual(['8002', '8001', '8000']);
    expect(h.cap).toMatchObject({ zone: 'warn', count: 29_000 });
    expect(h.acceptance).toMatchObject({ zone: 'unknown', reason: 'few', basis: 0 });
  });
});

describe('the worker reads the count and answers the invite dialog', () => {
  let w: TestWorker;
  const AFTER = Date.parse('2025-10-07T10:00:00Z');
  beforeEach(() => {
    fakeBrowser.reset();
    w = testWorker({ clock: () => AFTER, timeZone: () => 'UTC' });
  });
  afterEach(() => w.dispose());
  const batch = (items: unknown[]) => parseMessage('reportExchanges', reportExchangesSchema, items);
  const fixture = (file: string, name: string) => {
    const c = readFixture<{ cases: FixtureCase[] }>(file).cases.find((x) => x.name.includes(name));
    if (!c) throw new Error(`no case "${name}" in ${file}`);
    return toExchange(c.exchange);
  };

  it('a connectionsSummary answer keeps the count; near the cap the invite dialog hears of it', async () => {
    const identity = readFixture<{ cases: FixtureCase[] }>('identity.json').cases[0] as FixtureCase;
    await w.worker.reportExchanges(
      batch([toExchange(identity.exchange), fixture('connections.json', 'near the cap')]),
      3,
    );
    const [account] = await w.db.accounts.toArray();
    expect(account?.connections).toEqual({ count: 29_412, at: AFTER });
    const facts = (await w.worker.warningFacts(3)).facts;
    expect(facts.cap).toEqual({ count: 29_412, cap: 30_000, zone: 'warn' });
    expect(facts.cooldown).toBeNull();
  });
});
