import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type InmailLedgerInput, inmailBalance, inmailLedger } from '../../../lib/domain/inmail';

// Every instant below is written in UTC; the comments give the local reading that makes it the
// expected value. The host zone is pinned to Pacific/Chatham, so none of these zones is the host's.

const at = (iso: string): Date => new Date(iso);
const iso = (d: Date): string => d.toISOString();
const DAY = 86_400_000;

function input(overrides: Partial<InmailLedgerInput> = {}): InmailLedgerInput {
  return {
    monthlyCredits: 5,
    maxBalance: 100,
    expiryDays: null,
    refillDayOfMonth: 1,
    startedAt: at('2026-01-01T00:00:00Z'),
    sends: [],
    responses: [],
    now: at('2026-01-01T00:00:00Z'),
    timeZone: 'UTC',
    ...overrides,
  };
}

const send = (id: string, when: string) => ({ id, at: at(when) });
const response = (inmailId: string, when: string) => ({ inmailId, at: at(when) });

describe('inmailBalance: grants', () => {
  it('answers the same subscription asked again and again, as the clock moves on, back and across zones', () => {
    // Berlin midnights: Feb 1 = Jan 31 23:00Z, Mar 1 = Feb 28 23:00Z, Apr 1 (CEST) = Mar 31 22:00Z;
    // Kolkata's Feb 1 is Jan 31 18:30Z.
    const base = input({ startedAt: at('2026-01-10T12:00:00Z'), timeZone: 'Europe/Berlin', maxBalance: 15 });
    const ask = (now: string, timeZone = 'Europe/Berlin') => {
      const l = inmailLedger({ ...base, now: at(now), timeZone });
      return [l.available, iso(l.lastRefillAt), iso(l.nextRefillAt)];
    };
    expect(ask('2026-02-15T00:00:00Z')).toEqual([10, '2026-01-31T23:00:00.000Z', '2026-02-28T23:00:00.000Z']);
    expect(ask('2026-02-20T00:00:00Z')).toEqual([10, '2026-01-31T23:00:00.000Z', '2026-02-28T23:00:00.000Z']);
    expect(ask('2026-03-05T00:00:00Z')).toEqual([15, '2026-02-28T23:00:00.000Z', '2026-03-31T22:00:00.000Z']);
    expect(ask('2026-02-28T22:59:59.999Z')).toEqual([
      10,
      '2026-01-31T23:00:00.000Z',
      '2026-02-28T23:00:00.000Z',
    ]);
    expect(ask('2026-02-28T23:00:00Z')).toEqual([15, '2026-02-28T23:00:00.000Z', '2026-03-31T22:00:00.000Z']);
    expect(ask('2026-01-20T00:00:00Z')).toEqual([5, '2026-01-10T12:00:00.000Z', '2026-01-31T23:00:00.000Z']);
    expect(ask('2026-01-31T20:00:00Z', 'Asia/Kolkata')).toEqual([
      10,
      '2026-01-31T18:30:00.000Z',
      '2026-02-28T18:30:00.000Z',
    ]);
    expect(ask('2026-01-31T20:00:00Z')).toEqual([5, '2026-01-10T12:00:00.000Z', '2026-01-31T23:00:00.000Z']);
    expect(ask('2026-04-01T00:00:00Z')).toEqual([15, '2026-03-31T22:00:00.000Z', '2026-04-30T22:00:00.000Z']);
  });

  it('grants monthlyCredits at startedAt, and nothing before it', () => {
    const base = input({ startedAt: at('2026-03-10T09:00:00Z'), timeZone: 'UTC' });
    const r = inmailBalance({ ...base, now: at('2026-03-10T09:00:00Z') });
    expect(r).toMatchObject({ available: 5, granted: 5, spent: 0, overdrawn: 0 });
    expect(iso(r.nextRefillAt)).toBe('2026-04-01T00:00:00.000Z');

    const before = inmailBalance({ ...base, now: at('2026-03-10T08:59:59.999Z') });
    expect(before).toMatchObject({ available: 0, granted: 0 });
    expect(iso(before.nextRefillAt)).toBe('2026-03-10T09:00:00.000Z');
  });

  it('refills on the 1st at local midnight (Europe/Berlin) and a grant at now counts', () => {
    // Berlin midnights: Feb 1 = Jan 31 23:00Z, Mar 1 = Feb 28 23:00Z, Apr 1 (CEST) = Mar 31 22:00Z.
    const base = input({ startedAt: at('2026-01-15T12:00:00Z'), timeZone: 'Europe/Berlin', maxBalance: 15 });
    const atGrant = inmailLedger({ ...base, now: at('2026-02-28T23:00:00Z') });
    expect(atGrant.granted).toBe(15);
    expect(iso(atGrant.lastRefillAt)).toBe('2026-02-28T23:00:00.000Z');
    expect(iso(atGrant.nextRefillAt)).toBe('2026-03-31T22:00:00.000Z');

    const justBefore = inmailLedger({ ...base, now: at('2026-02-28T22:59:59.999Z') });
    expect(justBefore.granted).toBe(10);
    expect(iso(justBefore.lastRefillAt)).toBe('2026-01-31T23:00:00.000Z');
    expect(iso(justBefore.nextRefillAt)).toBe('2026-02-28T23:00:00.000Z');
  });

  it('refills on the 31st, falling on the last day of shorter months (leap year 2028, Asia/Tokyo)', () => {
    // Jan 31 2028 00:00 JST = Jan 30 15:00Z (also startedAt), Feb 29 = Feb 28 15:00Z,
    // Mar 31 = Mar 30 15:00Z, Apr 30 = Apr 29 15:00Z, May 31 = May 30 15:00Z.
    const base = input({
      refillDayOfMonth: 31,
      timeZone: 'Asia/Tokyo',
      startedAt: at('2028-01-30T15:00:00Z'),
    });
    const feb = inmailLedger({ ...base, now: at('2028-02-29T03:00:00Z') });
    expect(feb.granted).toBe(10);
    expect(iso(feb.lastRefillAt)).toBe('2028-02-28T15:00:00.000Z');
    expect(iso(feb.nextRefillAt)).toBe('2028-03-30T15:00:00.000Z');

    const apr = inmailLedger({ ...base, now: at('2028-04-29T15:00:00Z') });
    expect(apr.granted).toBe(20);
    expect(iso(apr.lastRefillAt)).toBe('2028-04-29T15:00:00.000Z');
    expect(iso(apr.nextRefillAt)).toBe('2028-05-30T15:00:00.000Z');
  });

  it('falls on Feb 28 in a common year', () => {
    const r = inmailBalance(
      input({
        refillDayOfMonth: 31,
        timeZone: 'Asia/Tokyo',
        startedAt: at('2027-01-30T15:00:00Z'),
        now: at('2027-02-10T00:00:00Z'),
      }),
    );
    expect(iso(r.nextRefillAt)).toBe('2027-02-27T15:00:00.000Z');
  });

  it('counts startedAt that is itself a refill instant as one grant', () => {
    const r = inmailLedger(
      input({
        refillDayOfMonth: 31,
        timeZone: 'Asia/Tokyo',
        startedAt: at('2028-01-30T15:00:00Z'),
        now: at('2028-01-30T15:00:00Z'),
      }),
    );
    expect(r.granted).toBe(5);
    expect(r.available).toBe(5);
    expect(iso(r.lastRefillAt)).toBe('2028-01-30T15:00:00.000Z');
    expect(iso(r.nextRefillAt)).toBe('2028-02-28T15:00:00.000Z');
  });

  it('stops rollover at the cap (Premium Career: 5/month, max 15)', () => {
    const base = input({ maxBalance: 15, startedAt: at('2026-01-01T00:00:00Z') });
    const april = inmailLedger({ ...base, now: at('2026-04-15T00:00:00Z') });
    // Jan 5, Feb 10, Mar 15, Apr grant finds 15 and adds nothing.
    expect(april).toMatchObject({ available: 15, granted: 15, rolledOver: 15 });

    const may = inmailLedger({
      ...base,
      sends: [send('x', '2026-04-10T00:00:00Z')],
      now: at('2026-05-01T00:00:00Z'),
    });
    // 14 carried into May, the May grant tops up by 1 only.
    expect(may).toMatchObject({ available: 15, granted: 16, spent: 1, rolledOver: 14 });
  });

  it('grants nothing when now is before startedAt and points nextRefillAt at startedAt', () => {
    const r = inmailLedger(
      input({
        startedAt: at('2026-01-15T00:00:00Z'),
        now: at('2026-01-01T00:00:00Z'),
        sends: [send('early', '2025-12-31T00:00:00Z')],
      }),
    );
    expect(r).toMatchObject({ available: 0, granted: 0, spent: 0, overdrawn: 1 });
    expect(iso(r.nextRefillAt)).toBe('2026-01-15T00:00:00.000Z');
  });
});

