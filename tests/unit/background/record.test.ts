import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleNavigation } from '../../../lib/background/navigation';
import {
  handleExchanges,
  noteIdentity,
  recordObservations,
  toEvent,
  UNKNOWN_ACCOUNT,
} from '../../../lib/background/record';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import { type FixtureCase, readFixture, toExchange } from '../linkedin/helpers';

const ME = 'urn:li:fsd_profile:ACoAAMe';
const OTHER = 'urn:li:fsd_profile:ACoAAOther';
const T0 = Date.parse('2026-11-24T10:00:00Z');
let db: PacerDb;

beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`record-${Math.random()}`);
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
    await recordObservations(db, [{ kind: 'identity', account: ME, key: 'identity:me' }], 1, T0);
    await recordObservations(db, [{ kind: 'identity', account: OTHER, key: 'identity:other' }], 2, T0);
    await recordObservations(db, [{ kind: 'message', key: 'message:a' }], 1, T0 + 1);
    await recordObservations(db, [{ kind: 'message', key: 'message:b' }], 2, T0 + 2);
    expect((await db.events.get('message:a'))?.account).toBe(ME);
    expect((await db.events.get('message:b'))?.account).toBe(OTHER);
  });

  it('maps two tabs learning their accounts at the same moment, both', async () => {
    await Promise.all([
      recordObservations(db, [{ kind: 'identity', account: ME, key: 'identity:me' }], 11, T0),
      recordObservations(db, [{ kind: 'identity', account: OTHER, key: 'identity:other' }], 12, T0),
    ]);
    await recordObservations(db, [{ kind: 'message', key: 'message:t11' }], 11, T0 + 1);
    await recordObservations(db, [{ kind: 'message', key: 'message:t12' }], 12, T0 + 1);
    expect((await db.events.get('message:t11'))?.account).toBe(ME);
    expect((await db.events.get('message:t12'))?.account).toBe(OTHER);
  });

  it('keeps what came before any identity and hands it to the account once known', async () => {
    await recordObservations(db, [{ kind: 'invite', withNote: false, key: 'invite:early' }], 5, T0);
    expect((await db.events.get('invite:early'))?.account).toBe(UNKNOWN_ACCOUNT);
    await noteIdentity(db, 5, ME, false, T0 + 10, 'pat-pacer');
    expect((await db.events.get('invite:early'))?.account).toBe(ME);
    expect(await db.accounts.get(UNKNOWN_ACCOUNT)).toBeUndefined();
    expect(await db.accounts.get(ME)).toMatchObject({ slug: 'pat-pacer', premium: false });
  });

  it('never counts a send twice when the clock jumps between two reports of it', async () => {
    const obs = [{ kind: 'message' as const, key: 'message:2-abc' }];
    await recordObservations(db, obs, 1, T0);
    const again = await recordObservations(db, obs, 1, T0 - 3 * 3_600_000);
    expect(again).toEqual({ stored: 0, duplicates: 1 });
    expect(await db.events.count()).toBe(1);
  });

  it('stores the same observation once, counting duplicates', async () => {
    const obs = [{ kind: 'invite' as const, withNote: false, key: 'invite:dup' }];
    const first = await recordObservations(db, obs, 1, T0);
    const second = await recordObservations(db, obs, 3, T0 + 5);
    expect(first).toEqual({ stored: 1, duplicates: 0 });
    expect(second).toEqual({ stored: 0, duplicates: 1 });
  });
});

