// URN normalisation. LinkedIn names one thing in several URN forms (fs_miniProfile vs fsd_profile,
// msg_conversation vs messagingThread, …); Pacer always reduces them to one form so one account,
// person, conversation or invitation never splits in two.
import { decodeOnce } from './url-decode';

/** The one form Pacer keeps a person or an account in: `urn:li:fsd_profile:<id>`. */
export const PROFILE_URN_PREFIX = 'urn:li:fsd_profile:';
/** The account an event is filed under until the logged-in member is known. */
export const UNKNOWN_ACCOUNT = `${PROFILE_URN_PREFIX}unknown`;

const ID = /^[A-Za-z0-9_-]{1,120}$/;
/** Thread and message ids are `2-` + base64 (may hold `+`, `/`, `=`). */
const THREAD_ID = /^[A-Za-z0-9_=+/.-]{1,200}$/;
const DIGITS = /^\d{1,30}$/;
const SLUG = /^[\p{L}\p{N}_.%~-]{1,150}$/u;

const PROFILE_PREFIXES = [
  PROFILE_URN_PREFIX,
  'urn:li:fs_miniProfile:',
  'urn:li:fs_profile:',
  `urn:li:msg_messagingParticipant:${PROFILE_URN_PREFIX}`,
] as const;

/** The bare profile id (`ACoAA…`) from any profile URN form, or undefined. */
export function profileId(urn: unknown): string | undefined {
  if (typeof urn !== 'string') return undefined;
  for (const p of PROFILE_PREFIXES) {
    if (urn.startsWith(p)) {
      const id = urn.slice(p.length);
      return ID.test(id) ? id : undefined;
    }
  }
  return undefined;
}

/** A bare profile id (as in legacy bodies and compose-option urns), validated. */
export function bareProfileId(v: unknown): string | undefined {
  return typeof v === 'string' && ID.test(v) && v.length >= 8 ? v : undefined;
}

export function profileUrn(id: string): string {
  return PROFILE_URN_PREFIX + id;
}

/** The id tail of an account urn (`urn:li:fsd_profile:<id>` → `<id>`), to show it short; else the urn as is. */
export function accountIdOf(urn: string): string {
  return urn.startsWith(PROFILE_URN_PREFIX) ? urn.slice(PROFILE_URN_PREFIX.length) : urn;
}

/** `urn:li:fsd_profile:<id>` from any profile URN form. */
export function toProfileUrn(urn: unknown): string | undefined {
  const id = profileId(urn);
  return id ? profileUrn(id) : undefined;
}

export function memberUrn(v: unknown): string | undefined {
  const s = typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? String(v) : v;
  return typeof s === 'string' && DIGITS.test(s) ? `urn:li:member:${s}` : undefined;
}

/** Thread id (`2-…`) from msg_conversation, fsd_conversation, messagingThread, fs_conversation or bare. */
export function threadId(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  let s = v;
  if (s.startsWith('urn:li:msg_conversation:(')) {
    const comma = s.lastIndexOf(',');
    if (comma < 0 || !s.endsWith(')')) return undefined;
    s = s.slice(comma + 1, -1);
  } else {
    for (const p of ['urn:li:fsd_conversation:', 'urn:li:messagingThread:', 'urn:li:fs_conversation:']) {
      if (s.startsWith(p)) {
        s = s.slice(p.length);
        break;
      }
    }
  }
  return !s.startsWith('urn:') && THREAD_ID.test(s) ? s : undefined;
}

/** The mailbox owner's profile id: the first part of a msg_conversation / msg_message URN. */
export function mailboxOwner(urn: unknown): string | undefined {
  if (typeof urn !== 'string') return undefined;
  for (const p of ['urn:li:msg_conversation:(', 'urn:li:msg_message:(']) {
    if (urn.startsWith(p)) {
      const comma = urn.indexOf(',', p.length);
      return comma < 0 ? undefined : profileId(urn.slice(p.length, comma));
    }
  }
  return undefined;
}

/** Message id from msg_message, messagingMessage, fsd_message or legacy fs_event URNs. */
export function messageId(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  let s: string | undefined;
  if (v.startsWith('urn:li:msg_message:(') || v.startsWith('urn:li:fs_event:(')) {
    const comma = v.lastIndexOf(',');
    s = comma > 0 && v.endsWith(')') ? v.slice(comma + 1, -1) : undefined;
  } else if (v.startsWith('urn:li:messagingMessage:')) {
    s = v.slice('urn:li:messagingMessage:'.length);
  } else if (v.startsWith('urn:li:fsd_message:')) {
    s = v.slice('urn:li:fsd_message:'.length);
  }
  return s && THREAD_ID.test(s) ? s : undefined;
}

/** Invitation number from `urn:li:fsd_invitation:<n>` / `urn:li:invitation:<n>`. */
export function invitationId(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  for (const p of ['urn:li:fsd_invitation:', 'urn:li:invitation:']) {
    if (v.startsWith(p)) {
      const n = v.slice(p.length);
      return DIGITS.test(n) ? n : undefined;
    }
  }
  return undefined;
}

/**
 * The invitation number an RSC flight answer names, when it names exactly one (several distinct ones
 * could belong to other people on the page, so then none is trusted). Linear scan, no regex.
 */
export function findInvitationId(text: string): string | undefined {
  let found: string | undefined;
  for (const p of ['urn:li:fsd_invitation:', 'urn:li:invitation:']) {
    let from = 0;
    for (let guard = 0; guard < 50; guard++) {
      const at = text.indexOf(p, from);
      if (at < 0) break;
      let end = at + p.length;
      while (end < text.length && end - at - p.length < 30) {
        const c = text.charCodeAt(end);
        if (c < 48 || c > 57) break;
        end++;
      }
      if (end > at + p.length) {
        const id = text.slice(at + p.length, end);
        if (found !== undefined && found !== id) return undefined;
        found = id;
      }
      from = at + p.length;
    }
  }
  return found;
}

/** Sales Navigator lead: `urn:li:fs_salesProfile:(<id>,<authType>,<authToken>)` → `<id>`. */
export function salesProfileId(v: unknown): string | undefined {
  if (typeof v !== 'string' || !v.startsWith('urn:li:fs_salesProfile:(')) return undefined;
  const start = 'urn:li:fs_salesProfile:('.length;
  const comma = v.indexOf(',', start);
  const id = v.slice(start, comma < 0 ? v.length - 1 : comma);
  return ID.test(id) ? id : undefined;
}

export function salesProfileUrn(id: string): string {
  return `urn:li:fs_salesProfile:${id}`;
}

/** A person's target id from a URL path segment: a profile id keeps its case, a slug is lowercased. */
export function targetFromSegment(segment: string): string | undefined {
  const s = decodeOnce(segment);
  if (s === undefined) return undefined;
  const id = profileId(s);
  if (id) return profileUrn(id);
  if (/^ACo[A-Za-z0-9_-]{10,}$/.test(s)) return profileUrn(s);
  const slug = s.toLowerCase();
  return SLUG.test(slug) && slug !== 'me' ? slug : undefined;
}

/** The slug from `https://www.linkedin.com/in/<slug>[/]`, lowercased and decoded. */
export function slugFromProfileUrl(v: unknown): string | undefined {
  if (typeof v !== 'string' || v.length > 500) return undefined;
  const m = /^https:\/\/(?:www\.)?linkedin\.com\/in\/([^/?#]+)\/?(?:[?#].*)?$/.exec(v);
  return m?.[1] ? targetFromSegment(m[1]) : undefined;
}
