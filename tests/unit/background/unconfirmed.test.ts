// Unconfirmed sends at the worker, on fixed clocks: a Send click that no classified send or refusal
// of its kind followed is counted once (retries, restarts), never when LinkedIn answered, and a real
// send arriving late replaces it instead of counting twice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noteIdentity } from '../../../lib/background/accounts';
import { LATE_SEND_MS, MAX_CHECK_AGE_MS } from '../../../lib/background/unconfirmed-rules';
import { createWorker } from '../../../lib/background/worker';
import { recordEvents } from '../../../lib/db/events-store';
import { openDb } from '../../../lib/db/schema';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { confirmSendSchema } from '../../../lib/messages/confirm-send';
import { parseMessage } from '../../../lib/messages/parse';
import { reportExchangesSchema } from '../../../lib/messages/report-exchanges';
import { CONFIRM_WAIT_MS, type SendCheck } from '../../../lib/messages/send-check';
import { tabAccountKey } from '../../../lib/storage/keys';
import { readUnconfirmed } from '../../../lib/storage/unconfirmed-sends';
import { type FixtureCase, readFixture, toExchange } from '../linkedin/helpers';
import { type TestWorker, testWorker } from './test-worker';

const ME = 'urn:li:fsd_profile:ACoAAMe';
const OTHER = 'urn:li:fsd_profile:ACoAAOther';
const T0 = Date.parse('2026-11-24T10:00:00Z');
const TAB = 3;
const MOVED = '/voyager/api/voyagerRelationshipsDashInvitationsV9';

let now: number;
let w: TestWorker;

beforeEach(async () => {
  fakeBrowser.reset();
  now = T0;
  w = testWorker({ clock: () => now, timeZone: () => 'UTC' });
  await w.worker.warningFacts(undefined); // opens the connection
  await noteIdentity(w.db, ME, false, T0 - 60_000);
  await browser.storage.session.set({ [tabAccountKey(TAB)]: ME });
});
afterEach(() => w.dispose());

const click = (over: Partial<SendCheck> = {}): SendCheck => ({
  kind: 'invite',
  withNote: false,
  clickAt: T0,
  requests: [{ path: MOVED, status: 201, ms: 350 }],
  ...over,
});

/** The check as the content script sends it, CONFIRM_WAIT_MS after the click. */
const check = (c: SendCheck = click(), tab = TAB) => {
  now = c.clickAt + CONFIRM_WAIT_MS;
  return w.worker.confirmSend(parseMessage('confirmSend', confirmSendSchema, c), tab);
};

const stored = (e: Partial<ActivityEvent> & Pick<ActivityEvent, 'key' | 'kind' | 'at'>) =>
  recordEvents(w.db, [{ account: ME, ...e }]);

const events = async () => (await w.db.events.toArray()).sort((a, b) => a.at - b.at);
const counted = async (kind: string) => (await events()).filter((e) => e.kind === kind).length;

