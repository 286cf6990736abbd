// Which plan LinkedIn's own signals point to: the Premium flag LinkedIn sends about the member, and
// the Sales Navigator or Recruiter pages they used. A suggestion only: the user accepts it with a
// click, Pacer never switches a plan by itself (a wrong guess would meter the account wrongly).
import type { PlanId } from './limits';

/** What Pacer has seen of an account (lib/db AccountRecord carries these fields). */
export interface PlanSignals {
  /** LinkedIn's Premium flag for the member (undefined: not seen yet). */
  premium?: boolean | undefined;
  /** When the account last used Sales Navigator pages (epoch ms). */
  salesNavigatorSeenAt?: number | undefined;
  /** When the account last used Recruiter pages (epoch ms). */
  recruiterSeenAt?: number | undefined;
}

export type PlanSignal = 'recruiter' | 'sales-navigator' | 'premium' | 'no-premium';

export interface PlanSuggestion {
  plan: PlanId;
  because: PlanSignal;
}

type Family = 'free' | 'premium' | 'sales-navigator' | 'recruiter';

const FAMILY: Record<PlanId, Family> = {
  free: 'free',
  'premium-career': 'premium',
  'premium-business': 'premium',
  'sales-navigator-core': 'sales-navigator',
  'sales-navigator-advanced': 'sales-navigator',
  'recruiter-lite': 'recruiter',
  recruiter: 'recruiter',
};

/**
 * The plan each signal suggests: the lowest tier of its family (the pages and the flag cannot tell
 * Core from Advanced, Career from Business or Lite from Recruiter; the lower tier's limits are the
 * safer guess, and the user picks the exact tier in the same list).
 */
const SUGGESTED: Record<PlanSignal, PlanId> = {
  recruiter: 'recruiter-lite',
  'sales-navigator': 'sales-navigator-core',
  premium: 'premium-career',
  'no-premium': 'free',
};

/** The strongest signal: pages used (the most recent of the two), else the Premium flag. */
export function strongestSignal(signals: PlanSignals): { signal: PlanSignal; at?: number } | null {
  const sales = signals.salesNavigatorSeenAt;
  const recruiter = signals.recruiterSeenAt;
  if (recruiter !== undefined && (sales === undefined || recruiter >= sales))
    return { signal: 'recruiter', at: recruiter };
  if (sales !== undefined) return { signal: 'sales-navigator', at: sales };
  if (signals.premium === true) return { signal: 'premium' };
  if (signals.premium === false) return { signal: 'no-premium' };
  return null;
}

/**
 * The plan to suggest for an account, or null. While the plan is not confirmed, any signal counts
 * (the popup asks the plan and offers this as its one-click answer). Once the user chose a plan,
 * only pages used after that choice count, and only when they point to another family than the
 * chosen plan's: the flag was already known when the user chose, and a tier within the family is
 * the user's call.
 */
export function suggestPlan(
  signals: PlanSignals,
  current: { plan: PlanId; planConfirmed: boolean; planChosenAt: number },
): PlanSuggestion | null {
  const strongest = strongestSignal(signals);
  if (!strongest) return null;
  const plan = SUGGESTED[strongest.signal];
  if (!current.planConfirmed) return { plan, because: strongest.signal };
  if (strongest.at === undefined || strongest.at <= current.planChosenAt) return null;
  return FAMILY[plan] === FAMILY[current.plan] ? null : { plan, because: strongest.signal };
}
