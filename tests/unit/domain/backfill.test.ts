// Each window must count exactly what the user typed: the entries are turned into events as the
// worker does (manualEvents) and counted with the meters' own window rules.
import { describe, expect, it } from 'vitest';
import {
  type BackfillCounts,
  backfillEntries,
  emptyBackfill,
  MAX_BACKFILL,
} from '../../../lib/domain/backfill';
import { manualEvents } from '../../../lib/domain/manual-entries';
import type { WeeklyMode } from '../../../lib/domain/settings';
import { windowPredicate } from '../../../lib/domain/windows';

const ACCOUNT = 'urn:li:fsd_profile:ACoAABackfill001';

function counts(parts: Partial<Record<keyof BackfillCounts, [number, number, number]>>): BackfillCounts {
  const c = emptyBackfill();
  for (const [k, [today, week, month]] of Object.entries(parts))
    c[k as keyof BackfillCounts] = { today, week, month };
  return c;
}

/** The events the entries become, counted per kind in today / the week / the month at `now`. */
function counted(c: BackfillCounts, nowIso: string, timeZone: string, weeklyMode: WeeklyMode) {
  const now = new Date(nowIso);
  const r = backfillEntries(c, { now, timeZone, weeklyMode });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const events = r.entries.flatMap((entry, i) => {
    const e = manualEvents(entry, { account: ACCOUNT, now, timeZone, batch: String(i) });
    if (!e.ok) throw new Error(JSON.stringify(e.errors));
    return e.events;
  });
  const windows = {
    today: windowPredicate('day', now, timeZone),
    week: windowPredicate(weeklyMode, now, timeZone),
    month: windowPredicate('calendar-month', now, timeZone),
  };
  const out = {} as Record<string, [number, number, number]>;
  for (const kind of ['invite', 'invite-note', 'message', 'inmail', 'profile-view']) {
    const of = events.filter((e) =>
      kind === 'invite-note' ? e.kind === 'invite' && e.withNote === true : e.kind === kind,
    );
    out[kind] = [
      of.filter((e) => windows.today(e.at)).length,
      of.filter((e) => windows.week(e.at)).length,
      of.filter((e) => windows.month(e.at)).length,
    ];
  }
  return { out, entries: r.entries };
}

const TYPED = counts({
  invite: [5, 60, 150],
  'invite-note': [1, 10, 30],
  message: [3, 20, 80],
  inmail: [1, 4, 9],
  'profile-view': [40, 200, 700],
});

// A Wednesday mid-month, a Monday, a Sunday, a week that began last month, the 1st (not a Monday),
// the 2nd, Paris's and New York's DST weeks, the 8th (a rolling week just clear of the month start).
const CLOCKS: { now: string; zone: string; note: string }[] = [
  { now: '2026-11-18T10:00:00Z', zone: 'Europe/Paris', note: 'Wednesday mid-month' },
  { now: '2026-11-22T22:30:00Z', zone: 'Europe/Paris', note: 'Sunday night' },
  { now: '2026-12-03T15:00:00Z', zone: 'America/New_York', note: 'week began in November' },
  { now: '2026-10-02T08:00:00Z', zone: 'Asia/Kolkata', note: 'the 2nd, week began in September' },
  { now: '2026-03-31T09:00:00Z', zone: 'Europe/Paris', note: 'after the spring-forward Sunday' },
  { now: '2026-03-11T16:00:00Z', zone: 'America/New_York', note: 'New York DST week' },
  { now: '2026-11-03T12:00:00Z', zone: 'America/New_York', note: 'week after the fall-back Sunday 1st' },
  { now: '2026-06-16T01:00:00Z', zone: 'Pacific/Auckland', note: 'Auckland, a day ahead of UTC' },
  { now: '2026-07-10T12:00:00Z', zone: 'UTC', note: 'the 10th, a Friday' },
];

describe('backfillEntries: each window counts exactly what was typed', () => {
  for (const mode of ['calendar-week', 'rolling-7d'] as const)
    for (const c of CLOCKS)
      it(`${mode}: ${c.note} (${c.now}, ${c.zone})`, () => {
        const typed = structuredClone(TYPED);
        // A week that began last month holds this month: week ≥ month there.
        const { out } = (() => {
          try {
            return counted(typed, c.now, c.zone, mode);
          } catch {
            for (const k of Object.keys(typed) as (keyof BackfillCounts)[])
              typed[k].week = Math.max(typed[k].week, typed[k].month);
            return counted(typed, c.now, c.zone, mode);
          }
        })();
        for (const [k, v] of Object.entries(typed)) expect(out[k], k).toEqual([v.today, v.week, v.month]);
      });
});

