// Cheap structural checks for classifier memory read back from storage. The worker wrote it
// itself, so this guards against old versions and damage, not against an attacker: anything
// malformed is skipped. Each check returns a clean copy (only known, defined fields) or undefined.
import type { Observation } from './classify';
import type { ComposeEntry, ConversationEntry, RecentEntry, SalesProfileEntry, SelfEntry } from './memory';

type Obj = Record<string, unknown>;

const MAX_ID = 300;
const OBS_KINDS = new Set([
  'invite',
  'invite-withdrawn',
  'message',
  'reply',
  'inmail',
  'open-profile-message',
  'inmail-response',
  'profile-view',
  'limit-reached',
  'identity',
]);

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_ID;
const optional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);
const isBool = (v: unknown) => typeof v === 'boolean';

/** Copies the defined fields only, so a restored entry equals a freshly made one. */
function defined<T>(o: Obj): T {
  const out: Obj = {};
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out as T;
}

export function composeEntry(v: unknown): ComposeEntry | undefined {
  if (!isObj(v) || !isTime(v.at)) return undefined;
  const { kind, subject, conversation, at } = v;
  if (!optional(kind, (k) => k === 'inmail' || k === 'open-profile-message' || k === 'message')) return;
  if (!optional(subject, isBool) || !optional(conversation, isId)) return undefined;
  return defined({ kind, subject, conversation, at });
}

export function conversationEntry(v: unknown): ConversationEntry | undefined {
  if (!isObj(v) || !isTime(v.at)) return undefined;
  const { starter, inmail, counterpart, createdAt, first, at } = v;
  if (!optional(starter, (s) => s === 'me' || s === 'other') || !optional(inmail, isBool)) return undefined;
  if (!optional(counterpart, isId) || !optional(createdAt, isTime)) return undefined;
  if (!optional(first, (f) => isObj(f) && isTime(f.at) && isBool(f.me))) return undefined;
  const f = first as { at: number; me: boolean } | undefined;
  return defined({ starter, inmail, counterpart, createdAt, first: f && { at: f.at, me: f.me }, at });
}

export function salesProfileEntry(v: unknown): SalesProfileEntry | undefined {
  if (!isObj(v) || !isTime(v.at) || !isBool(v.openLink)) return undefined;
  if (!optional(v.degree, Number.isInteger)) return undefined;
  return defined({ openLink: v.openLink, degree: v.degree, at: v.at });
}

function observation(v: unknown): Observation | undefined {
  if (!isObj(v) || !OBS_KINDS.has(v.kind as string) || !isId(v.key)) return undefined;
  for (const k in v) {
    const x = v[k];
    if (x !== undefined && typeof x !== 'string' && typeof x !== 'number' && typeof x !== 'boolean')
      return undefined;
  }
  return defined(v);
}

export function recentEntry(v: unknown): RecentEntry | undefined {
  if (!isObj(v) || !isTime(v.at) || !optional(v.id, isId)) return undefined;
  if (!Array.isArray(v.obs) || v.obs.length > 10) return undefined;
  const obs: Observation[] = [];
  for (const o of v.obs) {
    const ok = observation(o);
    if (!ok) return undefined;
    obs.push(ok);
  }
  return defined({ id: v.id, obs, at: v.at });
}

export function selfEntry(v: unknown): SelfEntry | undefined {
  if (!isObj(v) || !isId(v.account) || !optional(v.slug, isId)) return undefined;
  return defined({ account: v.account, slug: v.slug });
}
