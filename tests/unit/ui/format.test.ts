import { describe, expect, it } from 'vitest';
import type { MeterReading } from '../../../lib/domain/budgets';
import { resetsAt } from '../../../lib/domain/windows';
import {
  accountFullLabel,
  accountLabel,
  formatCountdown,
  formatDate,
  formatDuration,
  formatWhen,
  limitText,
  refusalText,
  resetText,
} from '../../../lib/ui/format';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

type ResetFields = Pick<MeterReading, 'window' | 'resetsAt' | 'nextFreeAt' | 'zone'>;
const calendar = (window: MeterReading['window'], at: Date): ResetFields => ({
  window,
  resetsAt: at,
  nextFreeAt: null,
  zone: 'ok',
});

describe('formatDuration', () => {
  it.each([
    [0, '< 1 min'],
    [59_999, '< 1 min'],
    [MIN, '1 min'],
    [59 * MIN + 59_000, '59 min'],
    [HOUR, '1 h'],
    [3 * HOUR + 5 * MIN, '3 h 5 min'],
    [DAY, '1 d'],
    [2 * DAY + 4 * HOUR + 59 * MIN, '2 d 4 h'],
    [6 * DAY + 23 * HOUR, '6 d 23 h'],
    [-5 * MIN, '< 1 min'],
    [Number.NaN, '< 1 min'],
  ])('%d ms is "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('counts down to "now" once the instant has passed', () => {
    const now = new Date('2026-11-27T12:00:00Z');
    expect(formatCountdown(new Date(now.getTime() + 90 * MIN), now)).toBe('in 1 h 30 min');
    expect(formatCountdown(now, now)).toBe('now');
    expect(formatCountdown(new Date(now.getTime() - 1), now)).toBe('now');
  });
});

