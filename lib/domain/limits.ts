// The limits catalogue: every plan's default budget for every meter, each number with the
// source it comes from, so the UI can say where a number comes from. LinkedIn publishes few
// of these: every default is an estimate and can be overridden in the settings.

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

export const PLAN_LABELS: Record<PlanId, string> = {
  free: 'Free (Basic)',
  'premium-career': 'Premium Career',
  'premium-business': 'Premium Business',
  'sales-navigator-core': 'Sales Navigator Core',
  'sales-navigator-advanced': 'Sales Navigator Advanced',
  'recruiter-lite': 'Recruiter Lite',
  recruiter: 'Recruiter',
};

export type MeterKind =
  | 'invites'
  | 'invite-notes'
  | 'messages'
  | 'inmails'
  | 'open-profile'
  | 'profile-views';
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
  | 'profile-views-day';

export const METER_IDS: readonly MeterId[] = METERS.map((m) => `${m.kind}-${m.window}` as MeterId);

export function meterId(kind: MeterKind, window: MeterWindow): MeterId {
  return `${kind}-${window}` as MeterId;
}

export const METER_LABELS: Record<MeterId, string> = {
  'invites-week': 'Invites this week',
  'invites-day': 'Invites today',
  'invite-notes-month': 'Personalized notes this month',
  'messages-day': 'Messages today',
  'messages-week': 'Messages this week',
  'inmails-balance': 'InMail credits',
  'inmails-day': 'InMails today',
  'open-profile-month': 'Open Profile messages this month',
  'profile-views-day': 'Profile views today',
};

/** A default: `null` means the plan sets no limit (unlimited); 0 means the plan lacks the meter. */
export interface LimitDefault {
  limit: number | null;
  source: string;
}

export interface InmailPlan {
  monthlyCredits: LimitDefault;
  maxBalance: LimitDefault;
  /** Days after a grant its unspent credits expire; null = never. */
  expiryDays: number | null;
  expirySource: string;
}

export interface PlanLimits {
  meters: Record<Exclude<MeterId, 'inmails-balance'>, LimitDefault>;
  inmail: InmailPlan;
  noteMaxLength: LimitDefault;
}

const S = {
  invitesWeek:
    'Seed 001 table (2025, PhantomBuster customer data); seeds 000 and 003: ~100/week, ~200 on Sales Navigator.',
  invitesDay: 'Seed 001 ("15–20 per day for free"): the weekly budget ÷ 5 working days.',
  notesFree: 'LinkedIn Help a550555: free members may personalize 5 invitations per calendar month.',
  notesPaid: 'LinkedIn Help a550555: unlimited on paid plans (personalized invites still count as invites).',
  noteLength: 'Third-party consensus (research §3): 200 characters on free accounts, 300 on paid plans.',
  messagesWeek: 'Seed 001: ~100 messages to connections per week on free, ~150 on paid plans.',
  messagesDay: 'Seed 002 (free ~30/day); seed 004 (paid: 100/day engagement bucket).',
  inmailGrant: 'LinkedIn Help answer/75 (monthly InMail credits per plan); seed 004 for Recruiter.',
  inmailCap: 'LinkedIn Help answer/75 (maximum accumulation); Recruiter a412114 (4× the monthly grant).',
  inmailDay: 'Seed 004: default 5 InMails/day, red zone from 15/day.',
  inmailNone: 'No InMail credits on this plan (LinkedIn Help answer/75).',
  openProfile:
    'Third party (research §3): ~800 free Open Profile messages/month; LinkedIn Help a1451572 says "limited".',
  openProfileNone: 'Open Profile messages need a paid plan (seed 001 table).',
  viewsFree: 'Salesflow and Unipile (research §1.2): ≤50 profile views/day on free accounts.',
  viewsPaid: 'Salesflow and Unipile (research §1.2); seed 004: ~100 profile views/day on paid plans.',
  expiry90: 'LinkedIn Help a554514: InMail credits expire 90 days after they are granted.',
  expiryNone:
    'LinkedIn Help (Sales Navigator a101030): credits roll over without expiry (conflicts with a554514: a setting).',
};

function paid(opts: {
  invitesWeek: number;
  inmail: number;
  cap: number;
  expiryDays: number | null;
  capSource?: string;
}): PlanLimits {
  const d = (limit: number | null, source: string): LimitDefault => ({ limit, source });
  return {
    meters: {
      'invites-week': d(opts.invitesWeek, S.invitesWeek),
      'invites-day': d(opts.invitesWeek / 5, S.invitesDay),
      'invite-notes-month': d(null, S.notesPaid),
      'messages-week': d(150, S.messagesWeek),
      'messages-day': d(100, S.messagesDay),
      'inmails-day': d(5, S.inmailDay),
      'open-profile-month': d(800, S.openProfile),
      'profile-views-day': d(100, S.viewsPaid),
    },
    inmail: {
      monthlyCredits: d(opts.inmail, S.inmailGrant),
      maxBalance: d(opts.cap, opts.capSource ?? S.inmailCap),
      expiryDays: opts.expiryDays,
      expirySource: opts.expiryDays === null ? S.expiryNone : S.expiry90,
    },
    noteMaxLength: d(300, S.noteLength),
  };
}

export const PLAN_LIMITS: Record<PlanId, PlanLimits> = {
  free: {
    meters: {
      'invites-week': { limit: 100, source: S.invitesWeek },
      'invites-day': { limit: 20, source: S.invitesDay },
      'invite-notes-month': { limit: 5, source: S.notesFree },
      'messages-week': { limit: 100, source: S.messagesWeek },
      'messages-day': { limit: 30, source: S.messagesDay },
      'inmails-day': { limit: 0, source: S.inmailNone },
      'open-profile-month': { limit: 0, source: S.openProfileNone },
      'profile-views-day': { limit: 50, source: S.viewsFree },
    },
    inmail: {
      monthlyCredits: { limit: 0, source: S.inmailNone },
      maxBalance: { limit: 0, source: S.inmailNone },
      expiryDays: null,
      expirySource: S.inmailNone,
    },
    noteMaxLength: { limit: 200, source: S.noteLength },
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