describe('inmailBalance: expiry', () => {
  // UTC, Jan 1 2026 + 90 days = Apr 1 2026 00:00Z (31 + 28 + 31).
  const base = input({ maxBalance: 15, expiryDays: 90 });

  it('expires a grant exactly at grant + expiryDays, before the grant at the same instant', () => {
    const r = inmailLedger({ ...base, now: at('2026-04-01T00:00:00Z') });
    // Jan's 5 expire first (15 → 10), so April's grant fits in full.
    expect(r).toMatchObject({ available: 15, granted: 20, expired: 5, rolledOver: 10 });

    const before = inmailBalance({ ...base, now: at('2026-03-31T23:59:59.999Z') });
    expect(before).toMatchObject({ available: 15, granted: 15, expired: 0 });
    expect(before.expiringSoon).not.toBeNull();
    expect(before.expiringSoon?.count).toBe(5);
    expect(iso(before.expiringSoon?.at as Date)).toBe('2026-04-01T00:00:00.000Z');
  });

  it('never expires with expiryDays null', () => {
    const r = inmailBalance({ ...base, expiryDays: null, now: at('2026-04-01T00:00:00Z') });
    expect(r).toMatchObject({ available: 15, granted: 15, expired: 0, expiringSoon: null });
  });

  it('a credit expiring at T cannot pay a send at T', () => {
    const small = input({
      monthlyCredits: 1,
      maxBalance: 5,
      expiryDays: 10,
      startedAt: at('2026-01-05T00:00:00Z'),
    });
    const atExpiry = inmailBalance({
      ...small,
      sends: [send('s', '2026-01-15T00:00:00Z')],
      now: at('2026-01-16T00:00:00Z'),
    });
    expect(atExpiry).toMatchObject({ spent: 0, overdrawn: 1, expired: 1, available: 0 });

    const justBefore = inmailBalance({
      ...small,
      sends: [send('s', '2026-01-14T23:59:59.999Z')],
      now: at('2026-01-16T00:00:00Z'),
    });
    expect(justBefore).toMatchObject({ spent: 1, overdrawn: 0, expired: 0, available: 0 });
  });

  it('spends the oldest credits first', () => {
    const sends = [
      send('f1', '2026-02-10T10:00:00Z'),
      send('f2', '2026-02-10T11:00:00Z'),
      send('f3', '2026-02-10T12:00:00Z'),
    ];
    const r = inmailLedger({ ...base, sends, now: at('2026-04-01T00:00:00Z') });
    // Sends take 3 of Jan's 5; only 2 are left to expire on Apr 1. (Newest-first would expire 5.)
    expect(r).toMatchObject({ available: 15, granted: 20, spent: 3, expired: 2, rolledOver: 10 });
    expect(r.pendingRefunds).toBe(3);
  });

  it('reports the earliest expiry within 14 days, and null beyond', () => {
    // Feb 1 + 90 days = May 2 00:00Z.
    const far = inmailBalance({ ...base, now: at('2026-04-01T00:00:00Z') });
    expect(far.expiringSoon).toBeNull();
    const near = inmailBalance({ ...base, now: at('2026-04-20T00:00:00Z') });
    expect(near.expiringSoon?.count).toBe(5);
    expect(iso(near.expiringSoon?.at as Date)).toBe('2026-05-02T00:00:00.000Z');
    const edge = inmailBalance({ ...base, now: at('2026-04-18T00:00:00Z') });
    expect(iso(edge.expiringSoon?.at as Date)).toBe('2026-05-02T00:00:00.000Z');
    const outside = inmailBalance({ ...base, now: at('2026-04-17T23:59:59.999Z') });
    expect(outside.expiringSoon).toBeNull();
  });

  it('dates a refunded credit at the response: it expires from there and is spent in that order', () => {
    // 2/month, 30-day expiry. Jan lot (2, exp Jan 31). s1 Jan 2 → Jan lot 1.
    // Refund Jan 20 → lot R (1, exp Feb 19). Jan 31: 1 expires. Feb 1 grant F (2, exp Mar 3).
    const ledger = input({ monthlyCredits: 2, maxBalance: 10, expiryDays: 30 });
    const common = {
      ...ledger,
      responses: [response('s1', '2026-01-20T00:00:00Z')],
    };
    const withSpend = inmailBalance({
      ...common,
      sends: [send('s1', '2026-01-02T00:00:00Z'), send('s2', '2026-02-05T00:00:00Z')],
      now: at('2026-02-25T00:00:00Z'),
    });
    // s2 takes R (older than F), so nothing else expires: F's 2 remain.
    expect(withSpend).toMatchObject({ available: 2, granted: 4, refunded: 1, spent: 2, expired: 1 });
    expect(withSpend.expiringSoon?.count).toBe(2);
    expect(iso(withSpend.expiringSoon?.at as Date)).toBe('2026-03-03T00:00:00.000Z');

    const withoutSpend = inmailBalance({
      ...common,
      sends: [send('s1', '2026-01-02T00:00:00Z')],
      now: at('2026-02-10T00:00:00Z'),
    });
    expect(withoutSpend.available).toBe(3);
    expect(withoutSpend.expiringSoon?.count).toBe(1);
    expect(iso(withoutSpend.expiringSoon?.at as Date)).toBe('2026-02-19T00:00:00.000Z');
  });

  it('handles expiryDays 0: credits are gone the instant they arrive', () => {
    const r = inmailBalance(
      input({ expiryDays: 0, sends: [send('s', '2026-01-01T00:00:00Z')], now: at('2026-01-02T00:00:00Z') }),
    );
    expect(r).toMatchObject({ available: 0, granted: 5, expired: 5, spent: 0, overdrawn: 1 });
  });
});

