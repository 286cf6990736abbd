import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccounts, noteIdentity } from '../../../lib/background/accounts';
import { createRecorder, type RecordObservations, toEvent } from '../../../lib/background/record';
import { createFaultStore } from '../../../lib/background/storage-fault';
import { createTabAccounts } from '../../../lib/background/tab-accounts';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import { UNKNOWN_ACCOUNT } from '../../../lib/linkedin/urns';
import { parseMessage } from '../../../lib/messages/parse';
import { reportExchangesSchema } from '../../../lib/messages/report-exchanges';
import { tabAccountKey } from '../../../lib/storage/keys';
import { type FixtureCase, readFixture, toExchange } from '../linkedin/helpers';
import { type TestWorker, testWorker } from './test-worker';

const ME = 'urn:li:fsd_profile:ACoAAMe';
const OTHER = 'urn:li:fsd_profile:ACoAAOther';
const T0 = Date.parse('2026-11-24T10:00:00Z');
let db: PacerDb;
/** A fresh recorder, as a fresh worker builds it. */
let recordObservations: RecordObservations;

beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`record-${Math.random()}`);
  const accounts = createAccounts(createTabAccounts(browser.storage.session));
  recordObservations = createRecorder(() => db, accounts, createFaultStore(browser.storage.local));
});
afterEach(async () => {
  await db.delete();
});

describe('toEvent', () => {
  it('keeps no text, only what the meters need', () => {
    expect(
      toEvent(
        { kind: 'invite', withNote: true, noteLength: 42, target: 'urn:li:fsd_profile:X', key: 'invite:1' },
        ME,
        T0,
      ),
    ).toEqual({
      key: 'invite:1',
      account: ME,
      kind: 'invite',
      at: T0,
      withNote: true,
      noteLength: 42,
      target: 'urn:li:fsd_profile:X',
    });
    expect(toEvent({ kind: 'identity', account: ME, key: 'identity:x' }, ME, T0)).toBeNull();
  });

  it('gives refusals and profile views a key per time bucket, so a later one still counts', () => {
    const refusal = {
      kind: 'limit-reached' as const,
      action: 'invite' as const,
      code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED',
      key: 'limit:abc',
    };
    const a = toEvent(refusal, ME, T0);
    const b = toEvent(refusal, ME, T0 + 60_000);
    const c = toEvent(refusal, ME, T0 + 24 * 3_600_000);
    expect(a?.key).toBe(b?.key);
    expect(a?.key).not.toBe(c?.key);
    expect(toEvent(refusal, OTHER, T0)?.key).not.toBe(a?.key);
  });
});

describe('recording observations', () => {
  it('attributes events to the tab’s account and never mixes two accounts', async () => {
    await recordObservations([{ kind: 'identity', account: ME, key: 'identity:me' }], 1, T0);
    await recordObservations([{ kind: 'identity', account: OTHER, key: 'identity:other' }], 2, T0);
    await recordObservations([{ kind: 'message', key: 'message:a' }], 1, T0 + 1);
    await recordObservations([{ kind: 'message', key: 'message:b' }], 2, T0 + 2);
    expect((await db.events.get('message:a'))?.account).toBe(ME);
    expect((await db.events.get('message:b'))?.account).toBe(OTHER);
  });

  it('maps two tabs learning their accounts at the same moment, both', async () => {
    await Promise.all([
      recordObservations([{ kind: 'identity', account: ME, key: 'identity:me' }], 11, T0),
      recordObservations([{ kind: 'identity', account: OTHER, key: 'identity:other' }], 12, T0),
    ]);
    await recordObservations([{ kind: 'message', key: 'message:t11' }], 11, T0 + 1);
    await recordObservations([{ kind: 'message', key: 'message:t12' }], 12, T0 + 1);
    expect((await db.events.get('message:t11'))?.account).toBe(ME);
    expect((await db.events.get('message:t12'))?.account).toBe(OTHER);
  });

  it('keeps what came before any identity and hands it to the account once known', async () => {
    await recordObservations([{ kind: 'invite', withNote: false, key: 'invite:early' }], 5, T0);
    expect((await db.events.get('invite:early'))?.account).toBe(UNKNOWN_ACCOUNT);
    await noteIdentity(db, ME, false, T0 + 10, 'pat-pacer');
    expect((await db.events.get('invite:early'))?.account).toBe(ME);
    expect(await db.accounts.get(UNKNOWN_ACCOUNT)).toBeUndefined();
    expect(await db.accounts.get(ME)).toMatchObject({ slug: 'pat-pacer', premium: false });
  });

  it('never counts a send twice when the clock jumps between two reports of it', async () => {
    const obs = [{ kind: 'message' as const, key: 'message:2-abc' }];
    await recordObservations(obs, 1, T0);
    const again = await recordObservations(obs, 1, T0 - 3 * 3_600_000);
    expect(again).toEqual({ stored: 0, duplicates: 1 });
    expect(await db.events.count()).toBe(1);
  });

  it('stores the same observation once, counting duplicates', async () => {
    const obs = [{ kind: 'invite' as const, withNote: false, key: 'invite:dup' }];
    const first = await recordObservations(obs, 1, T0);
    const second = await recordObservations(obs, 3, T0 + 5);
    expect(first).toEqual({ stored: 1, duplicates: 0 });
    expect(second).toEqual({ stored: 0, duplicates: 1 });
  });
});

