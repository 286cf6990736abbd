// Reads and writes of activity events. Writes run in the background worker only, each in one
// transaction, idempotent by key: the same observed send is stored once, whatever retries.
import type { ActivityEvent, ActivityKind } from '../domain/activity';
import { countedSince } from '../domain/budgets';
import type { InmailHistory } from '../domain/inmail-history';
import { PROFILE_VIEW_DEDUPE_MS } from '../domain/profile-views';
import type { Settings } from '../domain/settings';
import { settleInmailHistory } from './inmail-history-store';
import type { InmailHistoryRecord, PacerDb } from './schema';

export type RecordOutcome = 'stored' | 'duplicate';

/** Refusals are few: read a month back (with slack for DST), enough for every meter's window. */
const REFUSALS_SPAN_MS = 33 * 24 * 3_600_000;

/** One index range the budgets read: by kind from `from` up, or invites with a note in [from, to). */
export type BudgetRead =
  | { index: 'kind'; kind: ActivityKind; from: number }
  | { index: 'noted'; from: number; to: number };

/**
 * Which index ranges the budgets need at `now`: each kind from the earliest window start that counts
 * it (`countedSince`), invites with a note further back through their sparse index, and InMails from
 * where the settled history ends (`settledUntil`), else from the ledger's start.
 */
export function budgetReads(
  settings: Settings,
  now: Date,
  timeZone: string,
  settledUntil: number | null,
): BudgetRead[] {
  const since = countedSince(settings, now, timeZone);
  const inmailFrom = settledUntil ?? since.inmail;
  const reads: BudgetRead[] = [
    { index: 'kind', kind: 'invite', from: since.invite },
    { index: 'kind', kind: 'message', from: since.message },
    { index: 'kind', kind: 'open-profile-message', from: since['open-profile-message'] },
    { index: 'kind', kind: 'profile-view', from: since['profile-view'] },
    { index: 'kind', kind: 'limit-reached', from: now.getTime() - REFUSALS_SPAN_MS },
    { index: 'kind', kind: 'inmail', from: inmailFrom },
    { index: 'kind', kind: 'inmail-response', from: inmailFrom },
  ];
  if (since['noted-invite'] < since.invite)
    reads.push({ index: 'noted', from: since['noted-invite'], to: since.invite });
  return reads;
}

export function recordEvent(db: PacerDb, event: ActivityEvent): Promise<RecordOutcome> {
  return recordEvents(db, [event]).then((outcomes) => outcomes[0] as RecordOutcome);
}

/**
 * Stores events in one transaction, in order (a later one sees the earlier ones: a repeated key or
 * view is a duplicate), and moves each account's last-seen time once. One outcome per event.
 */
export function recordEvents(db: PacerDb, events: readonly ActivityEvent[]): Promise<RecordOutcome[]> {
  return db.transaction('rw', db.events, db.accounts, db.inmailHistory, async () => {
    const outcomes: RecordOutcome[] = [];
    /** Per account: the first and last time among the events stored. */
    const seen = new Map<string, [number, number]>();
    for (const event of events) {
      const outcome = await storeEvent(db, event);
      outcomes.push(outcome);
      const [first, last] = seen.get(event.account) ?? [event.at, event.at];
      if (outcome === 'stored')
        seen.set(event.account, [Math.min(first, event.at), Math.max(last, event.at)]);
    }
    for (const [id, [first, last]] of seen) {
      const account = await db.accounts.get(id);
      if (!account) await db.accounts.add({ account: id, firstSeenAt: first, lastSeenAt: last });
      // A put, not update(): one request instead of a read-modify-write cursor.
      else if (account.lastSeenAt < last) await db.accounts.put({ ...account, lastSeenAt: last });
    }
    return outcomes;
  });
}

async function storeEvent(db: PacerDb, event: ActivityEvent): Promise<RecordOutcome> {
  if (await db.events.get(event.key)) return 'duplicate';
  if (event.kind === 'profile-view' && event.target !== undefined) {
    // The same profile counts once per 30 minutes (navigation and requests both report it).
    const target = event.target;
    const recent = await db.events
      .where('[account+kind+at]')
      .between(
        [event.account, 'profile-view', event.at - PROFILE_VIEW_DEDUPE_MS],
        [event.account, 'profile-view', event.at],
        false,
        true,
      )
      .filter((e) => e.target === target)
      .count();
    if (recent > 0) return 'duplicate';
  }
  await db.events.add(event);
  if (event.kind === 'inmail' || event.kind === 'inmail-response') {
    // Dated inside the settled history (the clock moved back): that history is stale now.
    const settled = await db.inmailHistory.get(event.account);
    if (settled && event.at < settled.until) await db.inmailHistory.delete(event.account);
  }
  return 'stored';
}

/** Events of one kind for one account in [from, to], by index range (never a full scan). */
export function eventsInRange(db: PacerDb, account: string, kind: ActivityKind, from: number, to: number) {
  return db.events
    .where('[account+kind+at]')
    .between([account, kind, from], [account, kind, to], true, true)
    .toArray();
}

export function countInRange(db: PacerDb, account: string, kind: ActivityKind, from: number, to: number) {
  return db.events
    .where('[account+kind+at]')
    .between([account, kind, from], [account, kind, to], true, true)
    .count();
}

export interface BudgetEvents {
  events: ActivityEvent[];
  /** The settled InMail history the events continue (null: all InMail events were read). */
  inmailHistory: InmailHistory | null;
}

/**
 * Everything the budgets need for one account at `now`, in one read transaction. The ranges are
 * open at the top: an event dated after `now` (the clock moved back) is read too, and counts as now.
 * A settled history that ends after `now` (the clock moved back) is not used.
 */
export async function eventsForBudgets(
  db: PacerDb,
  account: string,
  settings: Settings,
  now: Date,
  timeZone: string,
  /** The account's settled history if already read in the caller's transaction (null: none). */
  settled?: InmailHistoryRecord | null,
): Promise<BudgetEvents> {
  return db.transaction('r', db.events, db.inmailHistory, async () => {
    const stored = settled === undefined ? await db.inmailHistory.get(account) : settled;
    const history =
      stored && stored.until <= now.getTime() ? { until: stored.until, sends: stored.sends } : null;
    const lists = await Promise.all(
      budgetReads(settings, now, timeZone, history?.until ?? null).map((r) =>
        r.index === 'kind'
          ? eventsInRange(db, account, r.kind, r.from, Number.MAX_SAFE_INTEGER)
          : db.events
              .where('[account+noteAt]')
              .between([account, r.from], [account, r.to], true, false)
              .toArray(),
      ),
    );
    return { events: lists.flat(), inmailHistory: history };
  });
}

/**
 * Housekeeping (worker): deletes events older than `before` (epoch ms) and returns how many, then
 * rebuilds the settled InMail histories up to a day before `now` from what is left.
 */
export async function pruneEvents(db: PacerDb, before: number, now = Date.now()): Promise<number> {
  const deleted = await db.events.where('at').below(before).delete();
  await settleInmailHistory(db, now);
  return deleted;
}
