// Short meter names for the popup's one-line rows and its "Not on your plan" line; the long names
// (METER_LABELS) stay for the details, the badge and the options page.
import type { MeterId, MeterKind } from '../domain/limits';

export const ROW_LABELS: Record<MeterId, string> = {
  'invites-week': 'Invites this week',
  'invites-day': 'Invites today',
  'invite-notes-month': 'Notes this month',
  'messages-day': 'Messages today',
  'messages-week': 'Messages this week',
  'inmails-balance': 'InMail credits',
  'inmails-day': 'InMails today',
  'open-profile-month': 'Open Profile msgs',
  'profile-views-day': 'Profile views today',
  'engagement-day': 'Engagement today',
};

/** What a plan lacks, named once per kind: "InMail credits", "Open Profile messages". */
export const FOLDED_LABELS: Record<MeterKind, string> = {
  invites: 'invites',
  'invite-notes': 'personalized notes',
  messages: 'messages',
  inmails: 'InMail credits',
  'open-profile': 'Open Profile messages',
  'profile-views': 'profile views',
  engagement: 'engagement',
};
