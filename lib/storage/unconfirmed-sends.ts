// The unconfirmed sends (lib/domain/unconfirmed.ts) as kept in extension storage: the worker writes
// them (lib/background/unconfirmed.ts), the popup reads them to say Pacer may be blind.
import { browser } from 'wxt/browser';
import type { SendClaim, UnconfirmedSend, UnconfirmedState } from '../domain/unconfirmed';
import type { StorageArea } from './area';
import { UNCONFIRMED_KEY } from './keys';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isSend(v: unknown): v is UnconfirmedSend {
  return (
    isObject(v) &&
    typeof v.key === 'string' &&
    typeof v.account === 'string' &&
    typeof v.kind === 'string' &&
    Number.isFinite(v.clickAt) &&
    Array.isArray(v.requests)
  );
}

const isClaim = (v: unknown): v is SendClaim =>
  isObject(v) && typeof v.send === 'string' && typeof v.click === 'string' && Number.isFinite(v.at);

/** The stored state, whatever shape storage holds (anything odd is dropped, never thrown). */
export function toState(stored: unknown): UnconfirmedState {
  const s = isObject(stored) ? stored : {};
  return {
    sends: Array.isArray(s.sends) ? s.sends.filter(isSend) : [],
    claims: Array.isArray(s.claims) ? s.claims.filter(isClaim) : [],
  };
}

export async function readUnconfirmed(local: StorageArea = browser.storage.local): Promise<UnconfirmedState> {
  return toState((await local.get(UNCONFIRMED_KEY))[UNCONFIRMED_KEY]);
}

export const touchesUnconfirmed = (changedKeys: readonly string[]): boolean =>
  changedKeys.includes(UNCONFIRMED_KEY);
