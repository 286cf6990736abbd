// An unconfirmed send: a Send click in a recognised composer that no classified send or refusal
// followed within seconds. It is counted (a meter never undercounts) and kept with the request paths
// and statuses the tab saw around the click, so the user can report what LinkedIn changed. No text.

/** The composers' kinds of send (lib/linkedin/composers.ts names them the same). */
export const CHECKED_KINDS = ['invite', 'message', 'inmail'] as const;
export type CheckedKind = (typeof CHECKED_KINDS)[number];

/** One request the tab made around the click: its path only (no query, no body) and its status. */
export interface SeenRequest {
  path: string;
  /** HTTP status from the Performance API; 0 when the browser does not tell. */
  status: number;
  /** Start time in ms relative to the click (negative: just before it). */
  ms: number;
}

export interface UnconfirmedSend {
  /** The key of the ActivityEvent counted for it. */
  key: string;
  account: string;
  kind: CheckedKind;
  withNote?: boolean;
  /** Epoch ms of the click. */
  clickAt: number;
  requests: SeenRequest[];
}

/** A real send (or refusal) that answered one click: it never answers another. */
export interface SendClaim {
  /** The event's key. */
  send: string;
  /** The click's unconfirmed key (the one it would have had). */
  click: string;
  at: number;
}

export interface UnconfirmedState {
  sends: UnconfirmedSend[];
  claims: SendClaim[];
}

/** How long the popup mentions an unconfirmed send. */
export const NOTICE_MS = 7 * 864e5;

/** The unconfirmed sends the popup mentions, newest first: the last 7 days, of `account` if given. */
export function recentUnconfirmed(
  sends: readonly UnconfirmedSend[],
  now: number,
  account: string | null,
): UnconfirmedSend[] {
  return sends
    .filter((s) => s.clickAt > now - NOTICE_MS && s.clickAt <= now + 60_000)
    .filter((s) => account === null || s.account === account)
    .sort((a, b) => b.clickAt - a.clickAt);
}
