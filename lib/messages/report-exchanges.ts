// LinkedIn tab → worker: a batch of exchanges the page-world observer saw, oldest first
// (lib/observer/exchange-queue.ts batches them). Untrusted: any script on linkedin.com can post
// to the bridge. An exchange that fails its check is skipped (null here, counted by the worker),
// not the batch: one odd request must not cost the sends beside it.
import * as z from 'zod/mini';
import { exchangeSchema } from '../linkedin/vocabulary';
import { MAX_BATCH } from '../observer/exchange-queue';

const LIST = `must be a list of at most ${MAX_BATCH} exchanges`;

export const reportExchangesSchema = z.pipe(
  // The length first, so an oversized list costs no item checks.
  z.array(z.unknown(), { error: LIST }).check(z.maxLength(MAX_BATCH, LIST)),
  z.array(z.catch(z.nullable(exchangeSchema), null)),
);

/** What a tab sends: a list whose items are each checked on their own. */
export type ReportExchanges = z.input<typeof reportExchangesSchema>;
