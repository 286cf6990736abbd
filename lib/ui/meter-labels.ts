// Meter and plan names in the browser's language. The long names (`meterLabel`) are for the details,
// the badge, the banner and the options page; the short ones (`rowLabel`) for the popup's one-line
// rows; `foldedLabel` names what a plan lacks, once per kind, in its "Not on your plan" line.
import type { MeterId, MeterKind, PlanId } from '../domain/limits';
import { t } from '../i18n/t';

/** Message keys cannot hold "-": each id's camelCase key. */
const METER_KEY = {
  'invites-week': 'invitesWeek',
  'invites-day': 'invitesDay',
  'invite-notes-month': 'inviteNotesMonth',
  'messages-day': 'messagesDay',
  'messages-week': 'messagesWeek',
  'inmails-balance': 'inmailsBalance',
  'inmails-day': 'inmailsDay',
  'open-profile-month': 'openProfileMonth',
  'profile-views-day': 'profileViewsDay',
  'engagement-day': 'engagementDay',
} as const satisfies Record<MeterId, string>;

const KIND_KEY = {
  invites: 'invites',
  'invite-notes': 'inviteNotes',
  messages: 'messages',
  inmails: 'inmails',
  'open-profile': 'openProfile',
  'profile-views': 'profileViews',
  engagement: 'engagement',
} as const satisfies Record<MeterKind, string>;

const PLAN_KEY = {
  free: 'free',
  'premium-career': 'premiumCareer',
  'premium-business': 'premiumBusiness',
  'sales-navigator-core': 'salesNavigatorCore',
  'sales-navigator-advanced': 'salesNavigatorAdvanced',
  'recruiter-lite': 'recruiterLite',
  recruiter: 'recruiter',
} as const satisfies Record<PlanId, string>;

/** "Invites this week", "Personalized notes this month": a meter's full name. */
export function meterLabel(id: MeterId): string {
  return t(`meter.label.${METER_KEY[id]}`);
}

/** "Notes this month": a meter's name on its popup row. */
export function rowLabel(id: MeterId): string {
  return t(`meter.row.${METER_KEY[id]}`);
}

/** "InMail credits", "Open Profile messages": a kind the plan lacks. */
export function foldedLabel(kind: MeterKind): string {
  return t(`meter.folded.${KIND_KEY[kind]}`);
}

/** "Free (Basic)", "Sales Navigator Core". */
export function planLabel(plan: PlanId): string {
  return t(`meter.plan.${PLAN_KEY[plan]}`);
}

/** "invites left this week" (the words after the headline's number, chosen by `remaining`). */
export function leftCaption(id: MeterId, remaining: number): string {
  return t(`meter.left.${METER_KEY[id]}`, remaining);
}

/** "no limit on invites this week": the caption of an unlimited headline meter. */
export function unlimitedLabel(id: MeterId): string {
  return t(`meter.unlimited.${METER_KEY[id]}`);
}

/** A record read in the current language on every access (names stay as they were exported). */
function worded<K extends string>(keys: readonly K[], word: (k: K) => string): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const k of keys) Object.defineProperty(record, k, { get: () => word(k), enumerable: true });
  return record;
}

/** Short meter names for the popup's rows (`rowLabel` by id). */
export const ROW_LABELS = worded(Object.keys(METER_KEY) as MeterId[], rowLabel);

/** What a plan lacks, named once per kind (`foldedLabel` by kind). */
export const FOLDED_LABELS = worded(Object.keys(KIND_KEY) as MeterKind[], foldedLabel);
