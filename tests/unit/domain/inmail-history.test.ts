import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { computeBudgets } from '../../../lib/domain/budgets';
import { REFUND_WINDOW_MS } from '../../../lib/domain/inmail';
import { settleInmails } from '../../../lib/domain/inmail-history';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';

const A = 'urn:li:fsd_profile:ACoAAMe';
const DAY = 86_400_000;
const NOW = Date.parse('2026-11-24T10:00:00Z');
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu'];

/** A year of InMail sends and responses (conversations and people shared, so matching is tested). */
const history = fc
  .array(
    fc.record({
      response: fc.boolean(),
      // Around the settling instant and the DST changes of the year, some "in the future".
      at: fc.integer({ min: NOW - 400 * DAY, max: NOW + 2 * DAY }),
      conversation: fc.option(fc.constantFrom('c1', 'c2', 'c3', 'c4'), { nil: undefined }),
      target: fc.option(fc.constantFrom('p1', 'p2', 'p3'), { nil: undefined }),
    }),
    { maxLength: 60 },
  )
  .map((list) =>
    list.map(
      (e, i): ActivityEvent => ({
        key: `${e.response ? 'r' : 's'}${i}`,
        account: A,
        kind: e.response ? 'inmail-response' : 'inmail',
        at: e.at,
        ...(e.conversation === undefined ? {} : { conversation: e.conversation }),
        ...(e.target === undefined ? {} : { target: e.target }),
      }),
    ),
  );

const settings = fc.record({
  plan: fc.constantFrom(
    'premium-career',
    'premium-business',
    'sales-navigator-core',
    'recruiter-lite',
  ) as fc.Arbitrary<Settings['plan']>,
  planChosenAt: fc.integer({ min: NOW - 420 * DAY, max: NOW }),
  refillDay: fc.integer({ min: 1, max: 31 }),
  expires: fc.constantFrom(null, true, false),
  calibration: fc.option(
    fc.record({
      balance: fc.integer({ min: 0, max: 200 }),
      at: fc.integer({ min: NOW - 300 * DAY, max: NOW }),
    }),
    { nil: null },
  ),
  grant: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
});

function settingsOf(s: typeof settings extends fc.Arbitrary<infer T> ? T : never): Settings {
  const base = defaultSettings(new Date(NOW));
  return {
    ...base,
    plan: s.plan,
    planChosenAt: s.planChosenAt,
    overrides: s.grant === undefined ? {} : { 'inmails-balance': s.grant },
    inmail: { refillDay: s.refillDay, expires: s.expires, calibration: s.calibration },
  };
}

