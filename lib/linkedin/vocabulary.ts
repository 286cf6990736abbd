// What crosses the LinkedIn boundary, defined once: the exchange the page-world observer reports,
// and the observation the classifier makes of it (what the user did). The worker turns an
// observation into a stored ActivityEvent (lib/domain/activity.ts).
import * as z from 'zod/mini';
import type { LimitAction } from '../domain/activity';
import type { SentInvitation } from '../domain/reconcile';
import { exchangeSize, MAX_EXCHANGE_CHARS } from './exchange-size';
import { LINKEDIN_URL } from './prefilter';

export type { LimitAction } from '../domain/activity';
export type { SentInvitation } from '../domain/reconcile';
export type { SendSurface } from '../domain/send-warnings';

/** One first-degree connection on LinkedIn's own list: who, and since when (epoch ms) when it says. */
export interface ListedConnection {
  target: string;
  connectedAt?: number;
}

/**
 * One request the page made to LinkedIn, and LinkedIn's answer: the schema the worker checks every
 * reported exchange with (no unknown field). The content script's lighter pre-check
 * (lib/observer/exchange-schema.ts) applies the same bounds.
 */
export const exchangeSchema = z
  .strictObject({
    method: z.string().check(z.minLength(1), z.maxLength(16)),
    url: z.string().check(z.maxLength(4096), z.regex(LINKEDIN_URL)),
    status: z.number().check(z.int(), z.gte(0), z.lte(999)),
    requestBody: z.optional(z.string()),
    responseBody: z.optional(z.string()),
  })
  .check(
    z.refine((x) => exchangeSize(x.url, x.requestBody, x.responseBody) <= MAX_EXCHANGE_CHARS, {
      message: `an exchange is at most ${MAX_EXCHANGE_CHARS} characters`,
    }),
  );

export type Exchange = z.infer<typeof exchangeSchema>;

export type Observation =
  | { kind: 'invite'; withNote: boolean; noteLength?: number; target?: string; key: string }
  | { kind: 'invite-withdrawn'; target?: string; key: string }
  | { kind: 'message'; target?: string; conversation?: string; key: string } // outreach the user starts
  | { kind: 'reply'; conversation?: string; key: string } // answer in a thread someone else started
  | { kind: 'inmail'; target?: string; conversation?: string; key: string }
  | { kind: 'open-profile-message'; target?: string; conversation?: string; key: string }
  | { kind: 'inmail-response'; conversation?: string; target?: string; key: string } // accepted/declined/answered
  | { kind: 'profile-view'; target: string; key: string }
  // The engagement bucket: keyed by the comment, or by what the reaction is on (engagement.ts)
  | { kind: 'comment'; key: string }
  | { kind: 'reaction'; key: string }
  // Undone: the worker removes the event the comment or reaction was stored under (`removes`)
  | { kind: 'comment-deleted'; removes: string; key: string }
  | { kind: 'reaction-withdrawn'; removes: string; key: string }
  | { kind: 'limit-reached'; action: LimitAction; code: string; key: string }
  // name: the account picker's label only
  | { kind: 'identity'; account: string; premium?: boolean; name?: string; key: string }
  // What LinkedIn's own lists showed (read, never requested): reconciled by the worker, not events
  | { kind: 'sent-invitations'; invitations: SentInvitation[]; key: string }
  | { kind: 'connections'; connections: ListedConnection[]; key: string }
  | { kind: 'inmail-credits'; balance: number; key: string }
  // The member's own connection count (the 30,000 cap)
  | { kind: 'connection-count'; count: number; key: string };