describe('the same identity again', () => {
  it('is not written again within a minute, unless something about it changed', async () => {
    const me = (premium: boolean) => [
      { kind: 'identity' as const, account: ME, premium, key: 'identity:me' },
    ];
    await recordObservations(db, me(false), 1, T0);
    const writes = vi.spyOn(db.accounts, 'update');
    await recordObservations(db, me(false), 1, T0 + 30_000);
    expect(writes).not.toHaveBeenCalled();
    await recordObservations(db, me(true), 1, T0 + 31_000); // now Premium: noted at once
    expect(await db.accounts.get(ME)).toMatchObject({ premium: true, lastSeenAt: T0 + 31_000 });
    await recordObservations(db, me(true), 1, T0 + 92_000); // a minute on: noted again
    expect(await db.accounts.get(ME)).toMatchObject({ lastSeenAt: T0 + 92_000 });
    expect(writes).toHaveBeenCalledTimes(2);
  });

  it('is noted again once events were stored without an account, and adopts them', async () => {
    await recordObservations(db, [{ kind: 'identity', account: ME, key: 'identity:me' }], 1, T0);
    // Another tab, whose account is unknown, sends.
    await recordObservations(db, [{ kind: 'message', key: 'message:orphan' }], 2, T0 + 1000);
    await db.accounts.clear(); // no account seen most recently: the event waits as an orphan
    await db.events.update('message:orphan', { account: UNKNOWN_ACCOUNT });
    await recordObservations(db, [{ kind: 'message', key: 'message:orphan2' }], 3, T0 + 2000);
    expect((await db.events.get('message:orphan2'))?.account).toBe(UNKNOWN_ACCOUNT);
    await recordObservations(db, [{ kind: 'identity', account: ME, key: 'identity:me' }], 1, T0 + 3000);
    expect((await db.events.get('message:orphan'))?.account).toBe(ME);
    expect((await db.events.get('message:orphan2'))?.account).toBe(ME);
  });
});

describe('a batch of exchanges', () => {
  const cases = (file: string) => readFixture<{ cases: FixtureCase[] }>(file).cases;
  const [me] = cases('identity.json');
  const [plain, noted] = cases('invite-voyager.json');

  it('classifies in order, records in one go, skips what does not check out, and counts each send once', async () => {
    if (!me || !plain || !noted) throw new Error('fixtures missing');
    const [identity, invite, withNote] = [me, plain, noted].map((c) => toExchange(c.exchange));
    const garbage = { ...invite, url: 'https://evil.example/voyager/api/x' };
    const result = await handleExchanges(db, [identity, invite, garbage, withNote, invite, 42], 7, T0);
    expect(result).toEqual({ stored: 2, duplicates: 1, invalid: 2 });
    const owner = (me.expect as { account: string }[])[0]?.account;
    const events = await db.events.toArray();
    expect(events.map((e) => [e.kind, e.withNote, e.account])).toEqual([
      ['invite', false, owner],
      ['invite', true, owner],
    ]);
    // The same send reported again in a later batch (a retry) is a duplicate.
    expect(await handleExchanges(db, [withNote], 7, T0 + 1000)).toEqual({ stored: 0, duplicates: 1 });
    expect(await handleExchanges(db, [], 7, T0 + 2000)).toEqual({ stored: 0, duplicates: 0 });
  });
});

describe('navigation', () => {
  it('counts profile pages, not other pages, and not the member’s own profile', async () => {
    await noteIdentity(db, 1, ME, false, T0, 'pat-pacer');
    expect(await handleNavigation(db, { url: 'https://www.linkedin.com/feed/' }, 1, T0)).toBe(false);
    expect(await handleNavigation(db, { url: 'https://www.linkedin.com/in/pat-pacer/' }, 1, T0)).toBe(false);
    expect(
      await handleNavigation(db, { url: 'https://www.linkedin.com/in/Jane-Doe/?miniProfileUrn=x' }, 1, T0),
    ).toBe(true);
    expect(
      await handleNavigation(
        db,
        { url: 'https://www.linkedin.com/in/jane-doe/details/experience/' },
        1,
        T0 + 60_000,
      ),
    ).toBe(false);
    expect(await handleNavigation(db, { url: 'https://www.linkedin.com/in/john-roe/' }, 1, T0 + 60_000)).toBe(
      true,
    );
    expect(
      await handleNavigation(db, { url: 'https://www.linkedin.com/in/jane-doe/' }, 1, T0 + 31 * 60_000),
    ).toBe(true);
    expect(await db.events.count()).toBe(3);
  });

  it('rejects malformed reports', async () => {
    await expect(handleNavigation(db, { url: 42 }, 1, T0)).rejects.toThrow();
    await expect(handleNavigation(db, 'https://www.linkedin.com/in/x/', 1, T0)).rejects.toThrow();
  });
});
