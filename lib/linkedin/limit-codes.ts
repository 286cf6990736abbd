// LinkedIn's refusal codes, as data. `action: null` marks a refusal that is NOT a quota signal
// (one contact, or an account problem) and must yield nothing.
// Sources: s05 (tomquirk #353 for CUSTOM_INVITE_LIMIT_REACHED; tomquirk linkedin.py for CANT_RESEND_YET;
// the unattributed "Waalaxy connect error handler" table for the rest), anchors §2(f).

import type { LimitAction } from './vocabulary';

export type RequestFamily = 'invite' | 'message';

export interface LimitCode {
  code: string;
  action: LimitAction | null;
}

export const LIMIT_CODES: readonly LimitCode[] = [
  { code: 'CUSTOM_INVITE_LIMIT_REACHED', action: 'invite-note' }, // 429, free note quota (s05, verbatim)
  { code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED', action: 'invite' }, // weekly invitation limit
  { code: 'WEEKLY_CONNECTIONS_LIMIT_REACHED', action: 'invite' }, // synonym named in a second spec
  { code: 'WEEKLY_INVITATION_LIMIT_REACHED', action: 'invite' }, // defensive synonym (unconfirmed)
  { code: 'MAX_INVITATION_SENT', action: 'invite' }, // desktop connect restricted
  { code: 'FUSE_LIMIT', action: 'invite' }, // mwlite dropReason, should it ever surface as a code
  { code: 'CANT_RESEND_YET', action: null }, // already invited / withdrawn < 3 weeks: one contact
  { code: 'PRIMARY_HANDLE_NOT_CONFIRMED', action: null }, // e-mail not confirmed: no quota
  { code: 'CANT_ACCEPT_CONNECTION_LIMIT_REACHED', action: null }, // accepting at the 30k cap, not a send
  // InMail no-credit refusals: LinkedIn's own code is unconfirmed; these follow third-party naming
  // (docs.edges.run LK_INMAIL_NOT_ENOUGH_CREDIT) and are matched only on messaging sends.
  { code: 'LK_INMAIL_NOT_ENOUGH_CREDIT', action: 'inmail' },
  { code: 'INMAIL_NOT_ENOUGH_CREDIT', action: 'inmail' },
  { code: 'NOT_ENOUGH_INMAIL_CREDITS', action: 'inmail' },
  { code: 'INSUFFICIENT_INMAIL_CREDITS', action: 'inmail' },
  { code: 'NO_INMAIL_CREDITS', action: 'inmail' },
];

/** What a bare HTTP 429 (no code we know) means for each request family. */
export const GENERIC_429: Readonly<Record<RequestFamily, LimitAction>> = {
  invite: 'invite',
  message: 'message',
};

const BY_CODE = new Map(LIMIT_CODES.map((c) => [c.code, c]));

export function lookupLimitCode(code: string): LimitCode | undefined {
  return BY_CODE.get(code);
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