describe('inmailBalance: refunds', () => {
  // UTC, 5/month, cap 100, no expiry. s1 sent Jan 10; Jan 10 + 90 days = Apr 10 00:00Z.
  const base = input({ sends: [send('s1', '2026-01-10T00:00:00Z')] });

  it('refunds a response inside 90 days', () => {
    const r = inmailBalance({
      ...base,
      responses: [response('s1', '2026-01-20T00:00:00Z')],
      now: at('2026-01-25T00:00:00Z'),
    });
    expect(r).toMatchObject({ available: 5, spent: 1, refunded: 1, pendingRefunds: 0 });
  });

  it('refunds a response exactly 90 × 24 h after the send, not a millisecond later', () => {
    const exact = inmailBalance({
      ...base,
      responses: [response('s1', '2026-04-10T00:00:00Z')],
      now: at('2026-04-15T00:00:00Z'),
    });
    expect(exact).toMatchObject({ granted: 20, spent: 1, refunded: 1, available: 20 });

    const late = inmailBalance({
      ...base,
      responses: [response('s1', '2026-04-10T00:00:00.001Z')],
      now: at('2026-04-15T00:00:00Z'),
    });
    expect(late).toMatchObject({ granted: 20, spent: 1, refunded: 0, available: 19, pendingRefunds: 0 });
  });

  it('refunds once per InMail', () => {
    const r = inmailBalance({
      ...base,
      responses: [response('s1', '2026-01-15T00:00:00Z'), response('s1', '2026-01-20T00:00:00Z')],
      now: at('2026-01-25T00:00:00Z'),
    });
    expect(r).toMatchObject({ refunded: 1, available: 5 });
  });

  it('ignores unknown ids and responses dated before their send', () => {
    const unknown = inmailBalance({
      ...base,
      responses: [response('nope', '2026-01-15T00:00:00Z')],
      now: at('2026-01-25T00:00:00Z'),
    });
    expect(unknown).toMatchObject({ refunded: 0, available: 4, pendingRefunds: 1 });

    const early = inmailBalance({
      ...base,
      responses: [response('s1', '2026-01-05T00:00:00Z')],
      now: at('2026-01-25T00:00:00Z'),
    });
    expect(early).toMatchObject({ refunded: 0, available: 4, pendingRefunds: 1 });
  });

  it('counts pendingRefunds up to exactly 90 × 24 h after the send', () => {
    expect(inmailBalance({ ...base, now: at('2026-04-10T00:00:00Z') }).pendingRefunds).toBe(1);
    expect(inmailBalance({ ...base, now: at('2026-04-10T00:00:00.001Z') }).pendingRefunds).toBe(0);
  });

  it('adds a refund only up to the cap', () => {
    // Cap 5: s1 Jan 2 (5 → 4); Feb 1 grant adds 1 (→ 5); the Feb 2 refund finds no room.
    const r = inmailBalance(
      input({
        maxBalance: 5,
        sends: [send('s1', '2026-01-02T00:00:00Z')],
        responses: [response('s1', '2026-02-02T00:00:00Z')],
        now: at('2026-02-10T00:00:00Z'),
      }),
    );
    expect(r).toMatchObject({ available: 5, granted: 6, spent: 1, refunded: 0, pendingRefunds: 0 });
  });
});

