import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BudgetRead, budgetReads } from '../../../lib/db/events-store';
import { ACTIVITY_KINDS, type ActivityEvent, LIMIT_ACTIONS } from '../../../lib/domain/activity';
import { computeBudgets } from '../../../lib/domain/budgets';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';

const A = 'urn:li:fsd_profile:ACoAAMe';
const DAY = 86_400_000;
// A year around both 2026 DST changes in Europe and America and the southern ones.
const FROM = Date.parse('2026-01-01T00:00:00Z');
const TO = Date.parse('2027-01-01T00:00:00Z');
const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Asia/Kolkata',
];

/** What the index ranges return: each read in turn (a record read twice would count twice). */
function read(events: readonly ActivityEvent[], reads: readonly BudgetRead[]): ActivityEvent[] {
  return reads.flatMap((r) =>
    events.filter((e) =>
      r.index === 'kind'
        ? e.kind === r.kind && e.at >= r.from
        : e.kind === 'invite' && e.withNote === true && e.at >= r.from && e.at < r.to,
    ),
  );
}

describe('budget reads', () => {
  it('read every event a meter counts, once: the same report as from all events, in any zone and week mode', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FROM, max: TO }),
        fc.constantFrom(...ZONES),
        fc.constantFrom<Settings['weeklyMode']>('calendar-week', 'rolling-7d'),
        fc.constantFrom<Settings['plan']>('free', 'premium-career', 'sales-navigator-core'),
        fc.array(
          fc.record({
            kind: fc.constantFrom(...ACTIVITY_KINDS),
            // Up to 40 days back and a day ahead (the clock moved back).
            ago: fc.integer({ min: -DAY, max: 40 * DAY }),
            withNote: fc.boolean(),
            action: fc.constantFrom(...LIMIT_ACTIONS),
          }),
          { maxLength: 80 },
        ),
        (nowMs, timeZone, weeklyMode, plan, raw) => {
          const now = new Date(nowMs);
          const settings: Settings = {
            ...defaultSettings(new Date(nowMs - 20 * DAY)),
            plan,
            weeklyMode,
            // Low limits, so zones and refusals differ between readings.
            overrides: { 'invites-week': 5, 'invite-notes-month': 3, 'open-profile-month': 2 },
          };
          const events = raw.map(
            (e, i): ActivityEvent => ({
              key: `k${i}`,
              account: A,
              kind: e.kind,
              at: nowMs - e.ago,
              ...(e.kind === 'invite' ? { withNote: e.withNote } : {}),
              ...(e.kind === 'limit-reached' ? { action: e.action, code: 'X' } : {}),
            }),
          );
          const full = computeBudgets({ settings, events, now, timeZone });
          const reads = budgetReads(settings, now, timeZone, null);
          expect(computeBudgets({ settings, events: read(events, reads), now, timeZone })).toEqual(full);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('read invites with a note back to the month start, other invites only back to the week', () => {
    // Wednesday 2026-03-25 12:00 in Berlin (11:00Z); Berlin's clocks go forward on Sunday 29 March.
    const now = new Date('2026-03-25T11:00:00Z');
    const reads = budgetReads(defaultSettings(now), now, 'Europe/Berlin', null);
    expect(reads).toContainEqual({ index: 'kind', kind: 'invite', from: now.getTime() - 7 * DAY });
    expect(reads).toContainEqual({
      index: 'noted',
      from: Date.parse('2026-02-28T23:00:00Z'),
      to: now.getTime() - 7 * DAY,
    });
    // Messages: the calendar week, from Monday 00:00 Berlin.
    expect(reads).toContainEqual({
      index: 'kind',
      kind: 'message',
      from: Date.parse('2026-03-22T23:00:00Z'),
    });
    // Tuesday 2026-03-31 10:00 Berlin (08:00Z, after the change to CEST): the day starts at 22:00Z.
    const later = new Date('2026-03-31T08:00:00Z');
    expect(budgetReads(defaultSettings(later), later, 'Europe/Berlin', null)).toContainEqual({
      index: 'kind',
      kind: 'profile-view',
      from: Date.parse('2026-03-30T22:00:00Z'),
    });
  });

  it('read InMails from the settled history’s end when there is one', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    const settings = {
      ...defaultSettings(new Date(now.getTime() - 300 * DAY)),
      plan: 'sales-navigator-core' as const,
    };
    const until = now.getTime() - DAY;
    const kinds = (r: BudgetRead[]) => r.filter((x) => x.index === 'kind' && x.kind.startsWith('inmail'));
    expect(kinds(budgetReads(settings, now, 'UTC', until)).map((r) => r.from)).toEqual([until, until]);
    // Without one: from the start of the credit month the plan was chosen in (Jan 28 → Jan 1), where
    // InMails added by hand for that month may lie.
    const monthStart = Date.parse('2026-01-01T00:00:00Z');
    expect(settings.planChosenAt).toBe(Date.parse('2026-01-28T10:00:00Z'));
    expect(kinds(budgetReads(settings, now, 'UTC', null)).map((r) => r.from)).toEqual([
      monthStart,
      monthStart,
    ]);
  });
});
