// LinkedIn's refusal codes, as data, with the plain words every surface (popup, in-page banner,
// toolbar badge) says for them. `action: null` marks a refusal that is NOT a quota signal (one
// contact, or an account problem): it yields nothing, so it has no words.
// Sources: tomquirk/linkedin-api issue #353 (CUSTOM_INVITE_LIMIT_REACHED, verbatim) and its linkedin.py
// (CANT_RESEND_YET); an unattributed public table "from Waalaxy's connect error handler" for the rest.
import type { LimitAction } from './vocabulary';

export type RequestFamily = 'invite' | 'message';

export type LimitCode =
  | { code: string; action: LimitAction; reason: string }
  | { code: string; action: null; reason?: undefined };

export const LIMIT_CODES: readonly LimitCode[] = [
  // 429, the free note quota (tomquirk/linkedin-api issue #353, verbatim)
  {
    code: 'CUSTOM_INVITE_LIMIT_REACHED',
    action: 'invite-note',
    reason: 'monthly personalized-note limit reached',
  },
  {
    code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED',
    action: 'invite',
    reason: 'weekly invitation limit reached',
  },
  // a synonym named in a second client's spec
  { code: 'WEEKLY_CONNECTIONS_LIMIT_REACHED', action: 'invite', reason: 'weekly invitation limit reached' },
  // a defensive synonym (unconfirmed)
  { code: 'WEEKLY_INVITATION_LIMIT_REACHED', action: 'invite', reason: 'weekly invitation limit reached' },
  { code: 'MAX_INVITATION_SENT', action: 'invite', reason: 'invitations restricted for now' }, // desktop connect restricted
  { code: 'FUSE_LIMIT', action: 'invite', reason: 'invitation limit reached' }, // mobile-web dropReason, should it surface
  { code: 'CANT_RESEND_YET', action: null }, // already invited / withdrawn < 3 weeks: one contact
  { code: 'PRIMARY_HANDLE_NOT_CONFIRMED', action: null }, // e-mail not confirmed: no quota
  { code: 'CANT_ACCEPT_CONNECTION_LIMIT_REACHED', action: null }, // accepting at the 30k cap, not a send
  // InMail no-credit refusals: LinkedIn's own code is unconfirmed; these follow third-party naming
  // (Edges API docs: LK_INMAIL_NOT_ENOUGH_CREDIT) and are matched only on messaging sends.
  { code: 'LK_INMAIL_NOT_ENOUGH_CREDIT', action: 'inmail', reason: 'not enough InMail credits' },
  { code: 'INMAIL_NOT_ENOUGH_CREDIT', action: 'inmail', reason: 'not enough InMail credits' },
  { code: 'NOT_ENOUGH_INMAIL_CREDITS', action: 'inmail', reason: 'not enough InMail credits' },
  { code: 'INSUFFICIENT_INMAIL_CREDITS', action: 'inmail', reason: 'not enough InMail credits' },
  { code: 'NO_INMAIL_CREDITS', action: 'inmail', reason: 'not enough InMail credits' },
];

/** What a bare HTTP 429 (no code we know) means for each request family. */
export const GENERIC_429: Readonly<Record<RequestFamily, LimitAction>> = {
  invite: 'invite',
  message: 'message',
};

/** The words for a refused action when LinkedIn gave no code we know (a bare 429, say). */
const ACTION_REASONS: Readonly<Record<LimitAction, string>> = {
  invite: 'invitation limit reached',
  'invite-note': 'personalized-note limit reached',
  message: 'messaging limit reached (too many requests)',
  inmail: 'not enough InMail credits',
};

const BY_CODE = new Map(LIMIT_CODES.map((c) => [c.code, c]));
const BY_ACTION = new Map<string, string>(Object.entries(ACTION_REASONS));

export function lookupLimitCode(code: string): LimitCode | undefined {
  return BY_CODE.get(code);
}

/** A refusal in plain words: the code's own, else the refused action's, e.g. "weekly invitation limit reached". */
export function refusalReason(code: string, action?: LimitAction): string {
  return (
    BY_CODE.get(code)?.reason ?? (action === undefined ? undefined : BY_ACTION.get(action)) ?? 'limit reached'
  );
}

/** How every surface words a refusal: "LinkedIn refused: weekly invitation limit reached". */
export function refusalText(code: string, action?: LimitAction): string {
  return `LinkedIn refused: ${refusalReason(code, action)}`;
}

/** Which table codes does this (non-JSON) text mention? Used on RSC flight answers. */
export function findKnownCode(text: string): LimitCode | undefined {
  for (const c of LIMIT_CODES) if (text.includes(c.code)) return c;
  return undefined;
}

/** Invite-family codes only make sense on invites, InMail ones on messaging sends. */
export function actionFits(action: LimitAction, family: RequestFamily): boolean {
  return family === 'invite'
    ? action === 'invite' || action === 'invite-note'
    : action === 'message' || action === 'inmail';
}