describe('inmailBalance: overdrawn sends', () => {
  // 1 credit/month: a (Jan 2) is paid, b (Jan 3) is overdrawn.
  const base = input({
    monthlyCredits: 1,
    sends: [send('a', '2026-01-02T00:00:00Z'), send('b', '2026-01-03T00:00:00Z')],
  });

  it('a response to an overdrawn send refunds nothing', () => {
    const r = inmailBalance({
      ...base,
      responses: [response('b', '2026-01-05T00:00:00Z')],
      now: at('2026-01-10T00:00:00Z'),
    });
    expect(r).toMatchObject({ spent: 1, overdrawn: 1, refunded: 0, available: 0, pendingRefunds: 1 });

    const paid = inmailBalance({
      ...base,
      responses: [response('b', '2026-01-05T00:00:00Z'), response('a', '2026-01-06T00:00:00Z')],
      now: at('2026-01-10T00:00:00Z'),
    });
    expect(paid).toMatchObject({ refunded: 1, available: 1, pendingRefunds: 0 });
  });

  it('is never repaid by a later grant', () => {
    const r = inmailBalance({ ...base, now: at('2026-02-02T00:00:00Z') });
    expect(r).toMatchObject({ granted: 2, spent: 1, overdrawn: 1, available: 1 });
  });
});