describe('settled InMail history', () => {
  it('gives the same report as replaying every event, for any history, settings, zone and instant', () => {
    fc.assert(
      fc.property(
        history,
        settings,
        fc.constantFrom(...ZONES),
        fc.integer({ min: NOW - 380 * DAY, max: NOW }),
        fc.integer({ min: 0, max: 3 * DAY }),
        (events, s, timeZone, until, after) => {
          const now = new Date(until + after);
          const st = settingsOf(s);
          const full = computeBudgets({ settings: st, events, now, timeZone });
          const settled = settleInmails(events, until);
          // What a reader gets: the history, plus the InMail events from `until` up.
          const live = events.filter((e) => e.at >= until);
          const folded = computeBudgets({
            settings: st,
            events: live,
            inmailHistory: settled,
            now,
            timeZone,
          });
          expect(folded).toEqual(full);
          // Events the history covers are ignored when passed again (no double count).
          expect(computeBudgets({ settings: st, events, inmailHistory: settled, now, timeZone })).toEqual(
            full,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same report around the 90-day refund edge of the settled InMails', () => {
    const until = NOW - DAY;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            response: fc.boolean(),
            // Sends about 90 days before `until`; responses just after it.
            offset: fc.integer({ min: -3 * DAY, max: 3 * DAY }),
            conversation: fc.constantFrom('c1', 'c2'),
          }),
          { maxLength: 20 },
        ),
        fc.constantFrom(...ZONES),
        (list, timeZone) => {
          const events = list.map(
            (e, i): ActivityEvent => ({
              key: `${e.response ? 'r' : 's'}${i}`,
              account: A,
              kind: e.response ? 'inmail-response' : 'inmail',
              at: e.response ? until + Math.abs(e.offset) : until - REFUND_WINDOW_MS + e.offset,
              conversation: e.conversation,
            }),
          );
          // A small grant, started just before the sends: refunds show in the balance (not at the cap).
          const st: Settings = {
            ...defaultSettings(new Date(until - REFUND_WINDOW_MS - 4 * DAY)),
            plan: 'premium-career',
            overrides: { 'inmails-balance': 2 },
          };
          const now = new Date(NOW);
          const full = computeBudgets({ settings: st, events, now, timeZone });
          const live = events.filter((e) => e.at >= until);
          const settled = settleInmails(events, until);
          expect(
            computeBudgets({ settings: st, events: live, inmailHistory: settled, now, timeZone }),
          ).toEqual(full);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps only the first response within 90 days, matched to the latest InMail before it', () => {
    const ev = (key: string, kind: ActivityEvent['kind'], at: number, conversation: string) =>
      ({ key, account: A, kind, at, conversation }) as ActivityEvent;
    const t = NOW - 200 * DAY;
    const h = settleInmails(
      [
        ev('s1', 'inmail', t, 'c1'),
        ev('r-late', 'inmail-response', t + REFUND_WINDOW_MS + 1, 'c1'),
        ev('s2', 'inmail', t + DAY, 'c2'),
        ev('r2a', 'inmail-response', t + 2 * DAY, 'c2'),
        ev('r2b', 'inmail-response', t + 3 * DAY, 'c2'),
        ev('s3', 'inmail', t + 2 * DAY, 'c2'),
        ev('s-recent', 'inmail', NOW - 10 * DAY, 'c4'),
        ev('s-after', 'inmail', NOW - DAY, 'c3'),
      ],
      NOW - 2 * DAY,
    );
    expect(h.sends).toEqual([
      // More than 90 days before `until`: no later response can refund them, so no ids are kept.
      { key: 's1', at: t },
      { key: 's2', at: t + DAY },
      // r2a and r2b both come after s3 (the latest InMail in c2 by then): the first answers s3.
      { key: 's3', at: t + 2 * DAY, answeredAt: t + 2 * DAY },
      { key: 's-recent', at: NOW - 10 * DAY, conversation: 'c4' },
    ]);
  });

  it('keeps the ids of an InMail exactly 90 days before its end: a response at the end still refunds it', () => {
    const until = NOW - DAY;
    const sent = until - REFUND_WINDOW_MS;
    const events: ActivityEvent[] = [
      { key: 's', account: A, kind: 'inmail', at: sent, conversation: 'c' },
      { key: 'r', account: A, kind: 'inmail-response', at: until, conversation: 'c' },
    ];
    expect(settleInmails(events, until).sends).toEqual([{ key: 's', at: sent, conversation: 'c' }]);
    const st: Settings = { ...defaultSettings(new Date(sent - DAY)), plan: 'premium-career' };
    const now = new Date(NOW);
    const full = computeBudgets({ settings: st, events, now, timeZone: 'UTC' });
    expect(full.inmail?.refunded).toBe(1);
    const settled = settleInmails(events, until);
    expect(
      computeBudgets({ settings: st, events: events.slice(1), inmailHistory: settled, now, timeZone: 'UTC' }),
    ).toEqual(full);
  });

  it('refuses a history that ends after now', () => {
    expect(() =>
      computeBudgets({
        settings: defaultSettings(new Date(NOW)),
        events: [],
        inmailHistory: { until: NOW + 1, sends: [] },
        now: new Date(NOW),
        timeZone: 'UTC',
      }),
    ).toThrow(RangeError);
  });
});
