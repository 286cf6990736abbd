import { describe, expect, it } from 'vitest';
import { strongestSignal, suggestPlan } from '../../../lib/domain/plan-suggestion';

const T0 = Date.parse('2026-11-24T10:00:00Z');
const unconfirmed = { plan: 'free' as const, planConfirmed: false, planChosenAt: T0 };

describe('the strongest signal', () => {
  it('is the pages used, the most recent of the two, before the Premium flag', () => {
    expect(strongestSignal({ premium: true, salesNavigatorSeenAt: T0 })).toEqual({
      signal: 'sales-navigator',
      at: T0,
    });
    expect(strongestSignal({ salesNavigatorSeenAt: T0, recruiterSeenAt: T0 + 1 })?.signal).toBe('recruiter');
    expect(strongestSignal({ salesNavigatorSeenAt: T0 + 1, recruiterSeenAt: T0 })?.signal).toBe(
      'sales-navigator',
    );
    expect(strongestSignal({ premium: true })).toEqual({ signal: 'premium' });
    expect(strongestSignal({ premium: false })).toEqual({ signal: 'no-premium' });
    expect(strongestSignal({})).toBeNull();
  });
});

describe('a plan suggestion', () => {
  it('answers the unconfirmed plan question from any signal, the lowest tier of its family', () => {
    expect(suggestPlan({ premium: true }, unconfirmed)).toEqual({
      plan: 'premium-career',
      because: 'premium',
    });
    expect(suggestPlan({ premium: false }, unconfirmed)).toEqual({ plan: 'free', because: 'no-premium' });
    expect(suggestPlan({ premium: true, salesNavigatorSeenAt: T0 - 1 }, unconfirmed)).toEqual({
      plan: 'sales-navigator-core',
      because: 'sales-navigator',
    });
    expect(suggestPlan({ recruiterSeenAt: T0 - 1 }, unconfirmed)).toEqual({
      plan: 'recruiter-lite',
      because: 'recruiter',
    });
  });

  it('is nothing when LinkedIn said nothing yet', () => {
    expect(suggestPlan({}, unconfirmed)).toBeNull();
  });

  it('after the user chose, only pages used since then, pointing to another family', () => {
    const chose = (plan: 'free' | 'sales-navigator-advanced' | 'premium-business') => ({
      plan,
      planConfirmed: true,
      planChosenAt: T0,
    });
    // Known when the user chose: never asked again.
    expect(suggestPlan({ premium: true }, chose('free'))).toBeNull();
    expect(suggestPlan({ salesNavigatorSeenAt: T0 - 1 }, chose('free'))).toBeNull();
    // Sales Navigator pages used after choosing Free: suggested.
    expect(suggestPlan({ salesNavigatorSeenAt: T0 + 1 }, chose('free'))).toEqual({
      plan: 'sales-navigator-core',
      because: 'sales-navigator',
    });
    // The same family (Advanced chosen, Core suggested): the tier is the user's call.
    expect(suggestPlan({ salesNavigatorSeenAt: T0 + 1 }, chose('sales-navigator-advanced'))).toBeNull();
    expect(suggestPlan({ recruiterSeenAt: T0 + 1 }, chose('premium-business'))).toEqual({
      plan: 'recruiter-lite',
      because: 'recruiter',
    });
  });
});
