import { describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { computeBudgets, type MeterReading } from '../../../lib/domain/budgets';
import {
  activeCeiling,
  ceilingExpiresAt,
  ceilingMeter,
  countAtRefusal,
  learnCeiling,
  limitWithCeiling,
} from '../../../lib/domain/ceilings';
import type { MeterId } from '../../../lib/domain/limits';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';

const A = 'urn:li:fsd_profile:ACoAAMe';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEKLY = 'CANT_INVITE_CONNECTION_LIMIT_REACHED';

let seq = 0;
function events(
  kind: ActivityEvent['kind'],
  count: number,
  at: number,
  extra: Partial<ActivityEvent> = {},
): ActivityEvent[] {
  return Array.from({ length: count }, () => ({ key: `${kind}:${++seq}`, account: A, kind, at, ...extra }));
}
function settings(over: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(new Date('2026-10-01T00:00:00Z')), ...over };
}
function meter(r: ReturnType<typeof computeBudgets>, id: MeterId): MeterReading {
  const m = r.meters.find((x) => x.id === id);
  if (!m) throw new Error(`no ${id}`);
  return m;
}

describe('which meter a refusal teaches', () => {
  it('teaches the week of invites, the month of notes, the day of messages, and no InMail ceiling', () => {
    expect(ceilingMeter('invite')).toBe('invites-week');
    expect(ceilingMeter('invite-note')).toBe('invite-notes-month');
    expect(ceilingMeter('message')).toBe('messages-day');
    expect(ceilingMeter('inmail')).toBeNull();
  });
});

describe('the count the window held at the refusal', () => {
  // Tue 2026-12-01 15:00 in Berlin (14:00Z).
  const REFUSED = Date.parse('2026-12-01T14:00:00Z');

  it('counts the invites of the rolling 7 days before an invite refusal, not the calendar week', () => {
    const evs = [
      ...events('invite', 40, REFUSED - 6 * DAY), // last Wednesday: in the rolling 7 days, not this week
      ...events('invite', 47, REFUSED - HOUR),
      ...events('invite', 5, REFUSED - 7 * DAY), // exactly 7 days old: aged out
      ...events('invite', 3, REFUSED + 1), // after the refusal
      ...events('message', 9, REFUSED - HOUR),
    ];
    expect(countAtRefusal(evs, { action: 'invite', at: REFUSED }, 'Europe/Berlin')).toBe(87);
  });

  it('counts the rolling 7 days as 168 hours across a DST change', () => {
    // Mon 2026-11-02 09:00 in New York; the clocks fell back on Sun 1 Nov (a 169-hour week).
    const at = Date.parse('2026-11-02T14:00:00Z');
    const evs = [...events('invite', 2, at - 7 * DAY + 1), ...events('invite', 1, at - 7 * DAY)];
    expect(countAtRefusal(evs, { action: 'invite', at }, 'America/New_York')).toBe(2);
  });

  it("counts the month's noted invites for a note refusal, in the user's zone", () => {
    // 2026-12-01 00:30 in Tokyo is still 30 November in UTC.
    const at = Date.parse('2026-11-30T15:30:00Z');
    const evs = [
      ...events('invite', 2, Date.parse('2026-11-30T15:10:00Z'), { withNote: true }), // 1 Dec in Tokyo
      ...events('invite', 4, Date.parse('2026-11-30T14:00:00Z'), { withNote: true }), // 30 Nov in Tokyo
      ...events('invite', 6, Date.parse('2026-11-30T15:20:00Z'), { withNote: false }),
    ];
    expect(countAtRefusal(evs, { action: 'invite-note', at }, 'Asia/Tokyo')).toBe(2);
    expect(countAtRefusal(evs, { action: 'invite-note', at }, 'UTC')).toBe(6);
  });

  it("counts today's messages for a message refusal, from local midnight", () => {
    const at = Date.parse('2026-12-01T14:00:00Z'); // 06:00 in Los Angeles
    const evs = [
      ...events('message', 3, Date.parse('2026-12-01T08:30:00Z')), // 00:30 local
      ...events('message', 4, Date.parse('2026-12-01T07:30:00Z')), // yesterday, local
      ...events('reply', 8, Date.parse('2026-12-01T13:00:00Z')),
    ];
    expect(countAtRefusal(evs, { action: 'message', at }, 'America/Los_Angeles')).toBe(3);
  });

  it('teaches nothing for an InMail refusal', () => {
    expect(
      countAtRefusal(events('inmail', 3, REFUSED - HOUR), { action: 'inmail', at: REFUSED }, 'UTC'),
    ).toBe(null);
  });
});

