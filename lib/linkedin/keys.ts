// Dedupe keys. Every key starts with its kind, so kinds never collide. After the kind comes, best
// first: LinkedIn's own id from the answer (bare, or `<n>` for invitations), then a client token from
// the request (`o:` originToken, `t:` trackingId), then `h:` a hash of the target and request body.
import { hash64 } from './hash';

const TOKEN = /^[A-Za-z0-9_=+/.-]{1,120}$/;

/** A client token fit for a key; odd ones (SN trackingIds are raw Latin-1 bytes) are hashed. */
export function tokenPart(prefix: 'o' | 't', v: unknown): string | undefined {
  if (typeof v !== 'string' || v.length === 0 || v.length > 1000) return undefined;
  return TOKEN.test(v) ? `${prefix}:${v}` : `${prefix}:${hash64(v)}`;
}

export function hashPart(...parts: string[]): string {
  return `h:${hash64(...parts)}`;
}

/** Copies `o` without its undefined fields, so observations compare and serialise cleanly. */
export function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}
