// Where each default limit comes from, as data for the pages (popup, options): which statement
// backs a number and which public sources it names. The sentences themselves are messages, worded
// in the user's language by lib/ui/source-parts.ts. Kept apart from limits.ts so the service
// worker, which needs only the numbers, does not carry this.
// Every source is named by its publisher and title (a user cannot look up an internal note or a
// bare article id), with its address where one is known; the pages link those.
import { type MeterId, PLAN_LIMITS, type PlanId, planDefault } from './limits';
import type { Settings } from './settings';

/**
 * What an article is about, when its title is not on record: the pages word it (a message), so
 * it reads in the user's language; a title, a proper name, stays as published.
 */
export type CitationSubject =
  | 'messageLimits'
  | 'connectionLimits'
  | 'inmailFaq'
  | 'inmailCredits'
  | 'openProfile'
  | 'inmailBalance';

/** A public source: its publisher, its title as published (or its subject), its address if known. */
export type Citation = { publisher: string; href?: string } & (
  | { title: string; subject?: undefined }
  | { title?: undefined; subject: CitationSubject }
);

/** Every source the statements below name, by the name their messages give it (`{phantombuster}`). */
const cites = {
  phantombuster: { publisher: 'PhantomBuster', title: 'How Many Messages Can You Send on LinkedIn in 2025?' },
  valley: { publisher: 'Valley', subject: 'messageLimits' },
  emailchaser: { publisher: 'Emailchaser (George Wauchope)', subject: 'connectionLimits' },
  smpro: {
    publisher: 'SMPro Tips',
    title: 'How many messages can you send on LinkedIn in one day?',
    href: 'https://www.smprotips.com/how-many-messages-can-you-send-on-linkedin-in-one-day/',
  },
  warmysender: {
    publisher: 'WarmySender',
    title: 'LinkedIn rate limits — invites, messages, and InMails',
    href: 'https://warmysender.com/documentation/linkedin-rate-limits',
  },
  helpInvites: {
    publisher: 'LinkedIn Help',
    title: 'Invitation limit reached',
    href: 'https://www.linkedin.com/help/linkedin/answer/a550555',
  },
  helpInmail: {
    publisher: 'LinkedIn Help',
    title: 'InMail message credits and renewal process',
    href: 'https://www.linkedin.com/help/linkedin/answer/75',
  },
  helpInmailFaq: {
    publisher: 'LinkedIn Help',
    subject: 'inmailFaq',
    href: 'https://www.linkedin.com/help/linkedin/answer/a554514',
  },
  helpSnInmail: {
    publisher: 'LinkedIn Sales Navigator Help',
    subject: 'inmailCredits',
    href: 'https://www.linkedin.com/help/sales-navigator/answer/a101030',
  },
  helpSnOpenProfile: {
    publisher: 'LinkedIn Sales Navigator Help',
    subject: 'openProfile',
    href: 'https://www.linkedin.com/help/sales-navigator/answer/a1451572',
  },
  helpRecruiter: {
    publisher: 'LinkedIn Recruiter Help',
    subject: 'inmailBalance',
    href: 'https://www.linkedin.com/help/recruiter/answer/a412114',
  },
  salesflow: {
    publisher: 'Salesflow',
    title: 'LinkedIn Limits',
    href: 'https://salesflow.apidocumentation.com/documentation/getting-started/linkedin-limits',
  },
  unipile: {
    publisher: 'Unipile',
    title: 'Provider limits and restrictions',
    href: 'https://developer.unipile.com/docs/provider-limits-and-restrictions',
  },
  hyperscale: {
    publisher: 'Hyperscale',
    title: 'LinkedIn activity limits',
    href: 'https://docs.gethyperscale.com/start-campaigns/linkedin-activity-limits',
  },
  bigBrain: {
    publisher: 'big-brain',
    title: 'Limits',
    href: 'https://docs.big-brain.co/apps/linkedin-outreach/security/limits',
  },
  swanGtm: {
    publisher: 'swan-gtm (skills.sh)',
    title: 'linkedin-limits-warmup',
    href: 'https://www.skills.sh/swan-gtm/gtm-skills/linkedin-limits-warmup',
  },
} as const satisfies Record<string, Citation>;

