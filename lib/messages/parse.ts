// Checking a message against its schema at the worker's boundary: clean data comes out, or the
// whole message is refused with an error that names the field (nothing is half-read).
import type * as z from 'zod/mini';
import { t } from '../i18n/t';
import { formatCount } from '../ui/format';

export class InvalidMessageError extends Error {
  override name = 'InvalidMessageError';
}

/** "url: must be at most 4,096 characters" (the field, then what is wrong with it). */
export function describeIssue(issue: z.core.$ZodIssue, whole = '(data)'): string {
  return t('errors.fieldSays', { field: issue.path.map(String).join('.') || whole, problem: issue.message });
}

/** `data` as `schema` reads it, or an InvalidMessageError naming the first wrong field. */
export function parseMessage<S extends z.ZodMiniType>(name: string, schema: S, data: unknown): z.output<S> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const [first] = r.error.issues;
  const more = r.error.issues.length - 1;
  const problem = first ? describeIssue(first) : t('errors.notValid');
  throw new InvalidMessageError(
    more > 0
      ? t('errors.refusedMore', more, { name, problem, count: formatCount(more) })
      : t('errors.refused', { name, problem }),
  );
}
