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
  // The engagement bucket: the user's own comments and reactions (a withdrawn reaction or a deleted
  // comment removes its event).
  'comment',
  'reaction',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * Where a counted action comes from: seen in this browser (`observed`, the default when absent),
 * read from LinkedIn's own lists (`linkedin`, sent elsewhere), added by hand (`manual`), or from a
 * backup file (`imported`).
 */
export const EVENT_SOURCES = ['observed', 'linkedin', 'manual', 'imported'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

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
  /** Absent = `observed`. */
  source?: EventSource;
  /**
   * A Send in a recognised composer that no classified answer followed: counted (a meter must
   * never undercount), shown as unconfirmed.
   */
  unconfirmed?: true;
}

/** An event's source, with the default for events stored before sources existed. */
export function sourceOf(e: Pick<ActivityEvent, 'source'>): EventSource {
  return e.source ?? 'observed';
}
