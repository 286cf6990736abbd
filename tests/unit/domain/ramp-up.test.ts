import { describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { computeBudgets } from '../../../lib/domain/budgets';
import {
  type AcceptanceZone,
  RAMP_WEEKS,
  type RampUp,
  rampLimit,
  rampState,
  rampTransition,
  startRamp,
} from '../../../lib/domain/ramp-up';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';

const ZONE = 'Europe/Berlin';
// Started Monday 2026-03-02 at 15:00 in Berlin.
const START = Date.parse('2026-03-02T14:00:00Z');
const at = (iso: string) => new Date(iso);
const RAMP = startRamp(START);
const state = (now: string, zone: AcceptanceZone = 'unknown', timeZone = ZONE, ramp: RampUp = RAMP) =>
  rampState({ ramp, now: at(now), timeZone, acceptance: { zone } });

describe('ramp weeks', () => {
  it('week 1 is the start day and the six after it, by the local calendar', () => {
    expect(state('2026-03-02T14:00:00Z').week).toBe(1);
    expect(state('2026-03-08T22:59:59Z').week).toBe(1); // Sunday 23:59:59 in Berlin
    expect(state('2026-03-08T23:00:00Z').week).toBe(2); // Monday 00:00 in Berlin
    expect(state('2026-03-08T23:00:00Z').nextWeekAt?.toISOString()).toBe('2026-03-15T23:00:00.000Z');
  });

  it('a week across the spring DST change is still seven calendar days', () => {
    // Berlin moves to summer time on Sunday 2026-03-29: week 5 runs Mon 30 March 00:00 (22:00Z).
    expect(state('2026-03-29T21:59:59Z').week).toBe(4);
    expect(state('2026-03-29T22:00:00Z').week).toBe(5);
    expect(state('2026-03-22T23:00:00Z').nextWeekAt?.toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('counts in the user zone, not UTC', () => {
    // 23:30Z on 8 March is Monday 00:30 in Berlin (week 2) but Sunday 19:30 in New York (still week 1).
    expect(state('2026-03-08T23:30:00Z', 'unknown', 'America/New_York').week).toBe(1);
    expect(state('2026-03-08T23:30:00Z').week).toBe(2);
  });

  it('completes at week 6 and has no next week after it', () => {
    const s = state('2026-04-06T22:00:00Z'); // Tuesday of week 6
    expect(s).toMatchObject({ week: RAMP_WEEKS, step: RAMP_WEEKS, complete: true, paused: false });
    expect(s.nextWeekAt).toBeNull();
    expect(state('2026-06-01T10:00:00Z')).toMatchObject({ complete: true, paused: false });
  });

  it('a start in the future (the clock moved back) is week 1', () => {
    expect(state('2026-03-01T10:00:00Z').week).toBe(1);
  });
});

describe('ramp limits', () => {
  it('start at 10 a day and grow in equal steps to the full limit at week 6', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((w) => rampLimit(w, 20, 10))).toEqual([10, 12, 14, 16, 18, 20, 20]);
    expect([1, 2, 3, 4, 5, 6].map((w) => rampLimit(w, 40, 10))).toEqual([10, 16, 22, 28, 34, 40]);
    expect([1, 2, 3, 4, 5, 6].map((w) => rampLimit(w, 100, 50))).toEqual([50, 60, 70, 80, 90, 100]);
  });

  it('never exceed the full limit, however low', () => {
    expect(rampLimit(1, 5, 10)).toBe(5);
    expect(rampLimit(3, 0, 10)).toBe(0);
    expect(rampLimit(2, null, 10)).toBeNull();
  });
});

describe('pauses', () => {
  it.each<[AcceptanceZone, boolean]>([
    ['ok', false],
    ['unknown', false],
    ['warn', true],
    ['red', true],
  ])('acceptance %s: paused %s, the step kept (never reversed)', (zone, paused) => {
    const s = state('2026-03-25T10:00:00Z', zone); // week 4
    expect(s.paused).toBe(paused);
    expect(s.step).toBe(4);
    expect(s.nextWeekAt === null).toBe(paused);
  });

  it('a stored pause stops the weeks; released, the ramp resumes where it stood', () => {
    // Held on Wednesday of week 2 (11 March), by the worker when acceptance turned amber.
    const held = rampTransition(RAMP, 'warn', Date.parse('2026-03-11T10:00:00Z'), ZONE);
    expect(held).toEqual({ ...RAMP, heldSince: Date.parse('2026-03-11T10:00:00Z') });
    if (!held) return;
    // Three weeks later, still held (acceptance no longer read as bad, but not released yet): week 2.
    expect(state('2026-04-01T10:00:00Z', 'unknown', ZONE, held)).toMatchObject({ week: 2, paused: true });
    // Released on 1 April: 21 held days counted, the ramp goes on from week 2.
    const released = rampTransition(held, 'ok', Date.parse('2026-04-01T10:00:00Z'), ZONE);
    expect(released).toEqual({ ...RAMP, heldDays: 21, heldSince: null });
    if (!released) return;
    expect(state('2026-04-01T10:00:00Z', 'ok', ZONE, released)).toMatchObject({ week: 2, paused: false });
    // The next week starts 21 days later than it would have: Monday 6 April 00:00 in Berlin.
    expect(state('2026-04-01T10:00:00Z', 'ok', ZONE, released).nextWeekAt?.toISOString()).toBe(
      '2026-04-05T22:00:00.000Z',
    );
    expect(state('2026-04-06T10:00:00Z', 'ok', ZONE, released).week).toBe(3);
  });

  it('a transition is stored only when the zone calls for one', () => {
    const t = Date.parse('2026-03-11T10:00:00Z');
    expect(rampTransition(RAMP, 'ok', t, ZONE)).toBeNull();
    expect(rampTransition(RAMP, 'unknown', t, ZONE)).toBeNull();
    expect(rampTransition({ ...RAMP, heldSince: t }, 'red', t + 1000, ZONE)).toBeNull();
    expect(rampTransition({ ...RAMP, heldSince: t }, 'unknown', t + 3 * 86_400_000, ZONE)).toEqual({
      ...RAMP,
      heldDays: 3,
      heldSince: null,
    });
  });

  it('a paused ramp does not complete', () => {
    expect(
      state('2026-04-14T10:00:00Z', 'red', ZONE, { ...RAMP, heldSince: Date.parse('2026-03-10T10:00:00Z') }),
    ).toMatchObject({
      week: 2,
      complete: false,
    });
  });
});

describe('budgets with the ramp on', () => {
  const NOW = at('2026-03-18T10:00:00Z'); // Wednesday of week 3
  const settings = (over: Partial<Settings> = {}): Settings => ({
    ...defaultSettings(new Date('2026-03-01T00:00:00Z')),
    rampUp: startRamp(START),
    ...over,
  });
  const invites = (n: number): ActivityEvent[] =>
    Array.from({ length: n }, (_, i) => ({
      key: `invite:${i}`,
      account: 'urn:li:fsd_profile:ACoAAMe',
      kind: 'invite',
      at: NOW.getTime() - 3_600_000,
    }));
  const run = (s: Settings, zone?: AcceptanceZone, events: ActivityEvent[] = []) =>
    computeBudgets({
      settings: s,
      events,
      now: NOW,
      timeZone: ZONE,
      ...(zone ? { acceptance: { zone } } : {}),
    });
  const limits = (r: ReturnType<typeof run>) =>
    Object.fromEntries(r.meters.filter((m) => m.kind === 'invites').map((m) => [m.id, m.limit]));

  it('lowers the invite limits to the ramp step, and says which week', () => {
    const r = run(settings());
    expect(limits(r)).toEqual({ 'invites-week': 70, 'invites-day': 14 });
    const day = r.meters.find((m) => m.id === 'invites-day');
    expect(day?.ramp).toMatchObject({ week: 3, step: 3, paused: false });
    expect(r.meters.find((m) => m.id === 'messages-day')?.ramp).toBeUndefined();
    expect(r.nextChangeAt?.getTime()).toBeLessThanOrEqual(Date.parse('2026-03-22T23:00:00Z'));
  });

  it('keeps its step while acceptance is amber or red (no growth, no reversal)', () => {
    expect(limits(run(settings(), 'warn'))).toEqual({ 'invites-week': 70, 'invites-day': 14 });
    expect(limits(run(settings(), 'red'))).toEqual({ 'invites-week': 70, 'invites-day': 14 });
    // Held since week 1's Wednesday: still week 1's step in week 3 of the calendar.
    const held = settings({ rampUp: { ...startRamp(START), heldSince: Date.parse('2026-03-04T10:00:00Z') } });
    expect(limits(run(held, 'red'))).toEqual({ 'invites-week': 50, 'invites-day': 10 });
  });

  it('grows toward the user’s own limit, never above it', () => {
    const own = settings({ overrides: { 'invites-day': 60, 'invites-week': 300 } });
    expect(limits(run(own))).toEqual({ 'invites-week': 150, 'invites-day': 30 });
    const low = settings({ overrides: { 'invites-day': 8, 'invites-week': 30 } });
    expect(limits(run(low))).toEqual({ 'invites-week': 30, 'invites-day': 8 });
  });

  it('never above a learned ceiling', () => {
    const s = settings({
      ceilings: { 'invites-week': { count: 40, at: NOW.getTime() - 86_400_000, code: 'X' } },
    });
    expect(limits(run(s))['invites-week']).toBeLessThanOrEqual(40);
  });

  it('zones follow the ramped limit', () => {
    const r = run(settings(), undefined, invites(13));
    expect(r.meters.find((m) => m.id === 'invites-day')).toMatchObject({ used: 13, limit: 14, zone: 'red' });
  });

  it('off: the plan limits, no ramp', () => {
    const r = run(settings({ rampUp: null }));
    expect(limits(r)).toEqual({ 'invites-week': 100, 'invites-day': 20 });
    expect(r.meters.find((m) => m.id === 'invites-day')?.ramp).toBeUndefined();
  });
});
