import { addDays, addMonths, addWeeks, getDaysInMonth, startOfWeek, subMonths } from 'date-fns';
import { describe, expect, it, vi } from 'vitest';
import {
  assertTimeZone,
  isValidTimeZone,
  localDateTime,
  startOfLocalDate,
  startOfLocalDay,
  type WallClock,
  wallClock,
} from '../../../lib/domain/local-time';

// Expected instants were worked out from each zone's rules and cross-checked against an
// independent tz database (Python's zoneinfo), never by calling the code under test.

/** Local day `y-m-d` as a wall-clock reading (UTC's wall clock is UTC itself). */
const day = (y: number, m: number, d: number): WallClock => wallClock(Date.UTC(y, m - 1, d), 'UTC');
const ymd = (w: Date) => ({ year: w.getFullYear(), month: w.getMonth() + 1, day: w.getDate() });

describe('local-time', () => {
  it('reads wall-clock parts in a zone', () => {
    const l = localDateTime(new Date('2026-03-29T00:30:00Z'), 'Europe/Berlin');
    expect(l).toMatchObject({ year: 2026, month: 3, day: 29, hour: 1, minute: 30, weekday: 7 });
  });

  it('answers a repeated question the same, and a caller changing an answer changes no later one', () => {
    const at = Date.parse('2026-03-29T00:30:00Z');
    const first = localDateTime(at, 'Europe/Berlin');
    first.hour = 99;
    expect(localDateTime(at, 'Europe/Berlin')).toMatchObject({ day: 29, hour: 1 });
    expect(localDateTime(at, 'America/New_York')).toMatchObject({ day: 28, hour: 20 });
    const day = { year: 2026, month: 3, day: 30 };
    const midnight = startOfLocalDate(day, 'Europe/Berlin');
    midnight.setTime(0);
    expect(startOfLocalDate(day, 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfLocalDate(day, 'Asia/Kolkata').toISOString()).toBe('2026-03-29T18:30:00.000Z');
  });

  it('finds local midnight on normal and DST days', () => {
    expect(startOfLocalDate({ year: 2026, month: 3, day: 29 }, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    expect(startOfLocalDate({ year: 2026, month: 3, day: 30 }, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    expect(startOfLocalDate({ year: 2026, month: 11, day: 2 }, 'America/New_York').toISOString()).toBe(
      '2026-11-02T05:00:00.000Z',
    );
    expect(startOfLocalDate({ year: 2026, month: 1, day: 1 }, 'Asia/Kolkata').toISOString()).toBe(
      '2025-12-31T18:30:00.000Z',
    );
  });

  it('starts a day at the transition when midnight is skipped (America/Santiago, Sept 2026)', () => {
    // Chile springs forward at 24:00 on the first Saturday of September: 00:00 never happens.
    const start = startOfLocalDate({ year: 2026, month: 9, day: 6 }, 'America/Santiago');
    const l = localDateTime(start, 'America/Santiago');
    expect(l).toMatchObject({ day: 6, hour: 1, minute: 0 });
    expect(localDateTime(start.getTime() - 1000, 'America/Santiago').day).toBe(5);
  });

  it('takes the start of the day containing an instant', () => {
    expect(startOfLocalDay(new Date('2026-07-01T03:59:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-06-30T04:00:00.000Z',
    );
  });

  it('date-fns adds days and clamped months to a wall-clock reading', () => {
    expect(ymd(addDays(day(2024, 2, 28), 1))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(ymd(addMonths(day(2026, 1, 31), 1))).toEqual({ year: 2026, month: 2, day: 28 });
    expect(ymd(addMonths(day(2026, 12, 15), 1))).toEqual({ year: 2027, month: 1, day: 15 });
    expect(ymd(addMonths(day(2026, 1, 15), -1))).toEqual({ year: 2025, month: 12, day: 15 });
    expect(ymd(subMonths(day(2024, 3, 31), 1))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(getDaysInMonth(day(2028, 2, 10))).toBe(29);
    expect(getDaysInMonth(day(2100, 2, 10))).toBe(28);
  });

  it('reads the wall clock across a half-hour DST change (Australia/Lord_Howe, 4 October 2026)', () => {
    // 02:00 at +10:30 becomes 02:30 at +11:00.
    expect(localDateTime(Date.parse('2026-10-03T15:29:59Z'), 'Australia/Lord_Howe')).toEqual({
      year: 2026,
      month: 10,
      day: 4,
      hour: 1,
      minute: 59,
      second: 59,
      weekday: 7,
    });
    expect(localDateTime(Date.parse('2026-10-03T15:30:00Z'), 'Australia/Lord_Howe')).toMatchObject({
      day: 4,
      hour: 2,
      minute: 30,
    });
    // And back on 5 April 2026: 02:00 at +11:00 becomes 01:30 at +10:30.
    expect(localDateTime(Date.parse('2026-04-04T15:00:00Z'), 'Australia/Lord_Howe')).toMatchObject({
      day: 5,
      hour: 1,
      minute: 30,
    });
    const w = wallClock(Date.parse('2026-10-03T15:30:00Z'), 'Australia/Lord_Howe');
    expect([w.getDay(), w.getHours(), w.getMinutes(), w.getTimezoneOffset()]).toEqual([0, 2, 30, 0]);
  });

  it.each([
    // zone, an instant, its Monday week's first and next instants (DST weeks are 167–169 h)
    ['Europe/Paris', '2026-03-29T12:00:00Z', '2026-03-22T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ['Europe/Paris', '2026-10-25T12:00:00Z', '2026-10-18T22:00:00.000Z', '2026-10-25T23:00:00.000Z'],
    ['Australia/Lord_Howe', '2026-10-04T00:00:00Z', '2026-09-27T13:30:00.000Z', '2026-10-04T13:00:00.000Z'],
    ['Australia/Lord_Howe', '2026-04-05T00:00:00Z', '2026-03-29T13:00:00.000Z', '2026-04-05T13:30:00.000Z'],
    ['Asia/Kolkata', '2026-06-14T18:30:00Z', '2026-06-14T18:30:00.000Z', '2026-06-21T18:30:00.000Z'],
    ['America/New_York', '2026-03-08T12:00:00Z', '2026-03-02T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
  ])('date-fns finds the Monday of a week in %s (%s)', (zone, now, monday, next) => {
    const first = startOfWeek(wallClock(Date.parse(now), zone), { weekStartsOn: 1 });
    expect(startOfLocalDate(first, zone).toISOString()).toBe(monday);
    expect(startOfLocalDate(addWeeks(first, 1), zone).toISOString()).toBe(next);
  });

  it('takes the date of a wall-clock reading and ignores its time', () => {
    const evening = wallClock(Date.parse('2026-10-04T12:00:00Z'), 'Australia/Lord_Howe'); // 23:00 on the 4th
    expect(startOfLocalDate(evening, 'Australia/Lord_Howe').toISOString()).toBe('2026-10-03T13:30:00.000Z');
    expect(startOfLocalDate({ year: 2026, month: 10, day: 4 }, 'Australia/Lord_Howe').toISOString()).toBe(
      '2026-10-03T13:30:00.000Z',
    );
  });

  it('starts a day at the transition when midnight is skipped (Asia/Beirut, 29 March 2026)', () => {
    expect(startOfLocalDate({ year: 2026, month: 3, day: 29 }, 'Asia/Beirut').toISOString()).toBe(
      '2026-03-28T22:00:00.000Z',
    );
    expect(startOfLocalDate({ year: 2026, month: 3, day: 30 }, 'Asia/Beirut').toISOString()).toBe(
      '2026-03-29T21:00:00.000Z',
    );
  });

  it('skips a day the zone skipped (Pacific/Apia, 30 December 2011): it starts when the 31st does', () => {
    expect(startOfLocalDate({ year: 2011, month: 12, day: 30 }, 'Pacific/Apia').toISOString()).toBe(
      '2011-12-30T10:00:00.000Z',
    );
    expect(startOfLocalDate(addDays(day(2011, 12, 30), 1), 'Pacific/Apia').toISOString()).toBe(
      '2011-12-30T10:00:00.000Z',
    );
  });

  it('gives the same answers whatever the host zone (date-fns math on the wall clock, not the host)', async () => {
    const cases: [string, [number, number, number], string, string][] = [
      // zone, local day, its first instant, the next day's
      ['America/Santiago', [2026, 4, 5], '2026-04-05T04:00:00.000Z', '2026-04-06T04:00:00.000Z'], // after a repeated 23:00
      ['America/Santiago', [2026, 9, 6], '2026-09-06T04:00:00.000Z', '2026-09-07T03:00:00.000Z'], // midnight skipped
      ['America/Havana', [2026, 11, 1], '2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z'], // midnight twice
      ['Asia/Beirut', [2026, 3, 29], '2026-03-28T22:00:00.000Z', '2026-03-29T21:00:00.000Z'],
      ['Australia/Lord_Howe', [2026, 10, 4], '2026-10-03T13:30:00.000Z', '2026-10-04T13:00:00.000Z'],
      ['Europe/Paris', [2026, 3, 29], '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
      ['Pacific/Apia', [2011, 12, 29], '2011-12-29T10:00:00.000Z', '2011-12-30T10:00:00.000Z'], // the 30th skipped
    ];
    const host = process.env.TZ;
    try {
      for (const hostZone of [
        'Pacific/Chatham',
        'America/Santiago',
        'Australia/Lord_Howe',
        'Pacific/Apia',
        'UTC',
      ]) {
        process.env.TZ = hostZone;
        // A fresh copy of the module, so no answer is remembered from another host zone.
        vi.resetModules();
        const fresh = await import('../../../lib/domain/local-time');
        const freshDay = (y: number, m: number, d: number) => fresh.wallClock(Date.UTC(y, m - 1, d), 'UTC');
        for (const [zone, [y, m, d], start, next] of cases) {
          const local = freshDay(y, m, d);
          const found = [
            fresh.startOfLocalDate(local, zone),
            fresh.startOfLocalDate(addDays(local, 1), zone),
          ];
          expect([hostZone, zone, ...found.map((t) => t.toISOString())]).toEqual([
            hostZone,
            zone,
            start,
            next,
          ]);
        }
        expect(ymd(addMonths(freshDay(2026, 1, 31), 1))).toEqual({ year: 2026, month: 2, day: 28 });
      }
    } finally {
      process.env.TZ = host;
    }
  });

  it('rejects unknown zones with a RangeError that names them', () => {
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(RangeError);
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(/Mars\/Olympus/);
    expect(() => wallClock(0, 'Mars/Olympus')).toThrow(/Mars\/Olympus/);
    expect(() => startOfLocalDate({ year: 2026, month: 1, day: 1 }, 'Europe/Berlyn')).toThrow(RangeError);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Europe/Berlyn')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
