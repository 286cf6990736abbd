// Reads and writes of activity events. Writes run in the background worker only, each in one
// transaction, idempotent by key: the same observed send is stored once, whatever retries.
import type { ActivityEvent, ActivityKind } from '../domain/activity';
import { countedSince } from '../domain/budgets';
import type { InmailHistory } from '../domain/inmail-history';
import { PROFILE_VIEW_DEDUPE_MS } from '../domain/profile-views';
import type { Settings } from '../domain/settings';
import { settleInmailHistory } from './inmail-history-store';
import type { InmailHistoryRecord, PacerDb } from './schema';
import { ensureAccountSettings } from './settings-store';

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
    { index: 'kind', kind: 'comment', from: since.comment },
    { index: 'kind', kind: 'reaction', from: since.reaction },
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
 * Stores events in one transaction, as if one after the other (a repeated key, or the same profile
 * viewed again within 30 minutes, is a duplicate, also inside the batch), with a handful of
 * requests per batch rather than per event. One outcome per event, in order.
 */
export function recordEvents(db: PacerDb, events: readonly ActivityEvent[]): Promise<RecordOutcome[]> {
  const tables = [db.events, db.accounts, db.inmailHistory, db.removed, db.settings, db.accountSettings];
  return db.transaction('rw', tables, async () => {
    const keys = events.map((e) => e.key);
    const [found, removed] = await Promise.all([db.events.bulkGet(keys), db.removed.bulkGet(keys)]);
    const added: ActivityEvent[] = [];
    const batch = new Set<string>();
    const outcomes: RecordOutcome[] = [];
    for (const [i, event] of events.entries()) {
      // A removed key stays out: the same send reported again (a retry, a replay) is not counted.
      const duplicate =
        found[i] !== undefined ||
        removed[i] !== undefined ||
        batch.has(event.key) ||
        (event.kind === 'profile-view' && (await viewedRecently(db, event, added)));
      outcomes.push(duplicate ? 'duplicate' : 'stored');
      if (duplicate) continue;
      batch.add(event.key);
      added.push(event);
    }
    await db.events.bulkAdd(added);
    // Per account: the first and last time stored, and the earliest InMail event.
    const seen = new Map<string, { first: number; last: number; inmail: number }>();
    for (const e of added) {
      const s = seen.get(e.account) ?? { first: e.at, last: e.at, inmail: Number.POSITIVE_INFINITY };
      seen.set(e.account, {
        first: Math.min(s.first, e.at),
        last: Math.max(s.last, e.at),
        inmail: e.kind === 'inmail' || e.kind === 'inmail-response' ? Math.min(s.inmail, e.at) : s.inmail,
      });
    }
    for (const [id, { first, last, inmail }] of seen) {
      if (inmail < Number.POSITIVE_INFINITY) {
        // Dated inside the settled history (the clock moved back): that history is stale now.
        const settled = await db.inmailHistory.get(id);
        if (settled && inmail < settled.until) await db.inmailHistory.delete(id);
      }
      const account = await db.accounts.get(id);
      if (!account) {
        await db.accounts.add({ account: id, firstSeenAt: first, lastSeenAt: last });
        await ensureAccountSettings(db, id, new Date(first));
      }
      // A put, not update(): one request instead of a read-modify-write cursor.
      else if (account.lastSeenAt < last) await db.accounts.put({ ...account, lastSeenAt: last });
    }
    return outcomes;
  });
}

/** The same profile counts once per 30 minutes (navigation and requests both report it). */
async function viewedRecently(db: PacerDb, view: ActivityEvent, batch: ActivityEvent[]): Promise<boolean> {
  const since = view.at - PROFILE_VIEW_DEDUPE_MS;
  const same = (e: ActivityEvent) =>
    e.kind === 'profile-view' && e.account === view.account && e.target === view.target;
  if (view.target === undefined) return false;
  if (batch.some((e) => same(e) && e.at > since && e.at <= view.at)) return true;
  const stored = await db.events
    .where('[account+kind+at]')
    .between([view.account, 'profile-view', since], [view.account, 'profile-view', view.at], false, true)
    .filter(same)
    .count();
  return stored > 0;
}

/** Events of one kind for one account in [from, to], by index range (never a full scan). */
export function eventsInRange(db: PacerDb, account: string, kind: ActivityKind, from: number, to: number) {
  return db.events
    .where('[account+kind+at]')
    .between([account, kind, from], [account, kind, to], true, true)
    .toArray();
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
  // A key removed that long ago names a send older than anything kept: nothing can bring it back
  // into a window. The list is small (what the user removed by hand), so a filtered pass is fine.
  await db.removed.filter((r) => r.removedAt < before).delete();
  await settleInmailHistory(db, now);
  return deleted;
}
