import { describe, expect, it } from 'vitest';
import { historyDays, historyLimit, weeklyHistory } from '../../../lib/domain/history';
import { localDays } from '../../../lib/domain/local-days';
import { defaultSettings } from '../../../lib/domain/settings';

// Expected weeks and instants were worked out by hand from each zone's rules (EU summer time
// starts on 29 March 2026 and ends on 25 October; US time falls back on 1 November 2026).
const HOUR = 3_600_000;
const ms = (iso: string) => Date.parse(iso);

describe('historyDays', () => {
  it('covers 12 Monday weeks, this one last, through its Sunday', () => {
    const days = historyDays(new Date('2026-04-01T10:00:00Z'), 'Europe/Paris');
    expect(days).toHaveLength(84);
    expect(days[0]?.date).toBe('2026-01-12');
    expect(days[0]?.start).toBe(ms('2026-01-11T23:00:00Z'));
    expect(days.at(-1)?.date).toBe('2026-04-05');
    for (let i = 1; i < days.length; i++) expect(days[i]?.start).toBe(days[i - 1]?.end);
  });

  it('has a 23-hour and a 25-hour day where summer time starts and ends', () => {
    const days = localDays(ms('2026-03-28T12:00:00Z'), ms('2026-10-26T12:00:00Z'), 'Europe/Paris');
    const hours = (date: string) => {
      const d = days.find((x) => x.date === date);
      return d ? (d.end - d.start) / HOUR : null;
    };
    expect(hours('2026-03-28')).toBe(24);
    expect(hours('2026-03-29')).toBe(23);
    expect(hours('2026-10-25')).toBe(25);
    expect(days.at(-1)?.date).toBe('2026-10-26');
  });
});

describe('weeklyHistory', () => {
  const now = new Date('2026-04-01T10:00:00Z'); // a Wednesday

  it('counts per Monday week in the zone, across a DST change, with empty weeks as 0', () => {
    const times = [
      ms('2026-01-11T22:30:00Z'), // Sunday 11 Jan 23:30 in Paris: before the 12 weeks
      ms('2026-01-11T23:30:00Z'), // Monday 12 Jan 00:30: the first week
      ms('2026-03-22T22:30:00Z'), // Sunday 22 Mar 23:30 (CET): week of 16 March
      ms('2026-03-29T21:30:00Z'), // Sunday 29 Mar 23:30 (CEST): week of 23 March
      ms('2026-03-29T22:30:00Z'), // Monday 30 Mar 00:30 (CEST): this week
      ms('2026-03-31T08:00:00Z'),
      ms('2026-03-31T09:00:00Z'),
      ms('2026-04-10T00:00:00Z'), // after now (the clock moved back): counts now, on Wednesday
    ];
    const weeks = weeklyHistory(times, now, 'Europe/Paris');
    expect(weeks.map((w) => w.week)).toEqual([
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
      '2026-02-02',
      '2026-02-09',
      '2026-02-16',
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    expect(weeks.map((w) => w.total)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 4]);
    const dst = weeks[10];
    expect(dst?.start).toBe(ms('2026-03-22T23:00:00Z'));
    expect(dst?.end).toBe(ms('2026-03-29T22:00:00Z'));
    expect(((dst?.end ?? 0) - (dst?.start ?? 0)) / HOUR).toBe(167);
    expect(weeks[11]?.days).toEqual([1, 2, 1, 0, 0, 0, 0]);
    expect(weeks[11]?.busiest).toBe(2);
    expect(weeks[0]?.busiest).toBe(1);
  });

  it('puts the same instant in different weeks in different zones', () => {
    const sundayNoonUtc = [ms('2026-03-01T12:00:00Z')];
    const at = new Date('2026-03-04T12:00:00Z');
    const weekOf = (zone: string) => weeklyHistory(sundayNoonUtc, at, zone).find((w) => w.total > 0)?.week;
    expect(weekOf('Pacific/Kiritimati')).toBe('2026-03-02'); // Monday 02:00 there
    expect(weekOf('America/Los_Angeles')).toBe('2026-02-23'); // Sunday 04:00 there
    expect(weekOf('UTC')).toBe('2026-02-23');
  });

  it('has a 169-hour week where the clocks fall back', () => {
    const weeks = weeklyHistory([], new Date('2026-11-03T15:00:00Z'), 'America/New_York');
    const w = weeks.find((x) => x.week === '2026-10-26');
    expect(w?.start).toBe(ms('2026-10-26T04:00:00Z'));
    expect(w?.end).toBe(ms('2026-11-02T05:00:00Z'));
    expect(weeks.every((x) => x.total === 0 && x.busiest === 0)).toBe(true);
    expect(weeks.at(-1)?.week).toBe('2026-11-02');
  });
});

describe('historyLimit', () => {
  const now = new Date('2026-04-01T10:00:00Z');
  const free = defaultSettings(now);

  it('draws weekly meters as they are, daily ones × 7, monthly and unmetered ones without a line', () => {
    expect(historyLimit(free, 'invites', now, 'UTC')).toEqual({
      basis: 'week',
      perWeek: 100,
      meterLimit: 100,
      meter: 'invites-week',
    });
    expect(historyLimit(free, 'profile-views', now, 'UTC')).toMatchObject({ basis: 'day', perWeek: 350 });
    expect(historyLimit(free, 'invite-notes', now, 'UTC')).toMatchObject({
      basis: 'month',
      perWeek: null,
      meterLimit: 5,
    });
    expect(historyLimit(free, 'inmails', now, 'UTC')).toMatchObject({ basis: 'day', perWeek: 0 });
    expect(historyLimit(free, 'comments', now, 'UTC')).toMatchObject({ basis: 'none', perWeek: null });
  });

  it('follows the user’s override and an unlimited plan', () => {
    const own = { ...free, overrides: { 'invites-week': 80 } };
    expect(historyLimit(own, 'invites', now, 'UTC').perWeek).toBe(80);
    const paid = { ...free, plan: 'premium-career' as const };
    expect(historyLimit(paid, 'invite-notes', now, 'UTC')).toMatchObject({ basis: 'none', perWeek: null });
  });
});
