// Extension pages → worker: actions the user did elsewhere (the phone app, another computer), added
// by hand for one LinkedIn account (null: the one seen most recently, or none yet). Answered with
// the wrong fields, as updateSettings is, so the form shows them beside its inputs.
import * as z from 'zod/mini';
import { MANUAL_KINDS, MAX_MANUAL_COUNT } from '../domain/manual-entries';
import type { FieldError } from '../domain/settings';
import { t } from '../i18n/t';
import { PROFILE_URN_PREFIX } from '../linkedin/urns';

/** A message worded when zod reports it (the browser's language), not when the schema is built. */
const wrong = (word: () => string) => ({ error: word });
const accountId = wrong(() => t('errors.accountId'));
const countRange = wrong(() => t('errors.countRange', { max: String(MAX_MANUAL_COUNT) }));
const dateFormat = wrong(() => t('errors.dateFormat'));

export const addActivitySchema = z.strictObject(
  {
    account: z.nullable(
      z.string(accountId).check(z.startsWith(PROFILE_URN_PREFIX, accountId), z.maxLength(200, accountId)),
    ),
    kind: z.enum(
      MANUAL_KINDS,
      wrong(() => t('errors.oneOf', { list: MANUAL_KINDS.join(', ') })),
    ),
    count: z
      .number(countRange)
      .check(z.int(countRange), z.minimum(1, countRange), z.maximum(MAX_MANUAL_COUNT, countRange)),
    date: z.string(dateFormat).check(z.regex(/^\d{4}-\d{2}-\d{2}$/, dateFormat)),
    withNote: z.optional(z.boolean(wrong(() => t('errors.trueOrFalse')))),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? t('errors.unknownFields', 1, { fields: issue.keys.map((k) => `"${k}"`).join(', ') })
        : t('errors.activityShape'),
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