describe('learning and replacing a ceiling', () => {
  const at = Date.parse('2026-12-01T14:00:00Z');

  it('records the count, the time and the code', () => {
    expect(learnCeiling({}, { action: 'invite', at, code: WEEKLY }, 87)).toEqual({
      'invites-week': { count: 87, at, code: WEEKLY },
    });
  });

  it('replaces an older ceiling with a newer refusal, even at a higher count', () => {
    const old = learnCeiling({}, { action: 'invite', at, code: WEEKLY }, 87);
    const newer = learnCeiling(old, { action: 'invite', at: at + 3 * DAY, code: 'HTTP_429' }, 95);
    expect(newer['invites-week']).toEqual({ count: 95, at: at + 3 * DAY, code: 'HTTP_429' });
  });

  it('keeps the newer ceiling when an older refusal is reported late', () => {
    const current = learnCeiling({}, { action: 'invite', at, code: WEEKLY }, 87);
    expect(learnCeiling(current, { action: 'invite', at: at - DAY, code: WEEKLY }, 60)).toBe(current);
  });

  it('is idempotent: the same refusal again changes nothing', () => {
    const once = learnCeiling({}, { action: 'message', at, code: 'HTTP_429' }, 25);
    expect(learnCeiling(once, { action: 'message', at, code: 'HTTP_429' }, 25)).toBe(once);
  });

  it('learns nothing from a count of 0 (sends made elsewhere) or an InMail refusal', () => {
    expect(learnCeiling({}, { action: 'invite', at, code: WEEKLY }, 0)).toEqual({});
    expect(learnCeiling({}, { action: 'inmail', at, code: 'NO_INMAIL_CREDITS' }, 5)).toEqual({});
  });

  it('keeps the other meters', () => {
    const notes = learnCeiling({}, { action: 'invite-note', at, code: 'CUSTOM_INVITE_LIMIT_REACHED' }, 5);
    const both = learnCeiling(notes, { action: 'invite', at, code: WEEKLY }, 87);
    expect(Object.keys(both).sort()).toEqual(['invite-notes-month', 'invites-week']);
  });
});

describe('how long a ceiling holds', () => {
  it('holds 8 weeks, to the local minute, across a DST change (Berlin, autumn)', () => {
    // Tue 1 Sep 2026 15:00 CEST → Tue 27 Oct 2026 15:00 CET (clocks went back on 25 Oct).
    const at = Date.parse('2026-09-01T13:00:00Z');
    expect(ceilingExpiresAt({ at }, 'Europe/Berlin').toISOString()).toBe('2026-10-27T14:00:00.000Z');
  });

  it('holds 8 weeks across a spring change (New York) and a southern one (Sydney)', () => {
    // Tue 3 Feb 2026 09:00 EST → Tue 31 Mar 2026 09:00 EDT.
    expect(
      ceilingExpiresAt({ at: Date.parse('2026-02-03T14:00:00Z') }, 'America/New_York').toISOString(),
    ).toBe('2026-03-31T13:00:00.000Z');
    // Mon 2 Mar 2026 10:00 AEDT → Mon 27 Apr 2026 10:00 AEST (clocks went back on 5 Apr).
    expect(
      ceilingExpiresAt({ at: Date.parse('2026-03-01T23:00:00Z') }, 'Australia/Sydney').toISOString(),
    ).toBe('2026-04-27T00:00:00.000Z');
  });

  it('applies until it lapses, then not', () => {
    const ceiling = { count: 87, at: Date.parse('2026-12-01T14:00:00Z'), code: WEEKLY };
    const expires = ceilingExpiresAt(ceiling, 'Europe/Berlin');
    expect(expires.toISOString()).toBe('2027-01-26T14:00:00.000Z');
    const ceilings = { 'invites-week': ceiling };
    expect(
      activeCeiling(ceilings, 'invites-week', new Date(expires.getTime() - 1), 'Europe/Berlin'),
    ).toMatchObject({ count: 87, expiresAt: expires });
    expect(activeCeiling(ceilings, 'invites-week', expires, 'Europe/Berlin')).toBeNull();
    expect(activeCeiling(ceilings, 'messages-day', new Date(ceiling.at), 'Europe/Berlin')).toBeNull();
  });

  it('lowers a limit, never raises it, and leaves a meter the plan lacks alone', () => {
    expect(limitWithCeiling(100, { count: 87 })).toBe(87);
    expect(limitWithCeiling(80, { count: 87 })).toBe(80);
    expect(limitWithCeiling(null, { count: 12 })).toBe(12);
    expect(limitWithCeiling(0, { count: 12 })).toBe(0);
    expect(limitWithCeiling(100, null)).toBe(100);
  });
});

