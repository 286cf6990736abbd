import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  addLocalMonths,
  assertTimeZone,
  localDateTime,
  startOfLocalDate,
  startOfLocalDay,
} from '../../../lib/domain/local-time';

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

  it('adds days and clamped months', () => {
    expect(addLocalDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addLocalMonths({ year: 2026, month: 1, day: 31 }, 1)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(addLocalMonths({ year: 2026, month: 12, day: 15 }, 1)).toEqual({ year: 2027, month: 1, day: 15 });
    expect(addLocalMonths({ year: 2026, month: 1, day: 15 }, -1)).toEqual({ year: 2025, month: 12, day: 15 });
  });

  it('rejects unknown zones with a RangeError that names them', () => {
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(RangeError);
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(/Mars\/Olympus/);
  });
});
