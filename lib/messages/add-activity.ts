// Extension pages → worker: actions the user did elsewhere (the phone app, another computer), added
// by hand for one LinkedIn account (null: the one seen most recently, or none yet). Answered with
// the wrong fields, as updateSettings is, so the form shows them beside its inputs.
import * as z from 'zod/mini';
import { MANUAL_KINDS, MAX_MANUAL_COUNT } from '../domain/manual-entries';
import type { FieldError } from '../domain/settings';
import { PROFILE_URN_PREFIX } from '../linkedin/urns';

const wrong = (message: string) => ({ error: message });

export const addActivitySchema = z.strictObject(
  {
    account: z.nullable(
      z
        .string(wrong('must be an account id'))
        .check(
          z.startsWith(PROFILE_URN_PREFIX, 'must be an account id'),
          z.maxLength(200, 'must be an account id'),
        ),
    ),
    kind: z.enum(MANUAL_KINDS, wrong(`must be one of ${MANUAL_KINDS.join(', ')}`)),
    count: z
      .number(wrong(`must be a whole number from 1 to ${MAX_MANUAL_COUNT}`))
      .check(
        z.int(`must be a whole number from 1 to ${MAX_MANUAL_COUNT}`),
        z.minimum(1, `must be a whole number from 1 to ${MAX_MANUAL_COUNT}`),
        z.maximum(MAX_MANUAL_COUNT, `must be a whole number from 1 to ${MAX_MANUAL_COUNT}`),
      ),
    date: z
      .string(wrong('must be a date (YYYY-MM-DD)'))
      .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)')),
    withNote: z.optional(z.boolean(wrong('must be true or false'))),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : 'must be { account, kind, count, date, withNote? }',
  },
);

export type AddActivity = z.infer<typeof addActivitySchema>;

/** What the worker answers: how many were added, to which account, dated when; or what is wrong. */
export type AddActivityReply =
  | { ok: true; added: number; account: string; at: number }
  | { ok: false; errors: FieldError[] };

/** The entry, or every wrong field (`kind`, `count`, `date`, `withNote`, `account`; `(data)` for the whole). */
export function parseAddActivity(
  input: unknown,
): { ok: true; data: AddActivity } | { ok: false; errors: FieldError[] } {
  const r = addActivitySchema.safeParse(input);
  if (r.success) return { ok: true, data: r.data };
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of r.error.issues) {
    const field = issue.path.map(String).join('.') || '(data)';
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, message: `${field}: ${issue.message}` });
  }
  return { ok: false, errors };
}
