// What crosses the LinkedIn boundary, defined once: the exchange the page-world observer reports,
// and the observation the classifier makes of it (what the user did). The worker turns an
// observation into a stored ActivityEvent (lib/domain/activity.ts).
import type { LimitAction } from '../domain/activity';

export type { LimitAction } from '../domain/activity';
export type { SendSurface } from '../domain/send-warnings';

/** One request the page made to LinkedIn, and LinkedIn's answer. */
export interface Exchange {
  method: string;
  url: string;
  requestBody?: string;
  status: number;
  responseBody?: string;
}

export type Observation =
  | { kind: 'invite'; withNote: boolean; noteLength?: number; target?: string; key: string }
  | { kind: 'invite-withdrawn'; target?: string; key: string }
  | { kind: 'message'; target?: string; conversation?: string; key: string } // outreach the user starts
  | { kind: 'reply'; conversation?: string; key: string } // answer in a thread someone else started
  | { kind: 'inmail'; target?: string; conversation?: string; key: string }
  | { kind: 'open-profile-message'; target?: string; conversation?: string; key: string }
  | { kind: 'inmail-response'; conversation?: string; target?: string; key: string } // accepted/declined/answered
  | { kind: 'profile-view'; target: string; key: string }
  | { kind: 'limit-reached'; action: LimitAction; code: string; key: string }
  | { kind: 'identity'; account: string; premium?: boolean; key: string };
