// LinkedIn tab → worker: what the in-page warning needs to know. The sender's tab says which
// account it is about; the message carries no data.
import * as z from 'zod/mini';

export const getWarningFactsSchema = z.undefined({ error: 'must be empty (this message carries no data)' });

export type GetWarningFacts = z.infer<typeof getWarningFactsSchema>;
