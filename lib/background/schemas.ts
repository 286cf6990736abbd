// zod schemas for what the background accepts beyond exchanges (validated in exchange-schema).
import { z } from 'zod';

export const sendContextSchema = z.strictObject({
  surface: z.enum(['invite', 'message', 'inmail']),
  noteLength: z.number().int().min(0).max(100_000).optional(),
});

/** The shape of a patch; the values are validated when merged (applySettingsPatch). */
export const settingsPatchSchema = z.record(z.string(), z.unknown()).transform((v) => v as never);

export const navigationSchema = z.strictObject({ url: z.string().max(4096) });
