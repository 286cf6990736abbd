import { describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { computeBudgets, countedSince } from '../../../lib/domain/budgets';
import { PLAN_LIMITS, PLANS } from '../../../lib/domain/limits';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';

const A = 'urn:li:fsd_profile:ACoAAMe';
const HOUR = 3_600_000;
// Wednesday 2026-11-25 12:00 in Berlin; the local day began 2026-11-24T23:00Z.
const NOW = new Date('2026-11-25T11:00:00Z');
const ZONE = 'Europe/Berlin';
const DAY_START = Date.parse('2026-11-24T23:00:00Z');

const settings = (over: Partial<Settings> = {}): Settings => ({
  ...defaultSettings(new Date('2026-11-01T00:00:00Z')),
  engagementMeter: true,
  ...over,
});
let seq = 0;
const ev = (kind: ActivityEvent['kind'], count: number, at = DAY_START + HOUR): ActivityEvent[] =>
  Array.from({ length: count }, () => ({ key: `${kind}:${++seq}`, account: A, kind, at }));
const engagement = (events: ActivityEvent[], s = settings()) =>
  computeBudgets({ settings: s, events, now: NOW, timeZone: ZONE }).meters.find(
    (m) => m.id === 'engagement-day',
  );

describe('the engagement bucket', () => {
  it('sums messages to connections, profile views, comments and reactions of the local day', () => {
    const m = engagement([
      ...ev('message', 3),
      ...ev('profile-view', 4),
      ...ev('comment', 2),
      ...ev('reaction', 5),
    ]);
    expect(m).toMatchObject({
      kind: 'engagement',
      window: 'day',
      used: 14,
      limit: 100,
      remaining: 86,
      zone: 'ok',
    });
    expect(m?.resetsAt?.toISOString()).toBe('2026-11-25T23:00:00.000Z');
  });

  it('leaves out replies, InMails, Open Profile messages, invites and yesterday', () => {
    const m = engagement([
      ...ev('reply', 7),
      ...ev('inmail', 2),
      ...ev('open-profile-message', 2),
      ...ev('invite', 3),
      ...ev('comment', 4, DAY_START - 1),
      ...ev('reaction', 1),
    ]);
    expect(m?.used).toBe(1);
  });

  it.each([
    [69, 'ok'],
    [70, 'warn'],
    [89, 'warn'],
    [90, 'red'],
    [100, 'red'],
    [101, 'over'],
  ])('at %i of 100 it is %s', (used, zone) => {
    const half = Math.floor(used / 2);
    expect(engagement([...ev('reaction', half), ...ev('profile-view', used - half)])).toMatchObject({
      used,
      zone,
    });
  });

  it('is absent while the switch is off, and never the tightest then', () => {
    const r = computeBudgets({
      settings: settings({ engagementMeter: false }),
      events: ev('reaction', 99),
      now: NOW,
      timeZone: ZONE,
    });
    expect(r.meters.some((m) => m.id === 'engagement-day')).toBe(false);
    expect(r.tightest?.id).not.toBe('engagement-day');
  });

  it('can be the tightest meter when on', () => {
    const r = computeBudgets({ settings: settings(), events: ev('reaction', 95), now: NOW, timeZone: ZONE });
    expect(r.tightest?.id).toBe('engagement-day');
  });

  it('has 100 a day on every plan, and follows an override', () => {
    for (const plan of PLANS) expect(PLAN_LIMITS[plan].meters['engagement-day'].limit).toBe(100);
    expect(engagement(ev('comment', 30), settings({ overrides: { 'engagement-day': 40 } }))).toMatchObject({
      limit: 40,
      zone: 'warn',
    });
  });

  it('reads comments and reactions from the start of the local day', () => {
    const since = countedSince(settings(), NOW, ZONE);
    expect(since.comment).toBe(DAY_START);
    expect(since.reaction).toBe(DAY_START);
    expect(since['profile-view']).toBeLessThanOrEqual(DAY_START);
    expect(since.message).toBeLessThanOrEqual(DAY_START);
  });
});