describe('meters with a learned ceiling', () => {
  const ZONE = 'Europe/Berlin';
  // Refused Tue 2026-12-01 15:00 Berlin, with 40 invites last Wednesday and 47 this week (15 today).
  const REFUSED = Date.parse('2026-12-01T14:00:00Z');
  const sent = [
    ...events('invite', 40, REFUSED - 6 * DAY),
    ...events('invite', 32, REFUSED - DAY),
    ...events('invite', 15, REFUSED - 2 * HOUR),
  ];
  const refusal = events('limit-reached', 1, REFUSED, { action: 'invite', code: WEEKLY });
  const learned = (over: Partial<Settings> = {}) =>
    settings({ ceilings: { 'invites-week': { count: 87, at: REFUSED, code: WEEKLY } }, ...over });
  const run = (evs: ActivityEvent[], s: Settings, now: Date) =>
    computeBudgets({ settings: s, events: evs, now, timeZone: ZONE });

  it('shows the refused week meter at its learned limit with nothing left, in both weekly modes', () => {
    const now = new Date(REFUSED + HOUR);
    for (const weeklyMode of ['calendar-week', 'rolling-7d'] as const) {
      const r = run([...sent, ...refusal], learned({ weeklyMode }), now);
      const week = meter(r, 'invites-week');
      expect(week).toMatchObject({ limit: 87, remaining: 0, zone: 'red' });
      expect(week.ceiling).toMatchObject({ count: 87, at: REFUSED });
      expect(week.used).toBe(weeklyMode === 'rolling-7d' ? 87 : 47);
      // No meter contradicts another: today's invites have nothing left either, and the badge shows the week.
      expect(meter(r, 'invites-day')).toMatchObject({ used: 15, limit: 20, remaining: 0, zone: 'red' });
      expect(r.tightest?.id).toBe('invites-week');
      if (weeklyMode === 'calendar-week') expect(week.rolling7d).toMatchObject({ used: 87, zone: 'red' });
    }
  });

  it('without the ceiling yet (just refused), the refused meter still has nothing left', () => {
    const r = run([...sent, ...refusal], settings(), new Date(REFUSED + HOUR));
    expect(meter(r, 'invites-week')).toMatchObject({ limit: 100, used: 47, remaining: 0, zone: 'red' });
  });

  it('after the window resets, meters against the learned limit instead of the default', () => {
    const nextWeek = new Date(Date.parse('2026-12-09T09:00:00Z')); // Wed, the rolling 7 days are empty
    const r = run(
      [...sent, ...refusal, ...events('invite', 10, nextWeek.getTime() - HOUR)],
      learned(),
      nextWeek,
    );
    expect(meter(r, 'invites-week')).toMatchObject({ used: 10, limit: 87, remaining: 77, refusal: null });
    expect(meter(r, 'invites-day')).toMatchObject({ limit: 20, remaining: 10 });
  });

  it('schedules the next change for when a ceiling lapses', () => {
    const late = new Date('2027-01-26T13:00:00Z'); // an hour before it lapses, on a Tuesday
    expect(run([], learned(), late).nextChangeAt?.toISOString()).toBe('2027-01-26T14:00:00.000Z');
  });

  it('returns to the configured limit 8 weeks after the refusal', () => {
    const after = new Date(Date.parse('2027-01-26T14:00:00Z'));
    const r = run([], learned(), after);
    expect(meter(r, 'invites-week')).toMatchObject({ limit: 100, ceiling: null });
    expect(meter(run([], learned(), new Date(after.getTime() - 1)), 'invites-week').limit).toBe(87);
  });

  it('keeps a lower override, and lowers the day limit to a week ceiling below it', () => {
    const now = new Date('2026-12-09T09:00:00Z');
    expect(meter(run([], learned({ overrides: { 'invites-week': 60 } }), now), 'invites-week').limit).toBe(
      60,
    );
    const tiny = settings({ ceilings: { 'invites-week': { count: 12, at: REFUSED, code: WEEKLY } } });
    expect(meter(run([], tiny, now), 'invites-day')).toMatchObject({ limit: 12, remaining: 12 });
  });

  it("never lets today's invites say more than the rolling 7 days leave", () => {
    // Monday after a Sunday burst: the calendar week is empty, the rolling 7 days hold 80 of 87.
    const monday = new Date('2026-12-07T09:00:00Z');
    const r = run(events('invite', 80, Date.parse('2026-12-06T12:00:00Z')), learned(), monday);
    expect(meter(r, 'invites-week')).toMatchObject({ used: 0, limit: 87, remaining: 87 });
    expect(meter(r, 'invites-week').rolling7d?.used).toBe(80);
    expect(meter(r, 'invites-day')).toMatchObject({ used: 0, limit: 20, remaining: 7 });
  });

  it('learns a note ceiling on a paid plan, whose note meter is otherwise unlimited', () => {
    const at = Date.parse('2026-12-10T10:00:00Z');
    const s = settings({
      plan: 'premium-business',
      ceilings: { 'invite-notes-month': { count: 30, at, code: 'CUSTOM_INVITE_LIMIT_REACHED' } },
    });
    const r = run(events('invite', 30, at - HOUR, { withNote: true }), s, new Date(at + HOUR));
    expect(meter(r, 'invite-notes-month')).toMatchObject({ used: 30, limit: 30, remaining: 0, zone: 'red' });
  });

  it('caps messages today by the learned day limit and keeps the week within it', () => {
    const at = Date.parse('2026-12-01T14:00:00Z');
    const s = settings({ ceilings: { 'messages-day': { count: 25, at, code: 'HTTP_429' } } });
    const tomorrow = new Date(at + DAY);
    const r = run(events('message', 5, tomorrow.getTime() - HOUR), s, tomorrow);
    expect(meter(r, 'messages-day')).toMatchObject({ used: 5, limit: 25, remaining: 20 });
    expect(meter(r, 'messages-week')).toMatchObject({ limit: 100 });
  });
});
