// Validation of a bridge message. Anything on linkedin.com can dispatch the bridge event, so a
// message is hostile until it parses: bounded strings, an https LinkedIn URL, a plausible status.
// zod/mini keeps this light enough for a script that runs on every LinkedIn page.
import * as z from 'zod/mini';
import type { RawExchange } from './bridge';

/** A whole bridge message larger than this is dropped unread. */
export const MAX_EXCHANGE_CHARS = 64 * 1024;

const exchangeSchema = z.object({
  method: z.string().check(z.minLength(1), z.maxLength(16)),
  url: z.string().check(z.maxLength(4096), z.regex(/^https:\/\/(www\.)?linkedin\.com\//i)),
  requestBody: z.optional(z.string()),
  status: z.number().check(z.int(), z.minimum(0), z.maximum(999)),
  responseBody: z.optional(z.string()),
});

/** Parses a bridge message (a JSON string) into an exchange, or null. Never throws. */
export function parseBridgeMessage(detail: unknown): RawExchange | null {
  if (typeof detail !== 'string' || detail.length > MAX_EXCHANGE_CHARS) return null;
  let data: unknown;
  try {
    data = JSON.parse(detail);
  } catch {
    return null;
  }
  return parseExchange(data);
}

/** Validates an already-decoded exchange (the background re-checks what the content script sent). */
export function parseExchange(data: unknown): RawExchange | null {
  const r = exchangeSchema.safeParse(data);
  if (!r.success) return null;
  const x = r.data;
  const size = x.url.length + (x.requestBody?.length ?? 0) + (x.responseBody?.length ?? 0);
  return size > MAX_EXCHANGE_CHARS ? null : x;
}
