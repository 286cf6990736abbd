import { describe, expect, it } from 'vitest';
import {
  isRollingPolicy,
  nextSlotFreeAt,
  resetsAt,
  rollingSpanMs,
  type WindowPolicy,
  windowBounds,
  windowPredicate,
} from '../../../lib/domain/windows';

// Expected values were worked out by hand from each zone's rules (and cross-checked against an
// independent tz database), never by calling the code under test.

const HOUR = 3_600_000;
const ms = (iso: string) => Date.parse(iso);

/** Does an event at `at` count at `now`? */
const counts = (policy: WindowPolicy, at: number, now: Date, timeZone: string) =>
  windowPredicate(policy, now, timeZone)(at);

function bounds(policy: WindowPolicy, nowIso: string, timeZone: string) {
  const { start, end } = windowBounds(policy, new Date(nowIso), timeZone);
  return {
    start: start.toISOString(),
    end: end.toISOString(),
    hours: (end.getTime() - start.getTime()) / HOUR,
  };
}

describe('windowBounds: calendar week starts Monday 00:00 local', () => {
  it.each([
    // zone, Sunday 23:59:59.999 local, Monday 00:00 local (both as UTC), previous Monday, next Monday
    [
      'UTC',
      '2026-06-14T23:59:59.999Z',
      '2026-06-15T00:00:00.000Z',
      '2026-06-08T00:00:00.000Z',
      '2026-06-22T00:00:00.000Z',
    ],
    [
      'America/New_York',
      '2026-06-15T03:59:59.999Z',
      '2026-06-15T04:00:00.000Z',
      '2026-06-08T04:00:00.000Z',
      '2026-06-22T04:00:00.000Z',
    ],
    [
      'Asia/Kolkata',
      '2026-06-14T18:29:59.999Z',
      '2026-06-14T18:30:00.000Z',
      '2026-06-07T18:30:00.000Z',
      '2026-06-21T18:30:00.000Z',
    ],
    [
      'Asia/Kathmandu',
      '2026-06-14T18:14:59.999Z',
      '2026-06-14T18:15:00.000Z',
      '2026-06-07T18:15:00.000Z',
      '2026-06-21T18:15:00.000Z',
    ],
    [
      'Australia/Adelaide',
      '2026-06-14T14:29:59.999Z',
      '2026-06-14T14:30:00.000Z',
      '2026-06-07T14:30:00.000Z',
      '2026-06-21T14:30:00.000Z',
    ],
  ])(
    '%s: Sunday 23:59:59.999 is last week, Monday 00:00 is the new one',
    (zone, sunday, monday, prevMonday, nextMonday) => {
      expect(bounds('calendar-week', sunday, zone)).toEqual({ start: prevMonday, end: monday, hours: 168 });
      expect(bounds('calendar-week', monday, zone)).toEqual({ start: monday, end: nextMonday, hours: 168 });
    },
  );

  it('a Monday in UTC can still be Sunday in the host zone and vice versa (host zone is ignored)', () => {
    // 2026-06-14T12:00Z is Sunday noon UTC but already Monday 00:45 in Pacific/Chatham (+12:45).
    expect(bounds('calendar-week', '2026-06-14T12:00:00.000Z', 'UTC').start).toBe('2026-06-08T00:00:00.000Z');
    expect(bounds('calendar-week', '2026-06-14T12:00:00.000Z', 'Pacific/Chatham').start).toBe(
      '2026-06-14T11:15:00.000Z',
    );
  });
});

