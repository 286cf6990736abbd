// The history page's reads (pages read; only the worker writes): event times by index range
// ([account, kind, at], or [account, noteAt] for invites with a note), never a full scan.
import type { ActivityKind } from '../domain/activity';
import type { CsvAccount, CsvCount } from '../domain/csv';
import { HISTORY_SOURCE, type HistoryKind } from '../domain/history';
import { retentionCutoff } from '../domain/retention';
import { UNKNOWN_ACCOUNT } from '../linkedin/urns';
import { eventsInRange } from './events-store';
import type { PacerDb } from './schema';

const TOP = Number.MAX_SAFE_INTEGER;

/**
 * When each of one account's `kind` happened, from `from` on (later ones too: the clock may have
 * moved back). One getAll of the range (Dexie's toArray): 12 weeks of heavy use are 2,000–3,000
 * records, about 20 ms; Dexie's keys() walks a key cursor, one request per key, 3–4 times slower.
 */
export async function historyTimes(
  db: PacerDb,
  account: string,
  kind: HistoryKind,
  from: number,
): Promise<number[]> {
  const source = HISTORY_SOURCE[kind];
  const events = source.noted
    ? await db.events.where('[account+noteAt]').between([account, from], [account, TOP], true, true).toArray()
    : await eventsInRange(db, account, source.kind, from, TOP);
  return events.map((e) => e.at);
}

/**
 * Every account seen (most recent first), with its times per CSV column since the events kept
 * (13 months). An account's rows start on its first sighting or its earliest kept event, whichever
 * is earlier, but never before what is kept: a day whose events were pruned is not a day of zeros.
 * A year is ~100,000 events: each (account, kind) range is read whole with one getAll (about 10 µs
 * a record in Chromium), invites once for both invite columns.
 */
export async function readCsvAccounts(db: PacerDb, now: Date): Promise<CsvAccount[]> {
  const cutoff = retentionCutoff(now);
  return db.transaction('r', db.events, db.accounts, async () => {
    const accounts = (await db.accounts.orderBy('lastSeenAt').reverse().toArray()).filter(
      (a) => a.account !== UNKNOWN_ACCOUNT,
    );
    return Promise.all(
      accounts.map(async (a) => {
        const read = (kind: ActivityKind) => eventsInRange(db, a.account, kind, cutoff, TOP);
        const [invites, ...rest] = await Promise.all([
          read('invite'),
          ...CSV_OTHERS.map(([, kind]) => read(kind)),
        ]);
        const times: CsvAccount['times'] = {
          invites: (invites ?? []).map((e) => e.at),
          invites_with_note: (invites ?? []).filter((e) => e.withNote === true).map((e) => e.at),
        };
        let since = a.firstSeenAt;
        if (invites?.[0] && invites[0].at < since) since = invites[0].at;
        CSV_OTHERS.forEach(([column], i) => {
          const list = rest[i] ?? [];
          if (list[0] && list[0].at < since) since = list[0].at;
          times[column] = list.map((e) => e.at);
        });
        return { account: a.account, since: Math.max(since, cutoff), times };
      }),
    );
  });
}

/** The CSV's columns after the two invite ones, and the stored kind each counts. */
const CSV_OTHERS: readonly [CsvCount, ActivityKind][] = [
  ['messages', 'message'],
  ['inmails', 'inmail'],
  ['open_profile_messages', 'open-profile-message'],
  ['profile_views', 'profile-view'],
  ['comments', 'comment'],
  ['reactions', 'reaction'],
];
