// The activity log's read (pages read it; only the worker writes): counted actions newest first, a
// page at a time, by index ranges from a cursor — never a full scan. No filter: the `at` index read
// backwards (replies and refusals, which are not counted actions, skipped). A kind or an account:
// the `[account+kind+at]` ranges of each (account, kind) pair read backwards, a page each, merged.
import type { ActivityEvent } from '../domain/activity';
import { isLogKind, LOG_KINDS, type LogKind } from '../domain/log-kinds';
import type { PacerDb } from './schema';

export const LOG_PAGE_SIZE = 50;

/** Where a page starts: after this row (the last of the previous page), in the log's order. */
export interface LogCursor {
  at: number;
  key: string;
}

export interface LogQuery {
  /** null: every account. */
  account?: string | null;
  /** null: every kind the log lists. */
  kind?: LogKind | null;
  /** null: the newest. */
  after?: LogCursor | null;
  limit?: number;
}

export interface LogPage {
  rows: ActivityEvent[];
  /** The cursor of the next (older) page; null when this is the last. */
  next: LogCursor | null;
}

/** Newest first: later `at`, then (same instant) the greater key — the order of the index read backwards. */
function newerFirst(a: ActivityEvent, b: ActivityEvent): number {
  return b.at - a.at || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0);
}

/** Strictly after the cursor in the log's order. */
function olderThan(cursor: LogCursor | null | undefined): (e: ActivityEvent) => boolean {
  if (!cursor) return () => true;
  return (e) => e.at < cursor.at || (e.at === cursor.at && e.key < cursor.key);
}

export async function readActivityPage(db: PacerDb, q: LogQuery = {}): Promise<LogPage> {
  const limit = q.limit ?? LOG_PAGE_SIZE;
  const after = olderThan(q.after);
  const top = q.after ? q.after.at : Number.MAX_SAFE_INTEGER;
  const rows = await db.transaction('r', db.events, db.accounts, async () => {
    if (!q.account && !q.kind)
      return db.events
        .where('at')
        .belowOrEqual(top)
        .reverse()
        .filter((e) => isLogKind(e.kind) && after(e))
        .limit(limit + 1)
        .toArray();
    const accounts = q.account ? [q.account] : ((await db.accounts.toCollection().primaryKeys()) as string[]);
    const kinds = q.kind ? [q.kind] : LOG_KINDS;
    const lists = await Promise.all(
      accounts.flatMap((account) =>
        kinds.map((kind) =>
          db.events
            .where('[account+kind+at]')
            .between([account, kind, Number.MIN_SAFE_INTEGER], [account, kind, top], true, true)
            .reverse()
            .filter(after)
            .limit(limit + 1)
            .toArray(),
        ),
      ),
    );
    return lists
      .flat()
      .sort(newerFirst)
      .slice(0, limit + 1);
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? { at: last.at, key: last.key } : null };
}