describe('inmailBalance: input hygiene', () => {
  it('counts a duplicate send id once, at its earliest instant', () => {
    const sends = [
      send('a', '2026-01-05T00:00:00Z'),
      send('a', '2026-01-03T00:00:00Z'),
      send('b', '2026-01-04T00:00:00Z'),
    ];
    const r = inmailLedger(input({ sends, now: at('2026-01-10T00:00:00Z') }));
    expect(r).toMatchObject({ spent: 2, overdrawn: 0, available: 3, sentSinceRefill: 2 });

    // Apr 4 is 91 days after Jan 3 (the copy kept) though only 89 after Jan 5: no refund.
    const late = inmailBalance(
      input({ sends, responses: [response('a', '2026-04-04T00:00:00Z')], now: at('2026-04-05T00:00:00Z') }),
    );
    expect(late).toMatchObject({ granted: 20, spent: 2, refunded: 0, available: 18 });
  });

  it('gives the same answer for unsorted input', () => {
    const sends = [
      send('s3', '2026-02-03T00:00:00Z'),
      send('s1', '2026-01-10T00:00:00Z'),
      send('s4', '2026-02-20T00:00:00Z'),
      send('s2', '2026-01-20T00:00:00Z'),
    ];
    const responses = [response('s3', '2026-02-10T00:00:00Z'), response('s1', '2026-01-12T00:00:00Z')];
    const common = input({ monthlyCredits: 2, maxBalance: 10, now: at('2026-02-25T00:00:00Z') });
    const shuffled = inmailLedger({ ...common, sends, responses });
    const sorted = inmailLedger({
      ...common,
      sends: [...sends].sort((x, y) => x.at.getTime() - y.at.getTime()),
      responses: [...responses].reverse(),
    });
    // Jan: 2 − s1 + refund − s2 = 1; Feb 1: +2 = 3; − s3 + refund − s4 = 2.
    expect(shuffled).toMatchObject({ available: 2, granted: 4, spent: 4, refunded: 2, pendingRefunds: 2 });
    expect(shuffled).toMatchObject({ rolledOver: 1, sentSinceRefill: 2 });
    expect(sorted).toEqual(shuffled);
  });

  it('ignores grants, sends and responses after now', () => {
    const r = inmailLedger(
      input({
        sends: [send('s1', '2026-01-10T00:00:00Z'), send('s2', '2026-01-16T00:00:00Z')],
        responses: [response('s1', '2026-01-20T00:00:00Z')],
        now: at('2026-01-15T00:00:00Z'),
      }),
    );
    expect(r).toMatchObject({
      granted: 5,
      spent: 1,
      refunded: 0,
      available: 4,
      pendingRefunds: 1,
      sentSinceRefill: 1,
    });
  });

  it('throws a RangeError naming the bad zone or refill day', () => {
    expect(() => inmailBalance(input({ timeZone: 'Mars/Olympus' }))).toThrow(RangeError);
    expect(() => inmailBalance(input({ timeZone: 'Mars/Olympus' }))).toThrow(/Mars\/Olympus/);
    expect(() => inmailBalance(input({ refillDayOfMonth: 0 }))).toThrow(RangeError);
    expect(() => inmailBalance(input({ refillDayOfMonth: 0 }))).toThrow(/refillDayOfMonth.*0/);
    expect(() => inmailBalance(input({ refillDayOfMonth: 32 }))).toThrow(/refillDayOfMonth.*32/);
    expect(() => inmailBalance(input({ refillDayOfMonth: 1.5 }))).toThrow(RangeError);
  });

  it('throws a RangeError naming a negative or NaN number', () => {
    expect(() => inmailBalance(input({ monthlyCredits: -1 }))).toThrow(/monthlyCredits/);
    expect(() => inmailBalance(input({ monthlyCredits: Number.NaN }))).toThrow(RangeError);
    expect(() => inmailBalance(input({ maxBalance: Number.NaN }))).toThrow(/maxBalance/);
    expect(() => inmailBalance(input({ maxBalance: -3 }))).toThrow(RangeError);
    expect(() => inmailBalance(input({ expiryDays: -1 }))).toThrow(/expiryDays/);
    expect(() => inmailBalance(input({ expiryDays: Number.NaN }))).toThrow(RangeError);
    expect(() => inmailBalance(input({ now: new Date(Number.NaN) }))).toThrow(/now/);
    expect(() => inmailLedger(input(), { openingBalance: -1 })).toThrow(/openingBalance/);
  });
});

