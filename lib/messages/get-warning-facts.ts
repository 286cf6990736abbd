// LinkedIn tab → worker: what the in-page warning needs to know. The sender's tab says which
// account it is about; from an invite dialog the message names the invitee (a profile urn or slug,
// as the page's address gives it: the re-invite cooldown is per person), else it carries no data.
import * as z from 'zod/mini';

export const getWarningFactsSchema = z.optional(
  z.strictObject(
    {
      invitee: z.optional(
        z
          .string({ error: 'must be text' })
          .check(z.minLength(1, 'must not be empty'), z.maxLength(300, 'must be at most 300 characters')),
      ),
    },
    { error: 'must be empty or { invitee }' },
  ),
);

export type GetWarningFacts = z.infer<typeof getWarningFactsSchema>;
