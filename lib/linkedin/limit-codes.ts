// LinkedIn's refusal codes, as data, with what each says (a `refusal.*` message that every surface —
// popup, in-page banner, toolbar badge — words through lib/ui/format.ts's `refusalText`).
// `action: null` marks a refusal that is NOT a quota signal (one contact, or an account problem):
// it yields nothing, so it has no words.
// Sources: tomquirk/linkedin-api issue #353 (CUSTOM_INVITE_LIMIT_REACHED, verbatim) and its linkedin.py
// (CANT_RESEND_YET); an unattributed public table "from Waalaxy's connect error handler" for the rest.
import type { LimitAction } from './vocabulary';

export type RequestFamily = 'invite' | 'message';

/** What a refusal says: the key of its message in the `refusal` section of the locale files. */
export type RefusalReason =
  | 'weeklyInvites'
  | 'monthlyNotes'
  | 'invitesRestricted'
  | 'invites'
  | 'notes'
  | 'messages'
  | 'inmailCredits'
  | 'limit';

export type LimitCode =
  | { code: string; action: LimitAction; reason: RefusalReason }
  | { code: string; action: null; reason?: undefined };

export const LIMIT_CODES: readonly LimitCode[] = [
  // 429, the free note quota (tomquirk/linkedin-api issue #353, verbatim)
  {
    code: 'CUSTOM_INVITE_LIMIT_REACHED',
    action: 'invite-note',
    reason: 'monthlyNotes',
  },
  {
    code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED',
    action: 'invite',
    reason: 'weeklyInvites',
  },
  // a synonym named in a second client's spec
  { code: 'WEEKLY_CONNECTIONS_LIMIT_REACHED', action: 'invite', reason: 'weeklyInvites' },
  // a defensive synonym (unconfirmed)
  { code: 'WEEKLY_INVITATION_LIMIT_REACHED', action: 'invite', reason: 'weeklyInvites' },
  { code: 'MAX_INVITATION_SENT', action: 'invite', reason: 'invitesRestricted' }, // desktop connect restricted
  { code: 'FUSE_LIMIT', action: 'invite', reason: 'invites' }, // mobile-web dropReason, should it surface
  { code: 'CANT_RESEND_YET', action: null }, // already invited / withdrawn < 3 weeks: one contact
  { code: 'PRIMARY_HANDLE_NOT_CONFIRMED', action: null }, // e-mail not confirmed: no quota
  { code: 'CANT_ACCEPT_CONNECTION_LIMIT_REACHED', action: null }, // accepting at the 30k cap, not a send
  // InMail no-credit refusals: LinkedIn's own code is unconfirmed; these follow third-party naming
  // (Edges API docs: LK_INMAIL_NOT_ENOUGH_CREDIT) and are matched only on messaging sends.
  { code: 'LK_INMAIL_NOT_ENOUGH_CREDIT', action: 'inmail', reason: 'inmailCredits' },
  { code: 'INMAIL_NOT_ENOUGH_CREDIT', action: 'inmail', reason: 'inmailCredits' },
  { code: 'NOT_ENOUGH_INMAIL_CREDITS', action: 'inmail', reason: 'inmailCredits' },
  { code: 'INSUFFICIENT_INMAIL_CREDITS', action: 'inmail', reason: 'inmailCredits' },
  { code: 'NO_INMAIL_CREDITS', action: 'inmail', reason: 'inmailCredits' },
];

/** What a bare HTTP 429 (no code we know) means for each request family. */
export const GENERIC_429: Readonly<Record<RequestFamily, LimitAction>> = {
  invite: 'invite',
  message: 'message',
};

/** What a refused action says when LinkedIn gave no code we know (a bare 429, say). */
const ACTION_REASONS: Readonly<Record<LimitAction, RefusalReason>> = {
  invite: 'invites',
  'invite-note': 'notes',
  message: 'messages',
  inmail: 'inmailCredits',
};

const BY_CODE = new Map(LIMIT_CODES.map((c) => [c.code, c]));
const BY_ACTION = new Map<string, RefusalReason>(Object.entries(ACTION_REASONS));

export function lookupLimitCode(code: string): LimitCode | undefined {
  return BY_CODE.get(code);
}

/** What a refusal says: the code's own reason, else the refused action's, else 'limit'. */
export function refusalReason(code: string, action?: LimitAction): RefusalReason {
  return BY_CODE.get(code)?.reason ?? (action === undefined ? undefined : BY_ACTION.get(action)) ?? 'limit';
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