describe('a Send click some seconds later', () => {
  it('is confirmed by a send of its kind stored after the click, and nothing more is counted', async () => {
    await stored({ key: 'invite:1', kind: 'invite', at: T0 + 900 });
    expect(await check()).toBe('confirmed');
    expect(await counted('invite')).toBe(1);
    expect((await readUnconfirmed()).sends).toEqual([]);
  });

  it('is confirmed by LinkedIn’s refusal of that kind', async () => {
    await stored({ key: 'limit:1', kind: 'limit-reached', at: T0 + 500, action: 'invite', code: 'X' });
    expect(await check()).toBe('confirmed');
    expect(await counted('invite')).toBe(0);
  });

  it('counts an unconfirmed send of the composer’s kind, dated at the click, with its diagnostics', async () => {
    expect(await check(click({ withNote: true }))).toBe('unconfirmed');
    const [e] = await events();
    expect(e).toMatchObject({
      kind: 'invite',
      withNote: true,
      account: ME,
      at: T0,
      unconfirmed: true,
    });
    expect((await readUnconfirmed()).sends).toEqual([
      {
        key: e?.key,
        account: ME,
        kind: 'invite',
        withNote: true,
        clickAt: T0,
        requests: [{ path: MOVED, status: 201, ms: 350 }],
      },
    ]);
  });

  it('counts once however often the same click is checked again (a retry, a worker restart)', async () => {
    expect(await check()).toBe('unconfirmed');
    expect(await check()).toBe('unconfirmed');
    // A fresh worker (restarted): same store, same storage, nothing in memory.
    const restarted = createWorker({
      openDb: () => openDb(w.db.name),
      storage: { local: browser.storage.local, session: browser.storage.session },
      action: browser.action,
      alarms: browser.alarms,
      clock: () => now,
      timeZone: () => 'UTC',
    });
    expect(await restarted.confirmSend(click(), TAB)).toBe('unconfirmed');
    expect(await counted('invite')).toBe(1);
    expect((await readUnconfirmed()).sends).toHaveLength(1);
  });

  it('is not confirmed by a send before the click, of another kind, or of another account', async () => {
    await stored({ key: 'invite:old', kind: 'invite', at: T0 - 1 });
    await stored({ key: 'message:1', kind: 'message', at: T0 + 100 });
    await recordEvents(w.db, [{ key: 'invite:other', account: OTHER, kind: 'invite', at: T0 + 100 }]);
    expect(await check()).toBe('unconfirmed');
    expect(await counted('invite')).toBe(3);
  });

  it('lets one send answer one click only: two clicks, one send, one unconfirmed', async () => {
    await stored({ key: 'invite:1', kind: 'invite', at: T0 + 2_500 });
    expect(await check(click({ clickAt: T0 }))).toBe('confirmed');
    expect(await check(click({ clickAt: T0 + 2_000 }))).toBe('unconfirmed');
    expect(await counted('invite')).toBe(2);
    // The first click checked again still holds its send.
    expect(await check(click({ clickAt: T0 }))).toBe('confirmed');
    expect(await counted('invite')).toBe(2);
  });

  it('takes a reply or an Open Profile message as the answer to a message or InMail composer', async () => {
    await stored({ key: 'reply:1', kind: 'reply', at: T0 + 300 });
    await stored({ key: 'op:1', kind: 'open-profile-message', at: T0 + 10_300 });
    expect(await check(click({ kind: 'message', withNote: undefined }))).toBe('confirmed');
    expect(await check(click({ kind: 'inmail', withNote: undefined, clickAt: T0 + 10_000 }))).toBe(
      'confirmed',
    );
    expect(await counted('message')).toBe(0);
  });

  it('counts nothing when a send request Pacer knows was answered with an error', async () => {
    const refused = click({
      requests: [{ path: '/voyager/api/voyagerRelationshipsDashMemberRelationships', status: 400, ms: 200 }],
    });
    expect(await check(refused)).toBe('refused');
    // The same path answered 200 with nothing classified: the shape moved, so Pacer is blind.
    const moved = click({
      clickAt: T0 + 20_000,
      requests: [{ path: '/voyager/api/voyagerRelationshipsDashMemberRelationships', status: 200, ms: 200 }],
    });
    expect(await check(moved)).toBe('unconfirmed');
    // An error on a message route says nothing about an invite.
    const elsewhere = click({
      clickAt: T0 + 40_000,
      requests: [{ path: '/voyager/api/voyagerMessagingDashMessengerMessages', status: 500, ms: 200 }],
    });
    expect(await check(elsewhere)).toBe('unconfirmed');
    expect(await counted('invite')).toBe(2);
  });

  it('ignores a check far older than any retry, or from the future', async () => {
    now = T0 + MAX_CHECK_AGE_MS + 1;
    expect(await w.worker.confirmSend(parseMessage('confirmSend', confirmSendSchema, click()), TAB)).toBe(
      'ignored',
    );
    now = T0 - 60_000;
    expect(await w.worker.confirmSend(parseMessage('confirmSend', confirmSendSchema, click()), TAB)).toBe(
      'ignored',
    );
    expect(await counted('invite')).toBe(0);
  });
});

describe('a real send arriving after its click was counted as unconfirmed', () => {
  const [plain] = readFixture<{ cases: FixtureCase[] }>('invite-voyager.json').cases;
  const invite = () => {
    if (!plain) throw new Error('fixture missing');
    return parseMessage('reportExchanges', reportExchangesSchema, [toExchange(plain.exchange)]);
  };

  it('replaces the unconfirmed one: the send counts once, the notice goes, a retried check stays answered', async () => {
    expect(await check()).toBe('unconfirmed');
    now = T0 + CONFIRM_WAIT_MS + 30_000;
    expect((await w.worker.reportExchanges(invite(), TAB)).stored).toBe(1);
    const left = await events();
    expect(left.map((e) => [e.kind, e.at, 'unconfirmed' in e])).toEqual([['invite', now, false]]);
    expect((await readUnconfirmed()).sends).toEqual([]);
    expect(await check()).toBe('confirmed');
    expect(await counted('invite')).toBe(1);
  });

  it('counts both when the send comes later than LATE_SEND_MS (another send, not this one)', async () => {
    expect(await check()).toBe('unconfirmed');
    now = T0 + LATE_SEND_MS + 1;
    await w.worker.reportExchanges(invite(), TAB);
    expect(await counted('invite')).toBe(2);
    expect((await readUnconfirmed()).sends).toHaveLength(1);
  });

  it('replaces only one unconfirmed send per real send, the oldest', async () => {
    expect(await check(click({ clickAt: T0 }))).toBe('unconfirmed');
    expect(await check(click({ clickAt: T0 + 5_000 }))).toBe('unconfirmed');
    now = T0 + 20_000;
    await w.worker.reportExchanges(invite(), TAB);
    expect(await counted('invite')).toBe(2);
    expect((await readUnconfirmed()).sends.map((s) => s.clickAt)).toEqual([T0 + 5_000]);
  });
});

describe('the confirmSend message', () => {
  const parse = (data: unknown) => parseMessage('confirmSend', confirmSendSchema, data);

  it('accepts paths and statuses only, bounded', () => {
    expect(parse(click())).toEqual(click());
    expect(() => parse(click({ requests: [{ path: '/a?token=x', status: 200, ms: 1 }] }))).toThrow(
      /requests\.0\.path: must be a path/,
    );
    expect(() => parse(click({ requests: [{ path: 'https://x/a', status: 200, ms: 1 }] }))).toThrow(/path/);
    expect(() => parse({ ...click(), body: 'Hi Jane' })).toThrow(/refused confirmSend/);
    expect(() => parse(click({ kind: 'profile-view' as never }))).toThrow(/kind/);
    const many = Array.from({ length: 41 }, (_, i) => ({ path: `/p${i}`, status: 200, ms: i }));
    expect(() => parse(click({ requests: many }))).toThrow(/requests/);
  });
});
