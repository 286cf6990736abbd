// The settled InMail history per account (lib/domain/inmail-history.ts): one record that stands in
// for every InMail send and response dated before its `until`. Written by the worker only, in one
// transaction with the events it folds; any later write of an InMail event dated before `until`
// drops it (recordEvent, an adoption, an import), and the next housekeeping rebuilds it.
import { settleInmails } from '../domain/inmail-history';
import type { PacerDb } from './schema';

/** How far behind `now` the history ends: later InMails are read as events (a day's worth, few). */
export const SETTLED_LAG_MS = 24 * 3_600_000;

/** Rebuilds every account's history from the stored events, up to `now` − SETTLED_LAG_MS. */
export function settleInmailHistory(db: PacerDb, now: number): Promise<void> {
  const until = now - SETTLED_LAG_MS;
  return db.transaction('rw', db.events, db.accounts, db.inmailHistory, async () => {
    const accounts = (await db.accounts.toCollection().primaryKeys()) as string[];
    await db.inmailHistory.clear();
    for (const account of accounts) {
      const lists = await Promise.all(
        (['inmail', 'inmail-response'] as const).map((kind) =>
          db.events
            .where('[account+kind+at]')
            .between([account, kind, Number.MIN_SAFE_INTEGER], [account, kind, until], true, false)
            .toArray(),
        ),
      );
      await db.inmailHistory.put({ account, ...settleInmails(lists.flat(), until) });
    }
  });
}
