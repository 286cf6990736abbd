// The content script's check of an exchange reported over the bridge. Anything on linkedin.com can
// dispatch the bridge event, so a message is hostile until it parses. The worker checks what it is
// sent again, with `exchangeSchema` (lib/linkedin/vocabulary.ts); this check applies the same bounds,
// so garbage never even reaches the worker and what is forwarded is never refused there.
// Hand-written, not zod/mini: that alone adds 19.3 KB minified (esbuild) to a 21.8 KB script, budget 30 KB.
import { exchangeSize, MAX_EXCHANGE_CHARS } from '../linkedin/exchange-size';
import { LINKEDIN_URL } from '../linkedin/prefilter';
import type { Exchange } from '../linkedin/vocabulary';

/** Parses a bridge message (a JSON string) into an exchange, or null. Never throws. */
export function parseBridgeMessage(detail: unknown): Exchange | null {
  // Escaping can grow text up to 6× (\uXXXX): anything longer cannot fit once decoded, so it is
  // dropped before parsing; the cap itself is on the decoded fields, as in the worker.
  if (typeof detail !== 'string' || detail.length > 6 * MAX_EXCHANGE_CHARS + 256) return null;
  let x: unknown;
  try {
    x = JSON.parse(detail);
  } catch {
    return null;
  }
  return checkExchange(x);
}

const FIELDS = ['method', 'url', 'status', 'requestBody', 'responseBody'];

/** An object with the exchange's fields and no other, within `exchangeSchema`'s bounds, or null. Never throws. */
export function checkExchange(x: unknown): Exchange | null {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return null;
  if (Object.keys(x).some((k) => !FIELDS.includes(k))) return null;
  const { method, url, status, requestBody, responseBody } = x as Record<string, unknown>;
  if (typeof method !== 'string' || method.length < 1 || method.length > 16) return null;
  if (typeof url !== 'string' || url.length > 4096 || !LINKEDIN_URL.test(url)) return null;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 0 || status > 999) return null;
  if (requestBody !== undefined && typeof requestBody !== 'string') return null;
  if (responseBody !== undefined && typeof responseBody !== 'string') return null;
  if (exchangeSize(url, requestBody, responseBody) > MAX_EXCHANGE_CHARS) return null;
  return { method, url, status, requestBody, responseBody };
}