export type CiteName = keyof typeof cites;

export const CITES: Readonly<Record<CiteName, Citation>> = cites;

/** Every source the statements name: the pages link each one that has an address. */
export const CITATIONS: readonly Citation[] = Object.values(CITES);

/** The statements behind the defaults; each is a message of the same name (`sources.invitesWeek`). */
export type StatementId =
  | 'invitesWeek'
  | 'invitesDay'
  | 'notesFree'
  | 'notesPaid'
  | 'noteLength'
  | 'messagesWeek'
  | 'messagesDay'
  | 'inmailGrant'
  | 'inmailCap'
  | 'inmailDay'
  | 'inmailNone'
  | 'openProfile'
  | 'openProfileNone'
  | 'viewsFree'
  | 'engagement'
  | 'viewsPaid'
  | 'expiry90'
  | 'expiryNone'
  | 'rampUp';

/**
 * Where a limit comes from: a statement and the sources it names (its message substitutes each,
 * by name, in this order of mention), or the user's own setting with the plan's default.
 */
export type SourceNote =
  | { id: StatementId; cites: readonly CiteName[] }
  | { id: 'override'; planDefault: number | null; cites: readonly [] };

/** The sources each statement names: the message for it must name exactly these. */
export const STATEMENT_CITES: Readonly<Record<StatementId, readonly CiteName[]>> = {
  invitesWeek: ['phantombuster', 'valley', 'emailchaser'],
  invitesDay: ['phantombuster'],
  notesFree: ['helpInvites'],
  notesPaid: ['helpInvites'],
  noteLength: ['hyperscale', 'unipile'],
  messagesWeek: ['phantombuster'],
  messagesDay: ['smpro', 'warmysender'],
  inmailGrant: ['helpInmail', 'warmysender'],
  inmailCap: ['helpInmail', 'helpRecruiter'],
  inmailDay: ['warmysender'],
  inmailNone: ['helpInmail'],
  openProfile: ['swanGtm', 'bigBrain', 'helpSnOpenProfile'],
  openProfileNone: ['phantombuster'],
  viewsFree: ['salesflow'],
  engagement: ['warmysender'],
  viewsPaid: ['salesflow', 'unipile', 'warmysender'],
  expiry90: ['helpInmailFaq'],
  expiryNone: ['helpSnInmail', 'helpInmailFaq'],
  rampUp: ['warmysender'],
};

const S = Object.fromEntries(
  Object.entries(STATEMENT_CITES).map(([id, cites]) => [id, { id, cites }]),
) as Record<StatementId, SourceNote>;

/** Why the ramp-up starts low and grows (the options page's ramp-up section). */
export const RAMP_UP_SOURCE: SourceNote = S.rampUp;

/** The engagement bucket's source (the options page's switch). */
export const ENGAGEMENT_SOURCE: SourceNote = S.engagement;

export interface PlanSources {
  meters: Record<Exclude<MeterId, 'inmails-balance'>, SourceNote>;
  inmail: { monthlyCredits: SourceNote; maxBalance: SourceNote; expiry: SourceNote };
  noteMaxLength: SourceNote;
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
export function planSource(plan: PlanId, id: MeterId): SourceNote {
  const s = LIMIT_SOURCES[plan];
  return id === 'inmails-balance' ? s.inmail.monthlyCredits : s.meters[id];
}

/** Where the limit a meter uses comes from: the user's override, else the plan's default. */
export function meterSource(settings: Pick<Settings, 'plan' | 'overrides'>, id: MeterId): SourceNote {
  if (settings.overrides[id] === undefined) return planSource(settings.plan, id);
  return { id: 'override', planDefault: planDefault(settings.plan, id).limit, cites: [] };
}
