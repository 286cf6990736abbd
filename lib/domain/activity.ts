// What Pacer stores about one observed action. No message, note or subject text, ever:
// only kinds, instants, lengths and counterpart ids needed for dedupe and refunds.

export const ACTIVITY_KINDS = [
  'invite',
  'invite-withdrawn',
  'message',
  'reply',
  'inmail',
  'open-profile-message',
  'inmail-response',
  'profile-view',
  'limit-reached',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Which budget a LinkedIn refusal speaks about. */
export const LIMIT_ACTIONS = ['invite', 'invite-note', 'message', 'inmail'] as const;
export type LimitAction = (typeof LIMIT_ACTIONS)[number];

export interface ActivityEvent {
  /** Idempotency key: the same observed send always has the same key. */
  key: string;
  /** `urn:li:fsd_profile:<id>` of the LinkedIn account that acted. */
  account: string;
  kind: ActivityKind;
  /** Epoch milliseconds (UTC instant) when Pacer recorded it. */
  at: number;
  withNote?: boolean;
  noteLength?: number;
  /** Counterpart id (profile urn or slug): dedupe and refunds only. */
  target?: string;
  conversation?: string;
  /** For `limit-reached`: the refused action and LinkedIn's own code. */
  action?: LimitAction;
  code?: string;
}
