// Where each default limit comes from, in words, for the pages (popup, options). Kept apart from
// limits.ts so the service worker, which needs only the numbers, does not carry this text.
import { type MeterId, PLAN_LIMITS, type PlanId, planDefault } from './limits';
import type { Settings } from './settings';

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

export interface PlanSources {
  meters: Record<Exclude<MeterId, 'inmails-balance'>, string>;
  inmail: { monthlyCredits: string; maxBalance: string; expiry: string };
  noteMaxLength: string;
}

function paid(plan: PlanId): PlanSources {
  return {
    meters: {
      'invites-week': S.invitesWeek,
      'invites-day': S.invitesDay,
      'invite-notes-month': S.notesPaid,
      'messages-week': S.messagesWeek,
      'messages-day': S.messagesDay,
      'inmails-day': S.inmailDay,
      'open-profile-month': S.openProfile,
      'profile-views-day': S.viewsPaid,
    },
    inmail: {
      monthlyCredits: S.inmailGrant,
      maxBalance: S.inmailCap,
      expiry: PLAN_LIMITS[plan].inmail.expiryDays === null ? S.expiryNone : S.expiry90,
    },
    noteMaxLength: S.noteLength,
  };
}

export const LIMIT_SOURCES: Record<PlanId, PlanSources> = {
  free: {
    meters: {
      'invites-week': S.invitesWeek,
      'invites-day': S.invitesDay,
      'invite-notes-month': S.notesFree,
      'messages-week': S.messagesWeek,
      'messages-day': S.messagesDay,
      'inmails-day': S.inmailNone,
      'open-profile-month': S.openProfileNone,
      'profile-views-day': S.viewsFree,
    },
    inmail: { monthlyCredits: S.inmailNone, maxBalance: S.inmailNone, expiry: S.inmailNone },
    noteMaxLength: S.noteLength,
  },
  'premium-career': paid('premium-career'),
  'premium-business': paid('premium-business'),
  'sales-navigator-core': paid('sales-navigator-core'),
  'sales-navigator-advanced': paid('sales-navigator-advanced'),
  'recruiter-lite': paid('recruiter-lite'),
  recruiter: paid('recruiter'),
};

/** Where the plan's default for a meter comes from; for `inmails-balance`, the monthly grant. */
export function planSource(plan: PlanId, id: MeterId): string {
  const s = LIMIT_SOURCES[plan];
  return id === 'inmails-balance' ? s.inmail.monthlyCredits : s.meters[id];
}

/** Where the limit a meter uses comes from: the user's override, else the plan's default. */
export function meterSource(settings: Pick<Settings, 'plan' | 'overrides'>, id: MeterId): string {
  if (settings.overrides[id] === undefined) return planSource(settings.plan, id);
  const def = planDefault(settings.plan, id).limit;
  return `Your setting (plan default: ${def === null ? 'unlimited' : String(def)}).`;
}
