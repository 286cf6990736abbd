// zod schemas for everything the background accepts from content scripts and pages.
import { z } from 'zod';
import { LINKEDIN_URL } from '../linkedin/prefilter';
import type { RawExchange } from '../observer/bridge';
import { exchangeSize, MAX_EXCHANGE_CHARS } from '../observer/exchange-schema';

export const sendContextSchema = z.strictObject({
  surface: z.enum(['invite', 'message', 'inmail']),
  noteLength: z.number().int().min(0).max(100_000).optional(),
});

/** The shape of a patch; the values are validated when merged (applySettingsPatch). */
export const settingsPatchSchema = z.record(z.string(), z.unknown()).transform((v) => v as never);

export const navigationSchema = z.strictObject({ url: z.string().max(4096) });

const exchangeSchema = z.strictObject({
  method: z.string().min(1).max(16),
  url: z.string().max(4096).regex(LINKEDIN_URL),
  requestBody: z.string().optional(),
  status: z.number().int().min(0).max(999),
  responseBody: z.string().optional(),
});

/** Worker side: validates what a content script sent (zod), with the same size cap. */
export function parseExchange(data: unknown): RawExchange | null {
  const r = exchangeSchema.safeParse(data);
  if (!r.success) return null;
  const x = r.data;
  return exchangeSize(x.url, x.requestBody, x.responseBody) > MAX_EXCHANGE_CHARS ? null : x;
}