describe('inmailBalance: equal-instant tie-breaks', () => {
  it('a grant at T pays a send at T', () => {
    const r = inmailLedger(
      input({
        monthlyCredits: 1,
        sends: [send('x', '2026-01-01T06:00:00Z'), send('y', '2026-02-01T00:00:00Z')],
        now: at('2026-02-01T00:00:00Z'),
      }),
    );
    expect(r).toMatchObject({ spent: 2, overdrawn: 0, available: 0, rolledOver: 0, sentSinceRefill: 1 });
  });

  it('simultaneous sends are paid in id order', () => {
    const r = inmailBalance(
      input({
        monthlyCredits: 1,
        sends: [send('b', '2026-01-05T00:00:00Z'), send('a', '2026-01-05T00:00:00Z')],
        responses: [response('b', '2026-01-06T00:00:00Z')],
        now: at('2026-01-10T00:00:00Z'),
      }),
    );
    // 'a' took the credit; 'b' was overdrawn, so its response refunds nothing.
    expect(r).toMatchObject({ spent: 1, overdrawn: 1, refunded: 0, available: 0, pendingRefunds: 1 });
  });

  it('a response at the instant of its send counts; a refund at T does not pay a send at T', () => {
    const sameInstant = inmailBalance(
      input({
        sends: [send('s', '2026-01-05T00:00:00Z')],
        responses: [response('s', '2026-01-05T00:00:00Z')],
        now: at('2026-01-10T00:00:00Z'),
      }),
    );
    expect(sameInstant).toMatchObject({ spent: 1, refunded: 1, available: 5 });

    const refundThenSend = inmailBalance(
      input({
        monthlyCredits: 1,
        sends: [send('s1', '2026-01-02T00:00:00Z'), send('s2', '2026-01-05T00:00:00Z')],
        responses: [response('s1', '2026-01-05T00:00:00Z')],
        now: at('2026-01-10T00:00:00Z'),
      }),
    );
    expect(refundThenSend).toMatchObject({ spent: 1, overdrawn: 1, refunded: 1, available: 1 });
  });
});

