// Where each default limit comes from, in words, for the pages (popup, options). Kept apart from
// limits.ts so the service worker, which needs only the numbers, does not carry this text.
// Every source is named by its publisher and title (a user cannot look up an internal note or a
// bare article id), with its address where one is known; the pages link those (CITATIONS).
import { type MeterId, PLAN_LIMITS, type PlanId, planDefault } from './limits';
import type { Settings } from './settings';

/** A public source as the texts name it, and where to read it when its address is known. */
export interface Citation {
  label: string;
  href?: string;
}

const cite = (label: string, href?: string): Citation => (href ? { label, href } : { label });

const PHANTOMBUSTER = cite('PhantomBuster, “How Many Messages Can You Send on LinkedIn in 2025?”');
const VALLEY = cite('Valley, blog article on LinkedIn message limits and InMail (2025)');
const EMAILCHASER = cite(
  'Emailchaser (George Wauchope), article on LinkedIn connection-request and message limits (December 2025)',
);
const SMPRO = cite(
  'SMPro Tips, “How many messages can you send on LinkedIn in one day?”',
  'https://www.smprotips.com/how-many-messages-can-you-send-on-linkedin-in-one-day/',
);
const WARMYSENDER = cite(
  'WarmySender, “LinkedIn rate limits — invites, messages, and InMails”',
  'https://warmysender.com/documentation/linkedin-rate-limits',
);
const HELP_INVITES = cite(
  'LinkedIn Help, “Invitation limit reached”',
  'https://www.linkedin.com/help/linkedin/answer/a550555',
);
const HELP_INMAIL = cite(
  'LinkedIn Help, “InMail message credits and renewal process”',
  'https://www.linkedin.com/help/linkedin/answer/75',
);
const HELP_INMAIL_FAQ = cite(
  'LinkedIn Help’s InMail FAQ',
  'https://www.linkedin.com/help/linkedin/answer/a554514',
);
const HELP_SN_INMAIL = cite(
  'LinkedIn Sales Navigator Help on InMail credits',
  'https://www.linkedin.com/help/sales-navigator/answer/a101030',
);
const HELP_SN_OPEN_PROFILE = cite(
  'LinkedIn Sales Navigator Help on Open Profile messages',
  'https://www.linkedin.com/help/sales-navigator/answer/a1451572',
);
const HELP_RECRUITER = cite(
  'LinkedIn Recruiter Help on the InMail balance',
  'https://www.linkedin.com/help/recruiter/answer/a412114',
);
const SALESFLOW = cite(
  'Salesflow, “LinkedIn Limits”',
  'https://salesflow.apidocumentation.com/documentation/getting-started/linkedin-limits',
);
const UNIPILE = cite(
  'Unipile, “Provider limits and restrictions”',
  'https://developer.unipile.com/docs/provider-limits-and-restrictions',
);
const HYPERSCALE = cite(
  'Hyperscale, “LinkedIn activity limits”',
  'https://docs.gethyperscale.com/start-campaigns/linkedin-activity-limits',
);
const BIG_BRAIN = cite(
  'big-brain, “Limits”',
  'https://docs.big-brain.co/apps/linkedin-outreach/security/limits',
);
const SWAN_GTM = cite(
  'swan-gtm, “linkedin-limits-warmup” on skills.sh',
  'https://www.skills.sh/swan-gtm/gtm-skills/linkedin-limits-warmup',
);

/** Every source the texts below name: the pages link each label that has an address. */
export const CITATIONS: readonly Citation[] = [
  PHANTOMBUSTER,
  VALLEY,
  EMAILCHASER,
  SMPRO,
  WARMYSENDER,
  HELP_INVITES,
  HELP_INMAIL,
  HELP_INMAIL_FAQ,
  HELP_SN_INMAIL,
  HELP_SN_OPEN_PROFILE,
  HELP_RECRUITER,
  SALESFLOW,
  UNIPILE,
  HYPERSCALE,
  BIG_BRAIN,
  SWAN_GTM,
];

const names = (...cs: Citation[]) => cs.map((c) => c.label).join('; ');

const S = {
  invitesWeek: `Estimate: ~100 a week, ~200 on Sales Navigator (${PHANTOMBUSTER.label}, from its customer data; ${names(VALLEY, EMAILCHASER)}).`,
  invitesDay: `Estimate: the weekly budget ÷ 5 working days (${PHANTOMBUSTER.label}: “15–20 per day” on free accounts).`,
  notesFree: `${HELP_INVITES.label}: free members may personalize 5 invitations per calendar month.`,
  notesPaid: `${HELP_INVITES.label}: unlimited on paid plans (personalized invites still count as invites).`,
  noteLength: `Estimate from third parties: 200 characters on free accounts, 300 on paid plans (${names(HYPERSCALE, UNIPILE)}).`,
  messagesWeek: `Estimate: ~100 messages to connections per week on free, ~150 on paid plans (${PHANTOMBUSTER.label}).`,
  messagesDay: `Estimate: ~30 a day on free accounts (${SMPRO.label}); 100 a day on paid plans, shared with profile views (${WARMYSENDER.label}).`,
  inmailGrant: `${HELP_INMAIL.label}: the monthly InMail credits of each plan; for Recruiter, an estimate (${WARMYSENDER.label}).`,
  inmailCap: `${HELP_INMAIL.label}: the maximum balance; for Recruiter, 4× the monthly grant (${HELP_RECRUITER.label}).`,
  inmailDay: `Estimate: 5 InMails a day by default, red zone from 15 a day (${WARMYSENDER.label}).`,
  inmailNone: `No InMail credits on this plan (${HELP_INMAIL.label}).`,
  openProfile: `Estimate from third parties: ~800 free Open Profile messages a month (${SWAN_GTM.label}; ${BIG_BRAIN.label}: up to 900); ${HELP_SN_OPEN_PROFILE.label} says only that they are limited.`,
  openProfileNone: `Open Profile messages need a paid plan (${PHANTOMBUSTER.label}).`,
  viewsFree: `Estimate: up to 50 profile views a day on free accounts (${SALESFLOW.label}).`,
  engagement: `Estimate: ~100 actions a day shared by messages to connections, profile views, comments and reactions, on every plan (${WARMYSENDER.label}).`,
  viewsPaid: `Estimate: ~100 profile views a day on paid plans (${names(SALESFLOW, UNIPILE, WARMYSENDER)}).`,
  expiry90: `${HELP_INMAIL_FAQ.label}: InMail credits expire 90 days after they are granted.`,
  expiryNone: `${HELP_SN_INMAIL.label}: credits roll over without expiry (${HELP_INMAIL_FAQ.label} says they expire after 90 days: a setting).`,
};

/** Why the ramp-up starts low and grows (the options page's ramp-up section). */
export const RAMP_UP_SOURCE = `${WARMYSENDER.label}: a new account starts around 10 invites a day and grows over 4–6 weeks while acceptance stays healthy; the ramp pauses or reverses when it does not.`;

/** The engagement bucket's source (the options page's switch). */
export const ENGAGEMENT_SOURCE = S.engagement;

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
      'engagement-day': S.engagement,
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
      'engagement-day': S.engagement,
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