describe('backfillEntries: where the rest goes', () => {
  it('calendar week: today on now, the rest of the week on Monday, the rest of the month on the 1st', () => {
    // Wednesday 18 November 2026 in Paris.
    const { entries } = counted(
      counts({ invite: [2, 60, 100] }),
      '2026-11-18T10:00:00Z',
      'Europe/Paris',
      'calendar-week',
    );
    expect(entries).toEqual([
      { kind: 'invite', count: 2, date: '2026-11-18', withNote: false },
      { kind: 'invite', count: 58, date: '2026-11-16', withNote: false },
      { kind: 'invite', count: 40, date: '2026-11-01', withNote: false },
    ]);
  });

  it('a week that began last month: the month’s part on the 1st, the rest on Monday', () => {
    // Thursday 3 December 2026: the week began Monday 30 November.
    const { entries } = counted(
      counts({ message: [1, 30, 10] }),
      '2026-12-03T15:00:00Z',
      'UTC',
      'calendar-week',
    );
    expect(entries).toEqual([
      { kind: 'message', count: 1, date: '2026-12-03' },
      { kind: 'message', count: 9, date: '2026-12-01' },
      { kind: 'message', count: 20, date: '2026-11-30' },
    ]);
  });

  it('rolling 7 days: the rest of the week on yesterday, the rest of the month on the 1st', () => {
    const { entries } = counted(counts({ invite: [0, 60, 90] }), '2026-11-18T10:00:00Z', 'UTC', 'rolling-7d');
    expect(entries).toEqual([
      { kind: 'invite', count: 60, date: '2026-11-17', withNote: false },
      { kind: 'invite', count: 30, date: '2026-11-01', withNote: false },
    ]);
  });

  it('splits more than 500 into several entries, and notes apart from invites without', () => {
    const { entries } = counted(
      counts({ 'profile-view': [0, 0, 1200], invite: [3, 3, 3], 'invite-note': [1, 1, 1] }),
      '2026-11-18T10:00:00Z',
      'UTC',
      'calendar-week',
    );
    expect(entries).toEqual([
      { kind: 'invite', count: 1, date: '2026-11-18', withNote: true },
      { kind: 'invite', count: 2, date: '2026-11-18', withNote: false },
      { kind: 'profile-view', count: 500, date: '2026-11-01' },
      { kind: 'profile-view', count: 500, date: '2026-11-01' },
      { kind: 'profile-view', count: 200, date: '2026-11-01' },
    ]);
  });

  it('nothing typed: nothing added', () => {
    expect(
      backfillEntries(emptyBackfill(), {
        now: new Date('2026-11-18T10:00:00Z'),
        timeZone: 'UTC',
        weeklyMode: 'calendar-week',
      }),
    ).toEqual({ ok: true, entries: [] });
  });
});

describe('backfillEntries: what cannot be', () => {
  const opts = (now: string, weeklyMode: WeeklyMode = 'calendar-week') => ({
    now: new Date(now),
    timeZone: 'Europe/Paris',
    weeklyMode,
  });

  it('names each wrong field', () => {
    const r = backfillEntries(
      counts({ invite: [5, 3, 10], message: [0, 10, 5], inmail: [-1, 0, 0] }),
      opts('2026-11-18T10:00:00Z'),
    );
    expect(r).toEqual({
      ok: false,
      errors: [{ field: 'inmail.today', problem: 'not-whole', n: MAX_BACKFILL }],
    });
    const r2 = backfillEntries(
      counts({ invite: [5, 3, 10], message: [0, 10, 5] }),
      opts('2026-11-18T10:00:00Z'),
    );
    expect(r2).toEqual({
      ok: false,
      errors: [
        { field: 'invite.week', problem: 'below-today', n: 5 },
        { field: 'message.month', problem: 'below-week', n: 10 },
      ],
    });
  });

  it('on a Monday this week is today; on the 1st this month is today', () => {
    // Monday 16 November 2026.
    expect(backfillEntries(counts({ invite: [5, 8, 8] }), opts('2026-11-16T10:00:00Z'))).toEqual({
      ok: false,
      errors: [{ field: 'invite.week', problem: 'week-began-today', n: 5 }],
    });
    expect(backfillEntries(counts({ invite: [5, 5, 8] }), opts('2026-11-16T10:00:00Z')).ok).toBe(true);
    // Tuesday 1 December 2026: the week began in November.
    expect(backfillEntries(counts({ invite: [5, 8, 6] }), opts('2026-12-01T10:00:00Z'))).toEqual({
      ok: false,
      errors: [{ field: 'invite.month', problem: 'month-began-today', n: 5 }],
    });
    expect(backfillEntries(counts({ invite: [5, 8, 5] }), opts('2026-12-01T10:00:00Z')).ok).toBe(true);
  });

  it('more noted invites than invites is refused', () => {
    const r = backfillEntries(
      counts({ invite: [1, 5, 5], 'invite-note': [2, 3, 3] }),
      opts('2026-11-18T10:00:00Z'),
    );
    expect(r).toEqual({
      ok: false,
      errors: [{ field: 'invite-note.today', problem: 'notes-over-invites', n: 1 }],
    });
  });
});