describe('windowBounds across DST', () => {
  it('Europe/Berlin spring forward (2026-03-29): 167 h week, 23 h day', () => {
    expect(bounds('calendar-week', '2026-03-29T12:00:00.000Z', 'Europe/Berlin')).toEqual({
      start: '2026-03-22T23:00:00.000Z',
      end: '2026-03-29T22:00:00.000Z',
      hours: 167,
    });
    expect(bounds('day', '2026-03-29T12:00:00.000Z', 'Europe/Berlin')).toEqual({
      start: '2026-03-28T23:00:00.000Z',
      end: '2026-03-29T22:00:00.000Z',
      hours: 23,
    });
  });

  it('Europe/Berlin fall back (2026-10-25): 169 h week, 25 h day', () => {
    expect(bounds('calendar-week', '2026-10-25T12:00:00.000Z', 'Europe/Berlin')).toEqual({
      start: '2026-10-18T22:00:00.000Z',
      end: '2026-10-25T23:00:00.000Z',
      hours: 169,
    });
    expect(bounds('day', '2026-10-25T12:00:00.000Z', 'Europe/Berlin')).toEqual({
      start: '2026-10-24T22:00:00.000Z',
      end: '2026-10-25T23:00:00.000Z',
      hours: 25,
    });
  });

  it('America/New_York spring forward (2026-03-08): 167 h week, 23 h day', () => {
    expect(bounds('calendar-week', '2026-03-08T12:00:00.000Z', 'America/New_York')).toEqual({
      start: '2026-03-02T05:00:00.000Z',
      end: '2026-03-09T04:00:00.000Z',
      hours: 167,
    });
    expect(bounds('day', '2026-03-08T12:00:00.000Z', 'America/New_York')).toEqual({
      start: '2026-03-08T05:00:00.000Z',
      end: '2026-03-09T04:00:00.000Z',
      hours: 23,
    });
  });

  it('America/New_York fall back (2026-11-01): 169 h week, 25 h day, also inside the repeated hour', () => {
    expect(bounds('calendar-week', '2026-11-01T12:00:00.000Z', 'America/New_York')).toEqual({
      start: '2026-10-26T04:00:00.000Z',
      end: '2026-11-02T05:00:00.000Z',
      hours: 169,
    });
    // 05:30Z is 01:30 EDT, the first pass through the repeated hour; 06:30Z is 01:30 EST, the second.
    for (const now of ['2026-11-01T05:30:00.000Z', '2026-11-01T06:30:00.000Z']) {
      expect(bounds('day', now, 'America/New_York')).toEqual({
        start: '2026-11-01T04:00:00.000Z',
        end: '2026-11-02T05:00:00.000Z',
        hours: 25,
      });
    }
  });

  it('Australia/Adelaide (+09:30/+10:30): 167 h week in October, 169 h week in April', () => {
    expect(bounds('calendar-week', '2026-10-01T00:00:00.000Z', 'Australia/Adelaide')).toEqual({
      start: '2026-09-27T14:30:00.000Z',
      end: '2026-10-04T13:30:00.000Z',
      hours: 167,
    });
    expect(bounds('calendar-week', '2026-04-01T00:00:00.000Z', 'Australia/Adelaide')).toEqual({
      start: '2026-03-29T13:30:00.000Z',
      end: '2026-04-05T14:30:00.000Z',
      hours: 169,
    });
  });

  it('America/Santiago skips midnight on 2026-09-06: that day starts at 01:00 local and lasts 23 h', () => {
    expect(bounds('day', '2026-09-06T12:00:00.000Z', 'America/Santiago')).toEqual({
      start: '2026-09-06T04:00:00.000Z',
      end: '2026-09-07T03:00:00.000Z',
      hours: 23,
    });
    // The Saturday before ends exactly where Sunday starts: no gap, no overlap.
    expect(bounds('day', '2026-09-05T12:00:00.000Z', 'America/Santiago')).toEqual({
      start: '2026-09-05T04:00:00.000Z',
      end: '2026-09-06T04:00:00.000Z',
      hours: 24,
    });
    expect(bounds('calendar-week', '2026-09-06T12:00:00.000Z', 'America/Santiago')).toEqual({
      start: '2026-08-31T04:00:00.000Z',
      end: '2026-09-07T03:00:00.000Z',
      hours: 167,
    });
  });

  it('America/Santiago fall back (2026-04-05 00:00 → Saturday 23:00): Saturday lasts 25 h', () => {
    // 03:30Z is 23:30 on Saturday the 4th for the second time (-04).
    expect(bounds('day', '2026-04-05T03:30:00.000Z', 'America/Santiago')).toEqual({
      start: '2026-04-04T03:00:00.000Z',
      end: '2026-04-05T04:00:00.000Z',
      hours: 25,
    });
  });

  it('America/Havana repeats midnight (2026-11-01): the day starts at the first midnight', () => {
    // 05:30Z is 00:30 CST, after the clocks went from 01:00 CDT back to 00:00.
    expect(bounds('day', '2026-11-01T05:30:00.000Z', 'America/Havana')).toEqual({
      start: '2026-11-01T04:00:00.000Z',
      end: '2026-11-02T05:00:00.000Z',
      hours: 25,
    });
  });

  it('Pacific/Apia skipped 2011-12-30 entirely: that week is 6 days long', () => {
    expect(bounds('day', '2011-12-29T12:00:00.000Z', 'Pacific/Apia')).toEqual({
      start: '2011-12-29T10:00:00.000Z',
      end: '2011-12-30T10:00:00.000Z',
      hours: 24,
    });
    expect(bounds('calendar-week', '2011-12-29T12:00:00.000Z', 'Pacific/Apia')).toEqual({
      start: '2011-12-26T10:00:00.000Z',
      end: '2012-01-01T10:00:00.000Z',
      hours: 144,
    });
  });
});

