// What the background accepts from content scripts and its own pages, checked by hand: the
// service worker cannot carry zod within its weight budget (Dexie alone is 86 of its 150 KB).
// Every check either returns clean data or rejects the whole message; nothing is half-read.
import type { Exchange } from '../linkedin/vocabulary';
import { MAX_BATCH } from '../observer/exchange-queue';
import { checkExchange } from '../observer/exchange-schema';

export class InvalidInputError extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const onlyKeys = (v: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(v).every((k) => keys.includes(k));

/** An exchange a content script reported: the bridge check again, with no unknown field. */
export function parseExchange(data: unknown): Exchange | null {
  return checkExchange(data);
}

/** A tab's batch (lib/observer/exchange-queue.ts): a list, its items checked one by one. */
export function parseExchangeBatch(data: unknown): unknown[] {
  if (!Array.isArray(data) || data.length > MAX_BATCH)
    throw new InvalidInputError(`Pacer expected a list of at most ${MAX_BATCH} exchanges`);
  return data;
}

/** A location the content script saw (LinkedIn is a single-page app). */
export function parseNavigation(data: unknown): { url: string } {
  if (!isRecord(data) || !onlyKeys(data, ['url']) || typeof data.url !== 'string' || data.url.length > 4096)
    throw new InvalidInputError('Pacer expected { url } (at most 4,096 characters) for a navigation');
  return { url: data.url };
}

/** The shape of a settings patch; its values are checked once merged (applySettingsPatch). */
export function parseSettingsPatch(data: unknown): Record<string, unknown> | null {
  return isRecord(data) ? data : null;
}
