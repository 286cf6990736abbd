// Reads and writes of activity events. Writes run in the background worker only, each in one
// transaction, idempotent by key: the same observed send is stored once, whatever retries.
import type { ActivityEvent, ActivityKind } from '../domain/activity';
import { PROFILE_VIEW_DEDUPE_MS } from '../domain/profile-views';
import type { Settings } from '../domain/settings';
import type { PacerDb } from './schema';

export type RecordOutcome = 'stored' | 'duplicate';

const HOUR_MS = 3_600_000;
/** How far back each window can reach, with slack for DST and zone changes. */
const SPAN_MS = {
  day: 26 * HOUR_MS,
  week: 8 * 24 * HOUR_MS + 2 * HOUR_MS,
  month: 33 * 24 * HOUR_MS,
} as const;

/**
 * Which index ranges the budgets need, per kind: only as far back as that kind's longest meter
 * window reaches (profile views: a day; messages: a week; invites: a month, for the notes meter),
 * and InMail history since the ledger starts. Reading less is what keeps the meters fast at scale.
 */
export function budgetRanges(settings: Settings, now: Date): [ActivityKind, number][] {
  const t = now.getTime();
  const ledgerStart = Math.min(t - SPAN_MS.month, settings.inmail.calibration?.at ?? settings.planChosenAt);
  return [
    ['invite', t - SPAN_MS.month],
    ['message', t - SPAN_MS.week],
    ['open-profile-message', t - SPAN_MS.month],
    ['profile-view', t - SPAN_MS.day],
    ['limit-reached', t - SPAN_MS.month],
    ['inmail', ledgerStart],
    ['inmail-response', ledgerStart],
  ];
}

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

/**
 * Everything the budgets need for one account at `now`. The ranges are open at the top: an event
 * dated after `now` (the clock moved back) is read too, and counts as now.
 */
export async function eventsForBudgets(
  db: PacerDb,
  account: string,
  settings: Settings,
  now: Date,
): Promise<ActivityEvent[]> {
  return db.transaction('r', db.events, async () => {
    const lists = await Promise.all(
      budgetRanges(settings, now).map(([kind, from]) =>
        eventsInRange(db, account, kind, from, Number.MAX_SAFE_INTEGER),
      ),
    );
    return lists.flat();
  });
}

/** Deletes events older than `before` (epoch ms); returns how many. */
export function pruneEvents(db: PacerDb, before: number): Promise<number> {
  return db.events.where('at').below(before).delete();
}
