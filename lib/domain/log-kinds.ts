// What the activity log lists: every counted action, and the withdrawals and InMail answers that
// give some back. Replies and LinkedIn's refusals are not counted actions: never listed.
import type { ActivityKind } from './activity';

export const LOG_KINDS = [
  'invite',
  'message',
  'inmail',
  'open-profile-message',
  'profile-view',
  'invite-withdrawn',
  'inmail-response',
] as const satisfies readonly ActivityKind[];
export type LogKind = (typeof LOG_KINDS)[number];

export function isLogKind(kind: string): kind is LogKind {
  return (LOG_KINDS as readonly string[]).includes(kind);
}