describe('nextRefillAt across zones and DST', () => {
  const next = (timeZone: string, refillDayOfMonth: number, startedAt: string, now: string) => {
    const r = inmailLedger(input({ timeZone, refillDayOfMonth, startedAt: at(startedAt), now: at(now) }));
    return { last: iso(r.lastRefillAt), next: iso(r.nextRefillAt) };
  };

  it('Europe/Berlin: refill on the spring-forward day and the fall-back day', () => {
    // Mar 29 2026 00:00 CET = Mar 28 23:00Z; Apr 29 00:00 CEST = Apr 28 22:00Z.
    expect(next('Europe/Berlin', 29, '2026-03-01T12:00:00Z', '2026-03-28T22:59:59.999Z').next).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(next('Europe/Berlin', 29, '2026-03-01T12:00:00Z', '2026-03-28T23:30:00Z')).toEqual({
      last: '2026-03-28T23:00:00.000Z',
      next: '2026-04-28T22:00:00.000Z',
    });
    // Oct 25 00:00 CEST = Oct 24 22:00Z; Nov 25 00:00 CET = Nov 24 23:00Z.
    expect(next('Europe/Berlin', 25, '2026-10-01T00:00:00Z', '2026-10-24T22:00:00Z')).toEqual({
      last: '2026-10-24T22:00:00.000Z',
      next: '2026-11-24T23:00:00.000Z',
    });
  });

  it('America/New_York: across both DST changes', () => {
    // Nov 1 2026 00:00 EDT = 04:00Z (DST ends at 02:00 that day); Dec 1 00:00 EST = 05:00Z.
    expect(next('America/New_York', 1, '2026-10-10T00:00:00Z', '2026-11-01T03:59:59.999Z').next).toBe(
      '2026-11-01T04:00:00.000Z',
    );
    expect(next('America/New_York', 1, '2026-10-10T00:00:00Z', '2026-11-01T04:00:00Z')).toEqual({
      last: '2026-11-01T04:00:00.000Z',
      next: '2026-12-01T05:00:00.000Z',
    });
    // Mar 8 2026 00:00 EST = 05:00Z (DST starts at 02:00); Apr 8 00:00 EDT = 04:00Z.
    expect(next('America/New_York', 8, '2026-03-01T12:00:00Z', '2026-03-08T05:00:00Z')).toEqual({
      last: '2026-03-08T05:00:00.000Z',
      next: '2026-04-08T04:00:00.000Z',
    });
  });

  it('30-minute zones: Asia/Kolkata and Australia/Adelaide (with DST)', () => {
    // May 1 00:00 IST (+05:30) = Apr 30 18:30Z.
    expect(next('Asia/Kolkata', 1, '2026-04-10T00:00:00Z', '2026-04-30T18:29:59.999Z').next).toBe(
      '2026-04-30T18:30:00.000Z',
    );
    expect(next('Asia/Kolkata', 1, '2026-04-10T00:00:00Z', '2026-04-30T18:30:00Z').next).toBe(
      '2026-05-31T18:30:00.000Z',
    );
    // Oct 1 00:00 ACST (+09:30) = Sep 30 14:30Z; DST from Oct 4; Nov 1 00:00 ACDT (+10:30) = Oct 31 13:30Z.
    expect(next('Australia/Adelaide', 1, '2026-09-15T00:00:00Z', '2026-10-15T00:00:00Z')).toEqual({
      last: '2026-09-30T14:30:00.000Z',
      next: '2026-10-31T13:30:00.000Z',
    });
  });

  it('America/Santiago: a refill day whose midnight is skipped starts at the transition', () => {
    // Sep 6 2026: clocks jump from 24:00 (-04) to 01:00 (-03) = 04:00Z. Oct 6 00:00 (-03) = 03:00Z.
    expect(next('America/Santiago', 6, '2026-08-20T12:00:00Z', '2026-09-06T03:59:59.999Z').next).toBe(
      '2026-09-06T04:00:00.000Z',
    );
    expect(next('America/Santiago', 6, '2026-08-20T12:00:00Z', '2026-09-06T04:00:00Z')).toEqual({
      last: '2026-09-06T04:00:00.000Z',
      next: '2026-10-06T03:00:00.000Z',
    });
  });
});

describe('inmailLedger: calibration and refill details', () => {
  const base = input({ maxBalance: 15, startedAt: at('2026-05-20T10:00:00Z') });

  it('uses openingBalance for the grant at startedAt, capped, and refills as usual afterwards', () => {
    expect(inmailLedger({ ...base, now: at('2026-05-20T10:00:00Z') }, { openingBalance: 12 })).toMatchObject({
      available: 12,
      granted: 12,
    });
    const june = inmailLedger({ ...base, now: at('2026-06-01T00:00:00Z') }, { openingBalance: 12 });
    expect(june).toMatchObject({ available: 15, granted: 15, rolledOver: 12 });
    expect(iso(june.lastRefillAt)).toBe('2026-06-01T00:00:00.000Z');
    expect(inmailLedger({ ...base, now: at('2026-05-21T00:00:00Z') }, { openingBalance: 40 })).toMatchObject({
      available: 15,
      granted: 15,
    });
    expect(inmailLedger({ ...base, now: at('2026-06-02T00:00:00Z') }, { openingBalance: 0 })).toMatchObject({
      available: 5,
      granted: 5,
      rolledOver: 0,
    });
  });

  it('reports lastRefillAt, rolledOver and sentSinceRefill (paid or overdrawn)', () => {
    const r = inmailLedger(
      input({
        maxBalance: 15,
        sends: [
          send('a', '2026-01-10T00:00:00Z'),
          send('b', '2026-01-20T00:00:00Z'),
          send('c', '2026-02-01T00:00:00Z'),
          send('d', '2026-02-03T00:00:00Z'),
        ],
        now: at('2026-02-10T00:00:00Z'),
      }),
    );
    // Jan: 5 − 2 = 3 carried; Feb 1: 3 + 5 = 8; c (at the refill instant) and d: 6.
    expect(r).toMatchObject({ available: 6, rolledOver: 3, sentSinceRefill: 2, spent: 4 });
    expect(iso(r.lastRefillAt)).toBe('2026-02-01T00:00:00.000Z');

    const free = inmailLedger(
      input({
        monthlyCredits: 0,
        sends: [send('a', '2026-01-10T00:00:00Z'), send('b', '2026-02-10T00:00:00Z')],
        now: at('2026-02-15T00:00:00Z'),
      }),
    );
    expect(free).toMatchObject({ available: 0, overdrawn: 2, spent: 0, sentSinceRefill: 1 });
  });

  it('inmailBalance returns only the contract fields', () => {
    expect(Object.keys(inmailBalance(base)).sort()).toEqual([
      'available',
      'expired',
      'expiringSoon',
      'granted',
      'nextRefillAt',
      'overdrawn',
      'pendingRefunds',
      'refunded',
      'spent',
    ]);
  });
});

