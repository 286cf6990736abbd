// LinkedIn tab → worker: a Send click in a recognised composer, some seconds later, with the
// request paths and statuses the tab saw around it (./send-check.ts). Untrusted like everything
// from a tab: every field is bounded, and paths are paths (no query string, no fragment).
import * as z from 'zod/mini';
import { CHECKED_KINDS, MAX_PATH_CHARS, MAX_SEEN_REQUESTS } from './send-check';

const seenRequestSchema = z.strictObject({
  path: z.string().check(z.maxLength(MAX_PATH_CHARS), z.regex(/^\/[^?#\s]*$/, 'must be a path')),
  status: z.number().check(z.int(), z.gte(0), z.lte(999)),
  ms: z.number().check(z.int(), z.gte(-60_000), z.lte(600_000)),
});

export const confirmSendSchema = z.strictObject({
  kind: z.enum(CHECKED_KINDS),
  withNote: z.optional(z.boolean()),
  clickAt: z.number().check(z.int(), z.gte(0)),
  requests: z.array(seenRequestSchema).check(z.maxLength(MAX_SEEN_REQUESTS)),
});

export type ConfirmSend = z.infer<typeof confirmSendSchema>;
