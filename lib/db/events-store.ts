// Reads and writes of activity events. Writes run in the background worker only, each in one
// transaction, idempotent by key: the same observed send is stored once, whatever retries.
import Dexie from 'dexie';
import type { ActivityEvent, ActivityKind } from '../domain/activity';
import { PROFILE_VIEW_DEDUPE_MS } from '../domain/profile-views';
import type { Settings } from '../domain/settings';
import type { PacerDb } from './schema';

export type RecordOutcome = 'stored' | 'duplicate';

/** The longest calendar window (a 31-day month) plus slack for DST and zone changes. */
export const RECENT_SPAN_MS = 33 * 24 * 3_600_000;

export async function recordEvent(db: PacerDb, event: ActivityEvent): Promise<RecordOutcome> {
  return db.transaction('rw', db.events, db.accounts, async () => {
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
    const account = await db.accounts.get(event.account);
    if (!account)
      await db.accounts.add({ account: event.account, firstSeenAt: event.at, lastSeenAt: event.at });
    else if (account.lastSeenAt < event.at) await db.accounts.update(event.account, { lastSeenAt: event.at });
    return 'stored';
  });
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

/** Everything the budgets need for one account at `now`: recent events, and InMail history since the ledger starts. */
export async function eventsForBudgets(
  db: PacerDb,
  account: string,
  settings: Settings,
  now: Date,
): Promise<ActivityEvent[]> {
  const to = now.getTime();
  const recent = to - RECENT_SPAN_MS;
  const ledgerStart = Math.min(recent, settings.inmail.calibration?.at ?? settings.planChosenAt);
  const ranges: [ActivityKind, number][] = [
    ['invite', recent],
    ['message', recent],
    ['open-profile-message', recent],
    ['profile-view', recent],
    ['limit-reached', recent],
    ['inmail', ledgerStart],
    ['inmail-response', ledgerStart],
  ];
  return db.transaction('r', db.events, async () => {
    const lists = await Promise.all(ranges.map(([kind, from]) => eventsInRange(db, account, kind, from, to)));
    return lists.flat();
  });
}

/** Deletes events older than `before` (epoch ms); returns how many. */
export function pruneEvents(db: PacerDb, before: number): Promise<number> {
  return db.events.where('at').below(before).delete();
}

export function isConstraintError(e: unknown): boolean {
  return e instanceof Dexie.ConstraintError;
}
