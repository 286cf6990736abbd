import { describe, expect, it } from 'vitest';
import { LIMIT_SOURCES, meterSource, planSource } from '../../../lib/domain/limit-sources';
import { METER_IDS, PLAN_LIMITS, PLANS, planDefault } from '../../../lib/domain/limits';
import { defaultSettings } from '../../../lib/domain/settings';

describe('limits catalogue', () => {
  it('has every plan with a sourced default for every meter', () => {
    for (const plan of PLANS) {
      for (const id of METER_IDS) {
        const d = planDefault(plan, id);
        expect(planSource(plan, id).cites.length, `${plan} ${id}`).toBeGreaterThan(0);
        if (d.limit !== null) expect(Number.isInteger(d.limit) && d.limit >= 0, `${plan} ${id}`).toBe(true);
      }
    }
  });

  it('sources the InMail cap, its expiry and the note length on every plan', () => {
    for (const plan of PLANS) {
      const s = LIMIT_SOURCES[plan];
      for (const note of [s.inmail.maxBalance, s.inmail.expiry, s.noteMaxLength])
        expect(note.cites.length, plan).toBeGreaterThan(0);
    }
    // Sales Navigator's credits do not expire; Premium's expire after 90 days (lib/ui words them).
    expect(LIMIT_SOURCES['sales-navigator-core'].inmail.expiry.id).toBe('expiryNone');
    expect(LIMIT_SOURCES['premium-career'].inmail.expiry.id).toBe('expiry90');
  });

  it('says when a limit is the user’s own setting, with the plan default', () => {
    const base = defaultSettings(new Date(0));
    expect(meterSource(base, 'invites-week')).toBe(planSource('free', 'invites-week'));
    expect(meterSource({ ...base, overrides: { 'invites-week': 60 } }, 'invites-week')).toEqual({
      id: 'override',
      planDefault: 100,
      cites: [],
    });
    expect(
      meterSource(
        { ...base, plan: 'premium-career', overrides: { 'invite-notes-month': 9 } },
        'invite-notes-month',
      ),
    ).toEqual({ id: 'override', planDefault: null, cites: [] });
  });

  it('matches the brief’s table', () => {
    const row = (id: (typeof METER_IDS)[number]) => PLANS.map((p) => planDefault(p, id).limit);
    // free, career, business, SN core, SN advanced, recruiter lite, recruiter
    expect(row('invites-week')).toEqual([100, 100, 100, 200, 200, 100, 100]);
    expect(row('invites-day')).toEqual([20, 20, 20, 40, 40, 20, 20]);
    expect(row('invite-notes-month')).toEqual([5, null, null, null, null, null, null]);
    expect(row('messages-week')).toEqual([100, 150, 150, 150, 150, 150, 150]);
    expect(row('messages-day')).toEqual([30, 100, 100, 100, 100, 100, 100]);
    expect(row('inmails-balance')).toEqual([0, 5, 15, 50, 50, 30, 150]);
    expect(row('inmails-day')).toEqual([0, 5, 5, 5, 5, 5, 5]);
    expect(row('open-profile-month')).toEqual([0, 800, 800, 800, 800, 800, 800]);
    expect(row('profile-views-day')).toEqual([50, 100, 100, 100, 100, 100, 100]);
    expect(PLANS.map((p) => PLAN_LIMITS[p].inmail.maxBalance.limit)).toEqual([0, 15, 45, 150, 150, 120, 600]);
    expect(PLANS.map((p) => PLAN_LIMITS[p].inmail.expiryDays)).toEqual([null, 90, 90, null, null, 90, 90]);
    expect(PLANS.map((p) => PLAN_LIMITS[p].noteMaxLength.limit)).toEqual([200, 300, 300, 300, 300, 300, 300]);
  });
});