describe('windowBounds: calendar month', () => {
  it('Jan 31 23:59:59.999 is January; the next millisecond is February (Europe/Berlin)', () => {
    expect(bounds('calendar-month', '2026-01-31T22:59:59.999Z', 'Europe/Berlin')).toEqual({
      start: '2025-12-31T23:00:00.000Z',
      end: '2026-01-31T23:00:00.000Z',
      hours: 744,
    });
    expect(bounds('calendar-month', '2026-01-31T23:00:00.000Z', 'Europe/Berlin')).toEqual({
      start: '2026-01-31T23:00:00.000Z',
      end: '2026-02-28T23:00:00.000Z',
      hours: 672,
    });
  });

  it('leap year: February 2028 has 29 days, and 2028-02-29 is a Tuesday', () => {
    expect(bounds('calendar-month', '2028-02-29T12:00:00.000Z', 'America/New_York')).toEqual({
      start: '2028-02-01T05:00:00.000Z',
      end: '2028-03-01T05:00:00.000Z',
      hours: 696,
    });
    expect(bounds('day', '2028-02-29T12:00:00.000Z', 'UTC')).toEqual({
      start: '2028-02-29T00:00:00.000Z',
      end: '2028-03-01T00:00:00.000Z',
      hours: 24,
    });
    expect(bounds('calendar-week', '2028-02-29T12:00:00.000Z', 'UTC')).toEqual({
      start: '2028-02-28T00:00:00.000Z',
      end: '2028-03-06T00:00:00.000Z',
      hours: 168,
    });
  });

  it('month ends, year rollover and a month containing a DST change', () => {
    expect(bounds('calendar-month', '2026-03-15T12:00:00.000Z', 'Europe/Berlin')).toEqual({
      start: '2026-02-28T23:00:00.000Z',
      end: '2026-03-31T22:00:00.000Z',
      hours: 743,
    });
    expect(bounds('calendar-month', '2026-12-31T12:00:00.000Z', 'America/New_York')).toEqual({
      start: '2026-12-01T05:00:00.000Z',
      end: '2027-01-01T05:00:00.000Z',
      hours: 744,
    });
    expect(bounds('calendar-month', '2026-04-30T12:00:00.000Z', 'Asia/Kolkata')).toEqual({
      start: '2026-03-31T18:30:00.000Z',
      end: '2026-04-30T18:30:00.000Z',
      hours: 720,
    });
    expect(bounds('calendar-month', '2027-02-15T12:00:00.000Z', 'Asia/Kathmandu')).toEqual({
      start: '2027-01-31T18:15:00.000Z',
      end: '2027-02-28T18:15:00.000Z',
      hours: 672,
    });
  });

  it('Pacific/Auckland is already in July while UTC is still on June 30', () => {
    expect(bounds('calendar-month', '2026-06-30T11:59:59.999Z', 'Pacific/Auckland')).toEqual({
      start: '2026-05-31T12:00:00.000Z',
      end: '2026-06-30T12:00:00.000Z',
      hours: 720,
    });
    expect(bounds('calendar-month', '2026-06-30T12:00:00.000Z', 'Pacific/Auckland')).toEqual({
      start: '2026-06-30T12:00:00.000Z',
      end: '2026-07-31T12:00:00.000Z',
      hours: 744,
    });
  });
});

