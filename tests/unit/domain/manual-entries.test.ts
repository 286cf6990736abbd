import { describe, expect, it } from 'vitest';
import {
  localDateString,
  MAX_MANUAL_COUNT,
  manualEvents,
  manualInstant,
  parseLocalDate,
} from '../../../lib/domain/manual-entries';
import { windowPredicate } from '../../../lib/domain/windows';

const ACCOUNT = 'urn:li:fsd_profile:ACoAAManual0001';
const at = (iso: string) => new Date(iso);

describe('manualInstant', () => {
  it('dates today at now, and a past day at its last local instant', () => {
    const now = at('2026-11-24T09:00:00Z'); // 10:00 in Paris
    expect(manualInstant('2026-11-24', now, 'Europe/Paris')).toEqual({ ok: true, at: now.getTime() });
    // 23 Nov ends at midnight Paris = 23:00 UTC.
    expect(manualInstant('2026-11-23', now, 'Europe/Paris')).toEqual({
      ok: true,
      at: Date.parse('2026-11-23T23:00:00Z') - 1,
    });
    expect(manualInstant('2026-11-23', now, 'America/Los_Angeles')).toEqual({
      ok: true,
      at: Date.parse('2026-11-24T08:00:00Z') - 1,
    });
  });

  it("uses the user's zone for today: 23:30 in New York is already tomorrow in UTC", () => {
    const now = at('2026-11-25T04:30:00Z'); // 24 Nov 23:30 in New York
    expect(manualInstant('2026-11-24', now, 'America/New_York')).toEqual({ ok: true, at: now.getTime() });
    expect(manualInstant('2026-11-25', now, 'America/New_York')).toEqual({
      ok: false,
      message: 'must not be in the future',
    });
    expect(manualInstant('2026-11-25', now, 'UTC')).toEqual({ ok: true, at: now.getTime() });
  });

  it('a day cut short by DST ends at its real last instant', () => {
    // Paris, Sunday 29 March 2026: 23 hours; it ends at 22:00 UTC.
    const now = at('2026-03-30T10:00:00Z');
    expect(manualInstant('2026-03-29', now, 'Europe/Paris')).toEqual({
      ok: true,
      at: Date.parse('2026-03-29T22:00:00Z') - 1,
    });
  });

  it('refuses what is not a date, the future, and what Pacer no longer keeps', () => {
    const now = at('2026-11-24T09:00:00Z');
    for (const bad of ['2026-02-30', '2026-13-01', '24/11/2026', '2026-11-24T10:00', ''])
      expect(manualInstant(bad, now, 'UTC')).toEqual({ ok: false, message: 'must be a date (YYYY-MM-DD)' });
    expect(manualInstant('2027-01-01', now, 'UTC')).toMatchObject({ ok: false });
    expect(manualInstant('2025-09-01', now, 'UTC')).toEqual({
      ok: false,
      message: 'must be within the last 13 months',
    });
    expect(manualInstant('2025-11-01', now, 'UTC')).toMatchObject({ ok: true });
  });

  it('parses only real calendar dates', () => {
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseLocalDate('2027-02-29')).toBeNull();
    expect(localDateString(at('2026-01-01T00:30:00Z'), 'America/Chicago')).toBe('2025-12-31');
  });
});

describe('manualEvents', () => {
  const o = { account: ACCOUNT, now: at('2026-11-24T09:00:00Z'), timeZone: 'Europe/Paris', batch: 'b1' };

  it('makes count events of the kind, source manual, with unique keys that the same batch repeats', () => {
    const r = manualEvents({ kind: 'invite', count: 3, date: '2026-11-20', withNote: true }, o);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.events).toEqual(
      [0, 1, 2].map((i) => ({
        key: `manual:b1:${i}`,
        account: ACCOUNT,
        kind: 'invite',
        at: Date.parse('2026-11-20T23:00:00Z') - 1,
        source: 'manual',
        withNote: true,
      })),
    );
    expect(manualEvents({ kind: 'invite', count: 3, date: '2026-11-20', withNote: true }, o)).toEqual(r);
    const other = manualEvents({ kind: 'invite', count: 3, date: '2026-11-20' }, { ...o, batch: 'b2' });
    expect(other.ok && other.events.map((e) => e.key)).toEqual(['manual:b2:0', 'manual:b2:1', 'manual:b2:2']);
    expect(other.ok && other.events.every((e) => e.withNote === false)).toBe(true);
  });

  it('counts in every window that holds the day, and today’s in today', () => {
    const r = manualEvents({ kind: 'message', count: 2, date: '2026-11-23' }, o);
    const t = manualEvents({ kind: 'profile-view', count: 1, date: '2026-11-24' }, o);
    if (!r.ok || !t.ok) throw new Error('expected events');
    const e = r.events[0]?.at as number;
    expect(windowPredicate('calendar-week', o.now, o.timeZone)(e)).toBe(true); // Monday 23 Nov
    expect(windowPredicate('rolling-7d', o.now, o.timeZone)(e)).toBe(true);
    expect(windowPredicate('day', o.now, o.timeZone)(e)).toBe(false);
    expect(windowPredicate('day', o.now, o.timeZone)(t.events[0]?.at as number)).toBe(true);
    expect(t.events[0]).not.toHaveProperty('withNote');
  });

  it('names each wrong field', () => {
    expect(manualEvents({ kind: 'reply' as never, count: 0, date: '2026-11-25', withNote: true }, o)).toEqual(
      {
        ok: false,
        errors: [
          { field: 'kind', message: expect.stringContaining('kind: must be one of invite, message') },
          { field: 'count', message: `count: must be a whole number from 1 to ${MAX_MANUAL_COUNT}` },
          { field: 'withNote', message: 'withNote: only an invite carries a note' },
          { field: 'date', message: 'date: must not be in the future' },
        ],
      },
    );
    expect(manualEvents({ kind: 'invite', count: 501, date: '2026-11-24' }, o).ok).toBe(false);
    expect(manualEvents({ kind: 'invite', count: 1.5, date: '2026-11-24' }, o).ok).toBe(false);
    expect(manualEvents({ kind: 'invite', count: 500, date: '2026-11-24' }, o).ok).toBe(true);
  });
});
