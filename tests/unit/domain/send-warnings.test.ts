import { describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { computeBudgets } from '../../../lib/domain/budgets';
import { sendWarnings } from '../../../lib/domain/send-warnings';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';
import { warningFacts } from '../../../lib/domain/warning-facts';

const NOW = new Date('2026-11-25T11:00:00Z');
const A = 'urn:li:fsd_profile:ACoAAMe';
let n = 0;
const evs = (
  kind: ActivityEvent['kind'],
  count: number,
  extra: Partial<ActivityEvent> = {},
): ActivityEvent[] =>
  Array.from({ length: count }, () => ({
    key: `k${++n}`,
    account: A,
    kind,
    at: NOW.getTime() - 3_600_000,
    ...extra,
  }));
/** The facts the worker sends the content script about these events. */
const report = (events: ActivityEvent[], s: Partial<Settings> = {}) =>
  warningFacts(
    computeBudgets({
      settings: { ...defaultSettings(new Date('2026-11-01T00:00:00Z')), ...s },
      events,
      now: NOW,
      timeZone: 'UTC',
    }),
  );

describe('send warnings', () => {
  it('says nothing while the matching meters are green', () => {
    expect(sendWarnings(report(evs('invite', 5)), { surface: 'invite' })).toEqual([]);
    expect(sendWarnings(report(evs('invite', 19)), { surface: 'message' })).toEqual([]);
  });

  it('warns in the amber and the red for the surface’s meters', () => {
    const w = sendWarnings(report(evs('invite', 14)), { surface: 'invite' });
    expect(w.map((x) => [x.meter, x.zone, x.reason])).toEqual([['invites-day', 'warn', 'zone']]);
    const red = sendWarnings(report(evs('message', 27)), { surface: 'message' });
    expect(red.map((x) => [x.meter, x.zone])).toEqual([['messages-day', 'red']]);
    expect(red[0]).toMatchObject({ used: 27, limit: 30, remaining: 3 });
  });

  it('flags a spent free note quota and a note longer than the plan allows', () => {
    const notes = evs('invite', 5, { withNote: true });
    expect(sendWarnings(report(notes), { surface: 'invite', noteLength: 12 }).map((w) => w.reason)).toContain(
      'note-quota',
    );
    expect(sendWarnings(report(notes), { surface: 'invite' }).map((w) => w.reason)).not.toContain(
      'note-quota',
    );
    const long = sendWarnings(report([]), { surface: 'invite', noteLength: 201 });
    expect(long).toEqual([
      expect.objectContaining({ reason: 'note-too-long', used: 201, limit: 200, zone: 'red' }),
    ]);
    expect(sendWarnings(report([]), { surface: 'invite', noteLength: 200 })).toEqual([]);
  });

  it('says when no InMail credits are left', () => {
    const s = { plan: 'premium-career' as const, planChosenAt: Date.parse('2026-11-01T00:00:00Z') };
    const w = sendWarnings(report(evs('inmail', 5), s), { surface: 'inmail' });
    expect(w.map((x) => x.reason)).toContain('no-credits');
    expect(sendWarnings(report([], s), { surface: 'inmail' })).toEqual([]);
  });

  it('reports a LinkedIn refusal as red', () => {
    const refused = evs('limit-reached', 1, {
      action: 'invite',
      code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED',
    });
    const w = sendWarnings(report(refused), { surface: 'invite' });
    expect(w[0]).toMatchObject({
      reason: 'refused',
      zone: 'red',
      refusalCode: 'CANT_INVITE_CONNECTION_LIMIT_REACHED',
    });
  });

  it('states a refusal once, on the week meter with the week reset, not again on today', () => {
    const refused = evs('limit-reached', 1, {
      action: 'invite',
      code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED',
    });
    const facts = report(refused);
    // Both meters carry the refusal; the banner says it once.
    expect(facts.meters.filter((m) => m.refusalCode !== null).map((m) => m.id)).toEqual([
      'invites-week',
      'invites-day',
    ]);
    const w = sendWarnings(facts, { surface: 'invite' }).filter((x) => x.reason === 'refused');
    expect(w).toHaveLength(1);
    expect(w[0]?.meter).toBe('invites-week');
    expect(w[0]?.resetsAt).toBe(facts.meters.find((m) => m.id === 'invites-week')?.resetsAt);
  });
});