describe('windowBounds: rolling windows', () => {
  it('rolling-7d is exactly 168 h ending at now, even across the Berlin spring-forward', () => {
    expect(bounds('rolling-7d', '2026-04-02T10:15:30.250Z', 'Europe/Berlin')).toEqual({
      start: '2026-03-26T10:15:30.250Z',
      end: '2026-04-02T10:15:30.250Z',
      hours: 168,
    });
  });

  it('rolling-7d is exactly 168 h ending at now, even across the New York fall-back', () => {
    expect(bounds('rolling-7d', '2026-11-05T17:00:00.000Z', 'America/New_York')).toEqual({
      start: '2026-10-29T17:00:00.000Z',
      end: '2026-11-05T17:00:00.000Z',
      hours: 168,
    });
  });

  it('exposes the policy kind and the spans', () => {
    expect(isRollingPolicy('rolling-7d')).toBe(true);
    expect(isRollingPolicy('day')).toBe(false);
    expect(isRollingPolicy('calendar-week')).toBe(false);
    expect(isRollingPolicy('calendar-month')).toBe(false);
    expect(rollingSpanMs('rolling-7d')).toBe(604_800_000);
  });
});

describe('windowPredicate', () => {
  const zone = 'Europe/Berlin';
  // Wednesday 2026-06-17 14:00 CEST; the week runs from 2026-06-14T22:00Z to 2026-06-21T22:00Z.
  const now = new Date('2026-06-17T12:00:00.000Z');

  it('calendar: start inclusive, before start excluded, future events excluded', () => {
    expect(counts('calendar-week', ms('2026-06-14T22:00:00.000Z'), now, zone)).toBe(true);
    expect(counts('calendar-week', ms('2026-06-14T21:59:59.999Z'), now, zone)).toBe(false);
    expect(counts('calendar-week', ms('2026-06-17T12:00:00.000Z'), now, zone)).toBe(true);
    expect(counts('calendar-week', ms('2026-06-17T12:00:00.001Z'), now, zone)).toBe(false);
    expect(counts('calendar-week', ms('2026-06-21T22:00:00.000Z'), now, zone)).toBe(false);
  });

  it('calendar: end is exclusive (now at the last millisecond of the day)', () => {
    const lastMs = new Date('2026-06-17T21:59:59.999Z'); // 23:59:59.999 CEST
    expect(counts('day', ms('2026-06-17T21:59:59.999Z'), lastMs, zone)).toBe(true);
    expect(counts('day', ms('2026-06-17T22:00:00.000Z'), lastMs, zone)).toBe(false);
    expect(counts('day', ms('2026-06-16T22:00:00.000Z'), lastMs, zone)).toBe(true);
    expect(counts('day', ms('2026-06-16T21:59:59.999Z'), lastMs, zone)).toBe(false);
  });

  it('rolling: (now - span, now]: an event exactly span old has aged out', () => {
    expect(counts('rolling-7d', ms('2026-06-10T12:00:00.000Z'), now, zone)).toBe(false);
    expect(counts('rolling-7d', ms('2026-06-10T12:00:00.001Z'), now, zone)).toBe(true);
    expect(counts('rolling-7d', ms('2026-06-17T12:00:00.000Z'), now, zone)).toBe(true);
    expect(counts('rolling-7d', ms('2026-06-17T12:00:00.001Z'), now, zone)).toBe(false);
  });

  it('calendar and rolling weeks disagree after a Monday reset (Sunday burst still counts rolling)', () => {
    const mondayMorning = new Date('2026-06-15T07:00:00.000Z'); // Monday 09:00 CEST
    const sundayEvening = ms('2026-06-14T18:00:00.000Z'); // Sunday 20:00 CEST
    expect(counts('calendar-week', sundayEvening, mondayMorning, zone)).toBe(false);
    expect(counts('rolling-7d', sundayEvening, mondayMorning, zone)).toBe(true);
  });

  it('windowPredicate filters a batch with the same rules', () => {
    const inWeek = windowPredicate('calendar-week', now, zone);
    const events = [
      '2026-06-14T21:59:59.999Z',
      '2026-06-14T22:00:00.000Z',
      '2026-06-16T08:00:00.000Z',
      '2026-06-17T12:00:00.000Z',
      '2026-06-18T08:00:00.000Z',
    ].map(ms);
    expect(events.filter(inWeek).map((t) => new Date(t).toISOString())).toEqual([
      '2026-06-14T22:00:00.000Z',
      '2026-06-16T08:00:00.000Z',
      '2026-06-17T12:00:00.000Z',
    ]);
    expect(windowPredicate('rolling-7d', now, zone)(ms('2026-06-10T12:00:00.000Z'))).toBe(false);
  });
});