describe('the same identity again', () => {
  it('is not written again within a minute, unless something about it changed', async () => {
    const me = (premium: boolean) => [
      { kind: 'identity' as const, account: ME, premium, key: 'identity:me' },
    ];
    await recordObservations(me(false), 1, T0);
    const writes = vi.spyOn(db.accounts, 'update');
    await recordObservations(me(false), 1, T0 + 30_000);
    expect(writes).not.toHaveBeenCalled();
    await recordObservations(me(true), 1, T0 + 31_000); // now Premium: noted at once
    expect(await db.accounts.get(ME)).toMatchObject({ premium: true, lastSeenAt: T0 + 31_000 });
    await recordObservations(me(true), 1, T0 + 92_000); // a minute on: noted again
    expect(await db.accounts.get(ME)).toMatchObject({ lastSeenAt: T0 + 92_000 });
    expect(writes).toHaveBeenCalledTimes(2);
  });

  it('is noted again once events were stored without an account, and adopts them', async () => {
    await recordObservations([{ kind: 'identity', account: ME, key: 'identity:me' }], 1, T0);
    // Another tab, whose account is unknown, sends.
    await recordObservations([{ kind: 'message', key: 'message:orphan' }], 2, T0 + 1000);
    await db.accounts.clear(); // no account seen most recently: the event waits as an orphan
    await db.events.update('message:orphan', { account: UNKNOWN_ACCOUNT });
    await recordObservations([{ kind: 'message', key: 'message:orphan2' }], 3, T0 + 2000);
    expect((await db.events.get('message:orphan2'))?.account).toBe(UNKNOWN_ACCOUNT);
    await recordObservations([{ kind: 'identity', account: ME, key: 'identity:me' }], 1, T0 + 3000);
    expect((await db.events.get('message:orphan'))?.account).toBe(ME);
    expect((await db.events.get('message:orphan2'))?.account).toBe(ME);
  });
});

describe('the worker', () => {
  let now = T0;
  let w: TestWorker;
  beforeEach(() => {
    now = T0;
    w = testWorker({ clock: () => now, timeZone: () => 'UTC' });
  });
  afterEach(() => w.dispose());

  const cases = (file: string) => readFixture<{ cases: FixtureCase[] }>(file).cases;
  const [me] = cases('identity.json');
  const [plain, noted] = cases('invite-voyager.json');
  /** A tab's batch as the worker gets it: checked against the message's schema first. */
  const batch = (items: unknown[]) => parseMessage('reportExchanges', reportExchangesSchema, items);

  it('classifies a batch in order, records it in one go, skips what does not check out, and counts each send once', async () => {
    if (!me || !plain || !noted) throw new Error('fixtures missing');
    const [identity, invite, withNote] = [me, plain, noted].map((c) => toExchange(c.exchange));
    const garbage = { ...invite, url: 'https://evil.example/voyager/api/x' };
    const result = await w.worker.reportExchanges(
      batch([identity, invite, garbage, withNote, invite, 42]),
      7,
    );
    expect(result).toEqual({ stored: 2, duplicates: 1, invalid: 2 });
    const owner = (me.expect as { account: string }[])[0]?.account;
    const events = await w.db.events.toArray();
    expect(events.map((e) => [e.kind, e.withNote, e.account, e.at])).toEqual([
      ['invite', false, owner, T0],
      ['invite', true, owner, T0],
    ]);
    // The same send reported again in a later batch (a retry) is a duplicate.
    now = T0 + 1000;
    expect(await w.worker.reportExchanges(batch([withNote]), 7)).toEqual({ stored: 0, duplicates: 1 });
    now = T0 + 2000;
    expect(await w.worker.reportExchanges(batch([]), 7)).toEqual({ stored: 0, duplicates: 0 });
  });

  it('counts profile pages opened, not other pages, and not the member’s own profile', async () => {
    await noteIdentity(w.db, ME, false, T0, 'pat-pacer');
    await browser.storage.session.set({ [tabAccountKey(1)]: ME });
    const open = (url: string) => w.worker.reportNavigation({ url }, 1);
    expect(await open('https://www.linkedin.com/feed/')).toBe(false);
    expect(await open('https://www.linkedin.com/in/pat-pacer/')).toBe(false);
    expect(await open('https://www.linkedin.com/in/Jane-Doe/?miniProfileUrn=x')).toBe(true);
    now = T0 + 60_000;
    expect(await open('https://www.linkedin.com/in/jane-doe/details/experience/')).toBe(false);
    expect(await open('https://www.linkedin.com/in/john-roe/')).toBe(true);
    now = T0 + 31 * 60_000;
    expect(await open('https://www.linkedin.com/in/jane-doe/')).toBe(true);
    const views = await w.db.events.toArray();
    expect(views.map((e) => [e.kind, e.account, e.target])).toEqual(
      expect.arrayContaining([
        ['profile-view', ME, 'jane-doe'],
        ['profile-view', ME, 'john-roe'],
      ]),
    );
    expect(views).toHaveLength(3);
  });

  it('reads no store for a location that is no profile', async () => {
    const reads = vi.spyOn(w.db.accounts, 'get');
    expect(await w.worker.reportNavigation({ url: 'https://www.linkedin.com/feed/' }, 1)).toBe(false);
    expect(reads).not.toHaveBeenCalled();
  });
});
