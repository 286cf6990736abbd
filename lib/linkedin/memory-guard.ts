// Cheap structural checks for classifier memory read back from storage. The worker wrote it
// itself, so this guards against old versions and damage, not against an attacker: anything
// malformed is skipped. Each check returns a clean copy (only known, defined fields) or undefined.
// Declared as field tables: the service worker carries this, and it must stay small.
import { ACTIVITY_KINDS } from '../domain/activity';
import type {
  ComposeEntry,
  ConversationEntry,
  RecentEntry,
  SalesProfileEntry,
  SelfEntry,
} from './memory-entries';
import type { Observation } from './vocabulary';

/** A field check: the clean value, or BAD. */
type Field = (v: unknown) => unknown;
const BAD = Symbol('bad');

const MAX_ID = 300;
export const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_ID;
const id: Field = (v) => (isId(v) ? v : BAD);
const time: Field = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : BAD);
const bool: Field = (v) => (typeof v === 'boolean' ? v : BAD);
const int: Field = (v) => (Number.isInteger(v) ? v : BAD);
const oneOf =
  (...values: string[]): Field =>
  (v) =>
    values.includes(v as string) ? v : BAD;
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object check: `required` fields must be present; others may be absent (left out of the copy). */
function shape<T>(fields: Record<string, Field>, required: readonly string[]): (v: unknown) => T | undefined {
  return (v) => {
    if (!isObj(v)) return undefined;
    const out: Record<string, unknown> = {};
    for (const [k, check] of Object.entries(fields)) {
      if (v[k] === undefined) {
        if (required.includes(k)) return undefined;
        continue;
      }
      const clean = check(v[k]);
      if (clean === BAD || clean === undefined) return undefined;
      out[k] = clean;
    }
    return out as T;
  };
}
const field =
  <T>(check: (v: unknown) => T | undefined): Field =>
  (v) =>
    check(v) ?? BAD;

export const composeEntry = shape<ComposeEntry>(
  { kind: oneOf('inmail', 'open-profile-message', 'message'), subject: bool, conversation: id, at: time },
  ['at'],
);

export const conversationEntry = shape<ConversationEntry>(
  {
    starter: oneOf('me', 'other'),
    inmail: bool,
    counterpart: id,
    createdAt: time,
    first: field(shape({ at: time, me: bool }, ['at', 'me'])),
    at: time,
  },
  ['at'],
);

export const salesProfileEntry = shape<SalesProfileEntry>({ openLink: bool, degree: int, at: time }, [
  'openLink',
  'at',
]);

/** What a stored observation may be: any stored kind, or the account's identity. */
const OBS_KINDS: readonly string[] = [...ACTIVITY_KINDS, 'identity'];

/** An observation: a known kind, a key, and otherwise only plain values. */
function observation(v: unknown): Observation | undefined {
  if (!isObj(v) || !OBS_KINDS.includes(v.kind as string) || !isId(v.key)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === undefined) continue;
    if (typeof x !== 'string' && typeof x !== 'number' && typeof x !== 'boolean') return undefined;
    out[k] = x;
  }
  return out as unknown as Observation;
}

const observations: Field = (v) => {
  if (!Array.isArray(v) || v.length > 10) return BAD;
  const out = v.map(observation);
  return out.includes(undefined) ? BAD : out;
};

export const recentEntry = shape<RecentEntry>({ id, obs: observations, at: time }, ['obs', 'at']);

export const selfEntry = shape<SelfEntry>({ account: id, slug: id }, ['account']);