describe('resetText', () => {
  // Friday 27 November 2026, 18:56 UTC.
  const now = new Date('2026-11-27T18:56:00Z');

  it.each([
    // zone, the Monday reset as the domain computes it, expected text
    ['Europe/Paris', 'resets Mon 00:00 · in 2 d 4 h'], // 19:56 local, UTC+1
    ['America/New_York', 'resets Mon 00:00 · in 2 d 10 h'], // 13:56 local, UTC−5
    ['Asia/Kolkata', 'resets Mon 00:00 · in 1 d 23 h'], // 00:26 Sat local, UTC+5:30
    ['Pacific/Chatham', 'resets Mon 00:00 · in 1 d 15 h'], // 08:41 Sat local, UTC+13:45
  ])('a calendar week in %s: "%s"', (tz, text) => {
    const at = resetsAt('calendar-week', now, tz);
    expect(resetText(calendar('week', at), now, tz)).toBe(text);
  });

  it('measures elapsed time, not wall-clock time, across a DST change', () => {
    // Paris leaves summer time on Sunday 25 October 2026: Friday 12:00 → Monday 00:00 is 61 h.
    const fri = new Date('2026-10-23T10:00:00Z');
    const at = resetsAt('calendar-week', fri, 'Europe/Paris');
    expect(at.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(resetText(calendar('week', at), fri, 'Europe/Paris')).toBe('resets Mon 00:00 · in 2 d 13 h');
  });

  it('names the date of a monthly reset, and of any instant more than a week away', () => {
    const at = resetsAt('calendar-month', now, 'Europe/Paris');
    expect(resetText(calendar('month', at), now, 'Europe/Paris')).toBe('resets Tue 1 Dec 00:00 · in 3 d 4 h');
    const early = new Date('2026-11-10T09:00:00Z');
    const at2 = resetsAt('calendar-month', early, 'America/New_York');
    expect(resetText(calendar('month', at2), early, 'America/New_York')).toBe(
      'resets Tue 1 Dec 00:00 · in 20 d 20 h',
    );
  });

  it('says when the next slot of a rolling window frees up, in the zone asked for', () => {
    const free = new Date(now.getTime() + 3 * HOUR + 10 * MIN); // 22:06 UTC
    const rolling: ResetFields = { window: 'week', resetsAt: null, nextFreeAt: free, zone: 'warn' };
    expect(resetText(rolling, now, 'UTC')).toBe('next slot frees up Fri 22:06 · in 3 h 10 min');
    expect(resetText(rolling, now, 'Asia/Tokyo')).toBe('next slot frees up Sat 07:06 · in 3 h 10 min');
  });

  it('says "refills" for the InMail balance, and nothing for a meter not on the plan or an empty rolling window', () => {
    const refill = new Date('2026-12-01T05:00:00Z');
    expect(resetText(calendar('balance', refill), now, 'America/New_York')).toBe(
      'refills Tue 1 Dec 00:00 · in 3 d 10 h',
    );
    expect(resetText({ ...calendar('day', refill), zone: 'none' }, now, 'UTC')).toBeNull();
    expect(
      resetText({ window: 'week', resetsAt: null, nextFreeAt: null, zone: 'ok' }, now, 'UTC'),
    ).toBeNull();
  });

  it('formats the same instant differently per zone', () => {
    const at = new Date('2026-11-30T23:30:00Z');
    expect(formatWhen(at, now, 'UTC')).toBe('Mon 23:30');
    expect(formatWhen(at, now, 'Europe/Berlin')).toBe('Tue 00:30');
    expect(formatWhen(at, now, 'America/Los_Angeles')).toBe('Mon 15:30');
    expect(formatWhen(new Date('2026-12-15T08:00:00Z'), now, 'Europe/London')).toBe('Tue 15 Dec 08:00');
    expect(formatWhen(at, now, 'UTC', true)).toBe('Mon 30 Nov 23:30');
  });

  it('reads the wall clock on both sides of a DST change, half-hour ones too', () => {
    // Australia/Lord_Howe, Sunday 4 October 2026: 02:00 at +10:30 becomes 02:30 at +11:00.
    const lhNow = new Date('2026-10-01T00:00:00Z');
    expect(formatWhen(new Date('2026-10-03T15:29:00Z'), lhNow, 'Australia/Lord_Howe')).toBe('Sun 01:59');
    expect(formatWhen(new Date('2026-10-03T15:30:00Z'), lhNow, 'Australia/Lord_Howe')).toBe('Sun 02:30');
    // Europe/Paris, Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST.
    const parisNow = new Date('2026-03-27T12:00:00Z');
    expect(formatWhen(new Date('2026-03-29T00:59:00Z'), parisNow, 'Europe/Paris', true)).toBe(
      'Sun 29 Mar 01:59',
    );
    expect(formatWhen(new Date('2026-03-29T01:00:00Z'), parisNow, 'Europe/Paris', true)).toBe(
      'Sun 29 Mar 03:00',
    );
    expect(formatWhen(new Date('2026-03-29T22:00:00Z'), parisNow, 'Europe/Paris')).toBe('Mon 00:00');
  });

  it('names calendar dates in the zone asked for, whatever the host zone', () => {
    const at = new Date('2026-06-14T18:30:00Z'); // Monday 00:00 in Asia/Kolkata
    expect(formatDate(at, 'Asia/Kolkata')).toBe('Mon 15 Jun');
    expect(formatDate(at, 'America/New_York')).toBe('Sun 14 Jun');
    // Pacific/Apia skipped Friday 30 December 2011: Thursday 23:59 was followed by Saturday 00:00.
    expect(formatDate(new Date('2011-12-30T09:59:00Z'), 'Pacific/Apia')).toBe('Thu 29 Dec');
    expect(formatDate(new Date('2011-12-30T10:00:00Z'), 'Pacific/Apia')).toBe('Sat 31 Dec');
  });

  it('rejects an unknown zone with a RangeError naming it', () => {
    expect(() => formatWhen(now, now, 'Mars/Olympus')).toThrow(/Mars\/Olympus/);
    expect(() => formatDate(now, 'Europe/Berlyn')).toThrow(RangeError);
  });
});

describe('refusalText', () => {
  it('maps LinkedIn codes to words', () => {
    expect(refusalText({ action: 'invite', code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED' })).toBe(
      'LinkedIn refused: weekly invitation limit reached',
    );
    expect(refusalText({ action: 'invite-note', code: 'CUSTOM_INVITE_LIMIT_REACHED' })).toBe(
      'LinkedIn refused: monthly personalized-note limit reached',
    );
    expect(refusalText({ action: 'inmail', code: 'LK_INMAIL_NOT_ENOUGH_CREDIT' })).toBe(
      'LinkedIn refused: not enough InMail credits',
    );
  });

  it('falls back to the refused action when the code is unknown or missing', () => {
    expect(refusalText({ action: 'message', code: '' })).toBe(
      'LinkedIn refused: messaging limit reached (too many requests)',
    );
    expect(refusalText({ action: 'invite', code: 'SOMETHING_NEW' })).toBe(
      'LinkedIn refused: invitation limit reached',
    );
  });
});

describe('small labels', () => {
  it('labels accounts by the member’s name, else the slug, else by the tail of the URN', () => {
    expect(
      accountLabel({ account: 'urn:li:fsd_profile:ACoAAB1234567890xyz', slug: 'jane-doe', name: 'Jane Doe' }),
    ).toBe('Jane Doe');
    expect(accountLabel({ account: 'urn:li:fsd_profile:ACoAAB1234567890xyz', slug: 'jane-doe' })).toBe(
      'jane-doe',
    );
    expect(accountLabel({ account: 'urn:li:fsd_profile:ACoAAB1234567890xyz' })).toBe('Account …890xyz');
  });

  it('labels accounts in full on the options page: name and slug, else the whole id', () => {
    const account = 'urn:li:fsd_profile:ACoAAB1234567890xyz';
    expect(accountFullLabel({ account, slug: 'jane-doe', name: 'Jane Doe' })).toBe('Jane Doe (jane-doe)');
    expect(accountFullLabel({ account, slug: 'jane-doe' })).toBe('jane-doe');
    expect(accountFullLabel({ account, name: 'Jane Doe' })).toBe('Jane Doe');
    expect(accountFullLabel({ account })).toBe('Account ACoAAB1234567890xyz');
  });

  it('words limits', () => {
    expect(limitText(null)).toBe('unlimited');
    expect(limitText(0)).toBe('not on this plan');
    expect(limitText(30000)).toBe('30,000');
  });
});
