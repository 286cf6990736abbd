// Extension pages → worker: remove one counted action from the log. Its key stays in the `removed`
// store, so the same send reported again (a retry, a replay) stays out.
import * as z from 'zod/mini';

export const removeActivitySchema = z.strictObject(
  {
    key: z
      .string({ error: 'must be an event key' })
      .check(z.minLength(1, 'must be an event key'), z.maxLength(1000, 'must be an event key')),
  },
  { error: 'must be { key }' },
);

export type RemoveActivity = z.infer<typeof removeActivitySchema>;

/** Removed (with the account it was counted for), or why not. */
export type RemoveActivityReply = { ok: true; account: string } | { ok: false; error: string };