describe('inmailBalance: a long history', () => {
  it('settles a 2-year ledger of daily sends with every send accounted for', () => {
    const start = Date.parse('2024-01-01T00:00:00Z');
    const sends = Array.from({ length: 730 }, (_, i) => ({
      id: `s${i}`,
      at: new Date(start + i * DAY + 3_600_000),
    }));
    const responses = sends
      .filter((_, i) => i % 3 === 0)
      .map((s) => ({ inmailId: s.id, at: new Date(s.at.getTime() + 5 * DAY) }));
    const big = input({
      monthlyCredits: 50,
      maxBalance: 150,
      expiryDays: 90,
      startedAt: new Date(start),
      sends,
      responses,
      now: at('2025-12-31T12:00:00Z'),
      timeZone: 'America/New_York',
    });
    const r = inmailBalance(big);
    expect(r.spent + r.overdrawn).toBe(730);
    expect(r.available).toBeGreaterThanOrEqual(0);
    expect(r.available).toBeLessThanOrEqual(150);
    expect(r.granted + r.refunded - r.spent - r.expired).toBe(r.available);
  });
});

describe('inmailBalance: identities (property)', () => {
  const T0 = Date.parse('2025-01-01T00:00:00Z');
  const SPAN = 500 * DAY;
  const instant = fc.integer({ min: T0, max: T0 + SPAN }).map((t) => new Date(t));
  const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l');
  const arbInput = fc.record({
    monthlyCredits: fc.integer({ min: 0, max: 12 }),
    maxBalance: fc.integer({ min: 0, max: 30 }),
    expiryDays: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    refillDayOfMonth: fc.integer({ min: 1, max: 31 }),
    startedAt: instant,
    sends: fc.array(fc.record({ id, at: instant }), { maxLength: 40 }),
    responses: fc.array(fc.record({ inmailId: fc.oneof(id, fc.constant('unknown')), at: instant }), {
      maxLength: 25,
    }),
    now: instant,
    timeZone: fc.constantFrom(
      'UTC',
      'Europe/Berlin',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Adelaide',
    ),
  });
  const arbOpening = fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined });

  it('holds the balance identities for any input', () => {
    fc.assert(
      fc.property(arbInput, arbOpening, (inp, openingBalance) => {
        const r = inmailLedger(inp, openingBalance === undefined ? {} : { openingBalance });
        const now = inp.now.getTime();
        const earliest = new Map<string, number>();
        for (const s of inp.sends) {
          const prev = earliest.get(s.id);
          if (prev === undefined || s.at.getTime() < prev) earliest.set(s.id, s.at.getTime());
        }
        const distinctSent = [...earliest.values()].filter((t) => t <= now).length;

        expect(r.available).toBeGreaterThanOrEqual(0);
        expect(r.available).toBeLessThanOrEqual(inp.maxBalance);
        expect(r.available).toBe(r.granted + r.refunded - r.spent - r.expired);
        expect(r.spent + r.overdrawn).toBe(distinctSent);
        expect(r.refunded).toBeLessThanOrEqual(r.spent);
        expect(r.pendingRefunds).toBeLessThanOrEqual(r.spent);
        expect(r.sentSinceRefill).toBeLessThanOrEqual(distinctSent);
        expect(r.nextRefillAt.getTime()).toBeGreaterThan(now);
        if (inp.startedAt.getTime() <= now) {
          expect(r.lastRefillAt.getTime()).toBeLessThanOrEqual(now);
          expect(r.rolledOver).toBeLessThanOrEqual(inp.maxBalance);
        }
        if (inp.expiryDays === null) expect(r.expired).toBe(0);
        if (r.expiringSoon) {
          expect(r.expiringSoon.count).toBeGreaterThan(0);
          expect(r.expiringSoon.count).toBeLessThanOrEqual(r.available);
          expect(r.expiringSoon.at.getTime()).toBeGreaterThan(now);
          expect(r.expiringSoon.at.getTime()).toBeLessThanOrEqual(now + 14 * DAY);
        }
        // Input order never matters.
        const reversed = inmailLedger(
          { ...inp, sends: [...inp.sends].reverse(), responses: [...inp.responses].reverse() },
          openingBalance === undefined ? {} : { openingBalance },
        );
        expect(reversed).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });
});
