import { describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { computeBudgets, countedSince, type MeterReading } from '../../../lib/domain/budgets';
import type { MeterId } from '../../../lib/domain/limits';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';

const A = 'urn:li:fsd_profile:ACoAAMe';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Wednesday 2026-11-25 12:00 in Berlin (11:00Z); the calendar week began Mon 2026-11-23 00:00 Berlin.
const NOW = new Date('2026-11-25T11:00:00Z');
const ZONE = 'Europe/Berlin';
const WEEK_START = Date.parse('2026-11-22T23:00:00Z');

function settings(over: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(new Date('2026-11-01T00:00:00Z')), ...over };
}
let seq = 0;
function events(
  kind: ActivityEvent['kind'],
  count: number,
  at: number,
  extra: Partial<ActivityEvent> = {},
): ActivityEvent[] {
  return Array.from({ length: count }, () => ({ key: `${kind}:${++seq}`, account: A, kind, at, ...extra }));
}
function meter(r: ReturnType<typeof computeBudgets>, id: MeterId): MeterReading {
  const m = r.meters.find((x) => x.id === id);
  if (!m) throw new Error(`no ${id}`);
  return m;
}
const run = (evs: ActivityEvent[], s = settings(), now = NOW, timeZone = ZONE) =>
  computeBudgets({ settings: s, events: evs, now, timeZone });