describe('resetsAt', () => {
  it('is the end of the calendar window holding now', () => {
    expect(
      resetsAt('calendar-week', new Date('2026-06-17T12:00:00.000Z'), 'Europe/Berlin').toISOString(),
    ).toBe('2026-06-21T22:00:00.000Z');
    expect(resetsAt('day', new Date('2026-09-05T12:00:00.000Z'), 'America/Santiago').toISOString()).toBe(
      '2026-09-06T04:00:00.000Z',
    );
    expect(
      resetsAt('calendar-month', new Date('2026-02-10T00:00:00.000Z'), 'Asia/Kolkata').toISOString(),
    ).toBe('2026-02-28T18:30:00.000Z');
    expect(
      resetsAt('calendar-week', new Date('2026-03-04T12:00:00.000Z'), 'America/New_York').toISOString(),
    ).toBe('2026-03-09T04:00:00.000Z');
  });

  it('at the exact reset instant the next window is already in force', () => {
    expect(
      resetsAt('calendar-week', new Date('2026-06-15T04:00:00.000Z'), 'America/New_York').toISOString(),
    ).toBe('2026-06-22T04:00:00.000Z');
  });
});

describe('nextSlotFreeAt', () => {
  const now = new Date('2026-06-17T12:00:00.000Z');

  it('is the oldest counted event plus the span, whatever the input order', () => {
    const events = ['2026-06-16T09:00:00.000Z', '2026-06-12T08:30:00.000Z', '2026-06-15T00:00:00.000Z'].map(
      ms,
    );
    expect(nextSlotFreeAt('rolling-7d', events, now)?.toISOString()).toBe('2026-06-19T08:30:00.000Z');
  });

  it('ignores events already aged out (including exactly span old) and future events', () => {
    const events = [
      '2026-06-10T12:00:00.000Z', // exactly 7 × 24 h old: aged out
      '2026-06-01T00:00:00.000Z', // long gone
      '2026-06-18T00:00:00.000Z', // in the future
      '2026-06-13T06:00:00.000Z',
    ].map(ms);
    expect(nextSlotFreeAt('rolling-7d', events, now)?.toISOString()).toBe('2026-06-20T06:00:00.000Z');
  });

  it('handles duplicates of the oldest instant', () => {
    const t = ms('2026-06-11T10:00:00.000Z');
    expect(nextSlotFreeAt('rolling-7d', [t, ms('2026-06-17T11:00:00.000Z'), t, t], now)?.toISOString()).toBe(
      '2026-06-18T10:00:00.000Z',
    );
  });

  it('is null when nothing is counted', () => {
    expect(nextSlotFreeAt('rolling-7d', [], now)).toBeNull();
    expect(
      nextSlotFreeAt('rolling-7d', [ms('2026-06-10T12:00:00.000Z'), ms('2026-06-17T12:00:00.001Z')], now),
    ).toBeNull();
  });

  it('counts an event at exactly now', () => {
    expect(nextSlotFreeAt('rolling-7d', [now.getTime()], now)?.toISOString()).toBe(
      '2026-06-24T12:00:00.000Z',
    );
  });

  it('uses elapsed time, not local days, across DST (7 × 24 h from a CET instant)', () => {
    // 12:00 CET on Friday 27 March 2026 frees up at 13:00 CEST a week later: 168 h, not 7 local days.
    const march = new Date('2026-04-01T00:00:00.000Z');
    expect(nextSlotFreeAt('rolling-7d', [ms('2026-03-27T11:00:00.000Z')], march)?.toISOString()).toBe(
      '2026-04-03T11:00:00.000Z',
    );
  });
});

describe('invalid input', () => {
  it.each(['Mars/Olympus', 'Europe/Berlyn', ''])(
    'rejects unknown zone %j with a RangeError naming it',
    (zone) => {
      const now = new Date('2026-06-17T12:00:00.000Z');
      for (const policy of ['day', 'calendar-week', 'calendar-month', 'rolling-7d'] as const) {
        expect(() => windowBounds(policy, now, zone)).toThrow(RangeError);
        expect(() => windowBounds(policy, now, zone)).toThrow(`"${zone}"`);
      }
      expect(() => windowPredicate('day', now, zone)).toThrow(RangeError);
      expect(() => resetsAt('calendar-month', now, zone)).toThrow(RangeError);
    },
  );

  it('rejects an invalid now', () => {
    expect(() => windowBounds('day', new Date(Number.NaN), 'UTC')).toThrow(RangeError);
    expect(() => nextSlotFreeAt('rolling-7d', [], new Date(Number.NaN))).toThrow(RangeError);
  });
});
