// LinkedIn tab → worker: a location the content script saw (LinkedIn is a single-page app).
import * as z from 'zod/mini';

const MAX_URL_CHARS = 4096;

export const reportNavigationSchema = z.strictObject(
  {
    url: z
      .string({ error: 'must be text' })
      .check(z.maxLength(MAX_URL_CHARS, 'must be at most 4,096 characters')),
    /** The reporting document's own id, where the browser's sender has no documentId (Firefox). */
    doc: z.optional(
      z.string({ error: 'must be text' }).check(z.maxLength(64, 'must be at most 64 characters')),
    ),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : 'must be { url, doc? }',
  },
);

export type ReportNavigation = z.infer<typeof reportNavigationSchema>;