describe('budgets', () => {
  it('lists every meter once, in order', () => {
    expect(run([]).meters.map((m) => m.id)).toEqual([
      'invites-week',
      'invites-day',
      'invite-notes-month',
      'messages-day',
      'messages-week',
      'inmails-balance',
      'inmails-day',
      'open-profile-month',
      'profile-views-day',
    ]);
  });

  it.each([
    [69, 'ok'],
    [70, 'warn'],
    [89, 'warn'],
    [90, 'red'],
    [100, 'red'],
    [101, 'over'],
  ])('invites this week at %i of 100 are %s', (used, zone) => {
    const m = meter(run(events('invite', used, WEEK_START + HOUR)), 'invites-week');
    expect(m).toMatchObject({ used, limit: 100, remaining: Math.max(0, 100 - used), zone });
    expect(m.resetsAt?.toISOString()).toBe('2026-11-29T23:00:00.000Z');
  });

  it('does not count last week or other kinds', () => {
    const evs = [
      ...events('invite', 5, WEEK_START - 1),
      ...events('message', 4, WEEK_START + HOUR),
      ...events('invite', 2, WEEK_START),
    ];
    expect(meter(run(evs), 'invites-week').used).toBe(2);
  });

  it('counts events dated after now (the clock moved back) as happening now', () => {
    const evs = [...events('invite', 2, WEEK_START + HOUR), ...events('invite', 3, NOW.getTime() + 2 * HOUR)];
    const r = run(evs);
    expect(meter(r, 'invites-week').used).toBe(5);
    expect(meter(r, 'invites-day').used).toBe(3);
    // Even a jump back across the week boundary loses nothing: last week's clock, this week's sends.
    const jumpedBack = run(evs, settings(), new Date(WEEK_START - HOUR));
    expect(meter(jumpedBack, 'invites-week').used).toBe(5);
  });

  it('recomputes windows from stored instants when the user travels', () => {
    // Monday 01:00 in Berlin is still Sunday 19:00 in New York.
    const mondayBerlin = Date.parse('2026-11-23T00:00:00Z');
    const evs = events('invite', 3, mondayBerlin);
    const now = new Date('2026-11-23T01:00:00Z');
    const berlin = run(evs, settings(), now, 'Europe/Berlin');
    const newYork = run(evs, settings(), now, 'America/New_York');
    expect(meter(berlin, 'invites-week').used).toBe(3);
    expect(meter(newYork, 'invites-week').used).toBe(3); // still Sunday there: same calendar week
    expect(meter(newYork, 'invites-week').resetsAt?.toISOString()).toBe('2026-11-23T05:00:00.000Z');
    const tuesdayNewYork = run(evs, settings(), new Date('2026-11-24T12:00:00Z'), 'America/New_York');
    expect(meter(tuesdayNewYork, 'invites-week').used).toBe(0); // New York's week began after them
    expect(meter(tuesdayNewYork, 'invites-week').rolling7d?.used).toBe(3); // but the rolling 7 days keep them
  });

  it('raises the calendar week with the rolling 7 days (100 on Sunday, then Monday)', () => {
    const sunday = WEEK_START - 2 * HOUR;
    const r = run([...events('invite', 92, sunday), ...events('invite', 1, WEEK_START + HOUR)]);
    const m = meter(r, 'invites-week');
    expect(m.used).toBe(1);
    expect(m.rolling7d).toMatchObject({ used: 93, zone: 'red' });
    expect(m.rolling7d?.nextFreeAt?.toISOString()).toBe(new Date(sunday + 7 * DAY).toISOString());
    expect(m.zone).toBe('red');
    expect(r.tightest?.id).toBe('invites-week');
  });

  it('uses a rolling window in rolling-7d mode, with the next free slot', () => {
    const first = NOW.getTime() - 6 * DAY;
    const r = run(
      [...events('invite', 1, first), ...events('invite', 1, NOW.getTime() - DAY)],
      settings({ weeklyMode: 'rolling-7d' }),
    );
    const m = meter(r, 'invites-week');
    expect(m.used).toBe(2);
    expect(m.resetsAt).toBeNull();
    expect(m.nextFreeAt?.toISOString()).toBe(new Date(first + 7 * DAY).toISOString());
    expect(m.rolling7d).toBeNull();
  });

  it('counts notes only on free and calls them unlimited on paid plans', () => {
    const evs = [
      ...events('invite', 4, WEEK_START + HOUR, { withNote: true }),
      ...events('invite', 3, WEEK_START + HOUR),
    ];
    expect(meter(run(evs), 'invite-notes-month')).toMatchObject({
      used: 4,
      limit: 5,
      remaining: 1,
      zone: 'warn',
    });
    const paid = meter(run(evs, settings({ plan: 'premium-business' })), 'invite-notes-month');
    expect(paid).toMatchObject({ used: 4, limit: null, remaining: null, zone: 'ok' });
  });

  it('marks what the plan lacks as none and keeps it out of the tightest meter', () => {
    const r = run([]);
    expect(meter(r, 'inmails-balance')).toMatchObject({ limit: 0, zone: 'none' });
    expect(meter(r, 'open-profile-month')).toMatchObject({ limit: 0, zone: 'none' });
    expect(r.inmail).toBeNull();
    expect(r.tightest?.id).not.toBe('inmails-balance');
  });

  it('puts a refused meter in the red until its window resets', () => {
    const refusal = events('limit-reached', 1, WEEK_START + DAY, {
      action: 'invite',
      code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED',
    });
    const r = run([...events('invite', 10, WEEK_START + HOUR), ...refusal]);
    const m = meter(r, 'invites-week');
    expect(m.zone).toBe('red');
    expect(m.refusal?.code).toBe('CANT_INVITE_CONNECTION_LIMIT_REACHED');
    expect(r.tightest?.id).toBe('invites-week');
    const nextWeek = run([...refusal], settings(), new Date(Date.parse('2026-11-30T00:00:00Z')));
    expect(meter(nextWeek, 'invites-week').refusal).toBeNull();
    expect(meter(run(refusal), 'messages-week').refusal).toBeNull();
  });

  it("a messaging 429 stops today's messages, not the week's: the week meter is not refused and keeps its count", () => {
    const refusal = events('limit-reached', 1, NOW.getTime() - HOUR, { action: 'message', code: 'HTTP_429' });
    const r = run([...events('message', 12, NOW.getTime() - 2 * HOUR), ...refusal]);
    expect(meter(r, 'messages-day')).toMatchObject({ zone: 'red', remaining: 0 });
    expect(meter(r, 'messages-day').refusal?.code).toBe('HTTP_429');
    const week = meter(r, 'messages-week');
    expect(week.refusal).toBeNull();
    expect(week.remaining).toBe((week.limit ?? 0) - 12);
  });

  it("InMails added by hand for the month Pacer started in spend that month's credits; observed ones before the start do not", () => {
    // Installed (plan chosen) on Nov 20; the credit month began Nov 1 (Berlin). Premium Career: 5 a month.
    const s = settings({ plan: 'premium-career', planChosenAt: Date.parse('2026-11-20T10:00:00Z') });
    const inmail = (key: string, at: string, over: Partial<ActivityEvent> = {}): ActivityEvent => ({
      key,
      account: A,
      kind: 'inmail',
      at: Date.parse(at),
      ...over,
    });
    const handAdded = [
      inmail('manual:1:0', '2026-11-01T22:59:59.999Z', { source: 'manual' }),
      inmail('manual:1:1', '2026-11-01T22:59:59.999Z', { source: 'manual' }),
      inmail('manual:1:2', '2026-11-01T22:59:59.999Z', { source: 'manual' }),
    ];
    expect(run(handAdded, s).inmail?.available).toBe(2);
    // Seen before the plan was chosen: the ledger starts at the choice, as before.
    expect(run([inmail('inmail:x', '2026-11-05T09:00:00Z')], s).inmail?.available).toBe(5);
    // Added by hand for an earlier credit month: that month's credits are not this one's.
    expect(
      run([inmail('manual:2:0', '2026-10-25T09:00:00Z', { source: 'manual' })], s).inmail?.available,
    ).toBe(5);
    // A calibration after them already says the balance: they are not spent twice.
    const calibrated = settings({
      ...s,
      inmail: {
        refillDay: 1,
        expires: null,
        calibration: { balance: 2, at: Date.parse('2026-11-21T10:00:00Z') },
      },
    });
    expect(run(handAdded, calibrated).inmail?.available).toBe(2);
    // The reads start early enough to see them.
    expect(countedSince(s, NOW, ZONE).inmail).toBe(Date.parse('2026-10-31T23:00:00Z'));
  });

  it('meters InMail credits from the ledger', () => {
    const s = settings({ plan: 'premium-career', planChosenAt: Date.parse('2026-09-15T10:00:00Z') });
    // Grants: Sep 15 (5), Oct 1 (5), Nov 1 (5) → 15 (cap 15). Two InMails this month, one answered.
    const sent = [
      {
        key: 'inmail:1',
        account: A,
        kind: 'inmail' as const,
        at: Date.parse('2026-11-10T09:00:00Z'),
        conversation: 'c1',
      },
      {
        key: 'inmail:2',
        account: A,
        kind: 'inmail' as const,
        at: Date.parse('2026-11-12T09:00:00Z'),
        conversation: 'c2',
      },
    ];
    const answer = {
      key: 'inmail-response:c1',
      account: A,
      kind: 'inmail-response' as const,
      at: Date.parse('2026-11-13T09:00:00Z'),
      conversation: 'c1',
    };
    const r = run([...sent, answer], s);
    expect(meter(r, 'inmails-balance')).toMatchObject({ used: 2, limit: 5, remaining: 14, zone: 'ok' });
    expect(r.inmail).toMatchObject({ available: 14, refunded: 1, pendingRefunds: 1, maxBalance: 15 });
    expect(r.inmail?.nextRefillAt.toISOString()).toBe('2026-11-30T23:00:00.000Z');
  });

  it('shows the InMail balance red at 0 credits and amber below 30 % of the grant', () => {
    const s = settings({ plan: 'premium-business', planChosenAt: Date.parse('2026-11-01T00:00:00Z') });
    const at = Date.parse('2026-11-20T09:00:00Z');
    expect(meter(run(events('inmail', 15, at), s), 'inmails-balance')).toMatchObject({
      remaining: 0,
      zone: 'red',
    });
    expect(meter(run(events('inmail', 11, at), s), 'inmails-balance')).toMatchObject({
      remaining: 4,
      zone: 'warn',
    });
    expect(meter(run(events('inmail', 10, at), s), 'inmails-balance')).toMatchObject({
      remaining: 5,
      zone: 'ok',
    });
  });

  it('keeps exactly 30 % of the grant out of the amber', () => {
    const s = settings({
      plan: 'premium-career',
      overrides: { 'inmails-balance': 10 },
      planChosenAt: Date.parse('2026-11-01T00:00:00Z'),
    });
    const at = Date.parse('2026-11-20T09:00:00Z');
    expect(meter(run(events('inmail', 7, at), s), 'inmails-balance')).toMatchObject({
      remaining: 3,
      zone: 'ok',
    });
    expect(meter(run(events('inmail', 8, at), s), 'inmails-balance')).toMatchObject({
      remaining: 2,
      zone: 'warn',
    });
  });

  it('starts the ledger from a calibration', () => {
    const s = settings({
      plan: 'sales-navigator-core',
      inmail: {
        refillDay: 1,
        expires: null,
        calibration: { balance: 37, at: Date.parse('2026-11-20T08:00:00Z') },
      },
    });
    expect(
      meter(run(events('inmail', 2, Date.parse('2026-11-21T08:00:00Z')), s), 'inmails-balance').remaining,
    ).toBe(35);
  });

  it('applies overrides and custom thresholds', () => {
    const s = settings({ overrides: { 'messages-day': 10 }, zones: { warn: 50, red: 80 } });
    const m = meter(run(events('message', 5, NOW.getTime() - HOUR), s), 'messages-day');
    expect(m).toMatchObject({ used: 5, limit: 10, zone: 'warn' });
  });

  it('does not count replies as outreach', () => {
    const r = run([
      ...events('reply', 40, NOW.getTime() - HOUR),
      ...events('message', 2, NOW.getTime() - HOUR),
    ]);
    expect(meter(r, 'messages-day').used).toBe(2);
  });

  it('picks the tightest meter by used/limit', () => {
    const r = run([
      ...events('invite', 10, NOW.getTime() - HOUR),
      ...events('profile-view', 40, NOW.getTime() - HOUR),
    ]);
    // invites-day 10/20 = 0.5; profile views 40/50 = 0.8
    expect(r.tightest?.id).toBe('profile-views-day');
  });

  it('resets the day at local midnight across a DST change (New York, 2026-11-01)', () => {
    const now = new Date('2026-11-01T20:00:00Z'); // 15:00 EST, a 25-hour day
    const r = run(
      [
        ...events('profile-view', 1, Date.parse('2026-11-01T04:30:00Z')),
        ...events('profile-view', 1, Date.parse('2026-11-01T03:59:00Z')),
      ],
      settings(),
      now,
      'America/New_York',
    );
    const m = meter(r, 'profile-views-day');
    expect(m.used).toBe(1);
    expect(m.resetsAt?.toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });

  it('says when the next reading changes', () => {
    const r = run([]);
    expect(r.nextChangeAt?.toISOString()).toBe('2026-11-25T23:00:00.000Z');
  });
});
