// The limits catalogue: every plan's default budget for every meter. Where each number comes from
// is in limit-sources.ts (the pages show it; the service worker, which needs only the numbers, does
// not carry that text). LinkedIn publishes few of these: every default is an estimate and can be
// overridden in the settings.

export const PLANS = [
  'free',
  'premium-career',
  'premium-business',
  'sales-navigator-core',
  'sales-navigator-advanced',
  'recruiter-lite',
  'recruiter',
] as const;
export type PlanId = (typeof PLANS)[number];

export type MeterKind =
  | 'invites'
  | 'invite-notes'
  | 'messages'
  | 'inmails'
  | 'open-profile'
  | 'profile-views'
  // The optional engagement bucket: messages to connections, profile views, comments and reactions.
  | 'engagement';
export type MeterWindow = 'day' | 'week' | 'month' | 'balance';

/** Every metered kind+window pair, in display order. */
export const METERS = [
  { kind: 'invites', window: 'week' },
  { kind: 'invites', window: 'day' },
  { kind: 'invite-notes', window: 'month' },
  { kind: 'messages', window: 'day' },
  { kind: 'messages', window: 'week' },
  { kind: 'inmails', window: 'balance' },
  { kind: 'inmails', window: 'day' },
  { kind: 'open-profile', window: 'month' },
  { kind: 'profile-views', window: 'day' },
  { kind: 'engagement', window: 'day' },
] as const satisfies readonly { kind: MeterKind; window: MeterWindow }[];

export type MeterId =
  | 'invites-week'
  | 'invites-day'
  | 'invite-notes-month'
  | 'messages-day'
  | 'messages-week'
  | 'inmails-balance'
  | 'inmails-day'
  | 'open-profile-month'
  | 'profile-views-day'
  | 'engagement-day';

export const METER_IDS: readonly MeterId[] = METERS.map((m) => `${m.kind}-${m.window}` as MeterId);

export function meterId(kind: MeterKind, window: MeterWindow): MeterId {
  return `${kind}-${window}` as MeterId;
}

/** A default: `null` means the plan sets no limit (unlimited); 0 means the plan lacks the meter. */
export interface LimitDefault {
  limit: number | null;
}

export interface InmailPlan {
  monthlyCredits: LimitDefault;
  maxBalance: LimitDefault;
  /** Days after a grant its unspent credits expire; null = never. */
  expiryDays: number | null;
}

export interface PlanLimits {
  meters: Record<Exclude<MeterId, 'inmails-balance'>, LimitDefault>;
  inmail: InmailPlan;
  noteMaxLength: LimitDefault;
}

const d = (limit: number | null): LimitDefault => ({ limit });

function paid(opts: {
  invitesWeek: number;
  inmail: number;
  cap: number;
  expiryDays: number | null;
}): PlanLimits {
  return {
    meters: {
      'invites-week': d(opts.invitesWeek),
      'invites-day': d(opts.invitesWeek / 5),
      'invite-notes-month': d(null),
      'messages-week': d(150),
      'messages-day': d(100),
      'inmails-day': d(5),
      'open-profile-month': d(800),
      'profile-views-day': d(100),
      'engagement-day': d(100),
    },
    inmail: { monthlyCredits: d(opts.inmail), maxBalance: d(opts.cap), expiryDays: opts.expiryDays },
    noteMaxLength: d(300),
  };
}

export const PLAN_LIMITS: Record<PlanId, PlanLimits> = {
  free: {
    meters: {
      'invites-week': d(100),
      'invites-day': d(20),
      'invite-notes-month': d(5),
      'messages-week': d(100),
      'messages-day': d(30),
      'inmails-day': d(0),
      'open-profile-month': d(0),
      'profile-views-day': d(50),
      'engagement-day': d(100),
    },
    inmail: { monthlyCredits: d(0), maxBalance: d(0), expiryDays: null },
    noteMaxLength: d(200),
  },
  'premium-career': paid({ invitesWeek: 100, inmail: 5, cap: 15, expiryDays: 90 }),
  'premium-business': paid({ invitesWeek: 100, inmail: 15, cap: 45, expiryDays: 90 }),
  'sales-navigator-core': paid({ invitesWeek: 200, inmail: 50, cap: 150, expiryDays: null }),
  'sales-navigator-advanced': paid({ invitesWeek: 200, inmail: 50, cap: 150, expiryDays: null }),
  'recruiter-lite': paid({ invitesWeek: 100, inmail: 30, cap: 120, expiryDays: 90 }),
  recruiter: paid({ invitesWeek: 100, inmail: 150, cap: 600, expiryDays: 90 }),
};

/** The plan's default for a meter; for `inmails-balance` that is the monthly grant. */
export function planDefault(plan: PlanId, id: MeterId): LimitDefault {
  const limits = PLAN_LIMITS[plan];
  return id === 'inmails-balance' ? limits.inmail.monthlyCredits : limits.meters[id];
}
