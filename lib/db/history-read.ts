// The history page's reads (pages read; only the worker writes): event times by index range, never
// a full scan. Only the index keys are read ([account, kind, at], or [account, noteAt] for invites
// with a note): the times are all the chart and the CSV need, and no record (nor any text) is
// deserialized.
import { CSV_COUNTS, type CsvAccount, type CsvCount } from '../domain/csv';
import { HISTORY_SOURCE, type HistoryKind } from '../domain/history';
import { retentionCutoff } from '../domain/retention';
import { UNKNOWN_ACCOUNT } from '../linkedin/urns';
import type { PacerDb } from './schema';

const TOP = Number.MAX_SAFE_INTEGER;

/** When each of one account's `kind` happened, from `from` on (later ones too: the clock may have moved back). */
export async function historyTimes(
  db: PacerDb,
  account: string,
  kind: HistoryKind,
  from: number,
): Promise<number[]> {
  const source = HISTORY_SOURCE[kind];
  if (source.noted) {
    const keys = await db.events
      .where('[account+noteAt]')
      .between([account, from], [account, TOP], true, true)
      .keys();
    return keys.map((k) => (k as unknown as [string, number])[1]);
  }
  const keys = await db.events
    .where('[account+kind+at]')
    .between([account, source.kind, from], [account, source.kind, TOP], true, true)
    .keys();
  return keys.map((k) => (k as unknown as [string, string, number])[2]);
}

const CSV_KIND: Record<CsvCount, HistoryKind> = {
  invites: 'invites',
  invites_with_note: 'invite-notes',
  messages: 'messages',
  inmails: 'inmails',
  open_profile_messages: 'open-profile',
  profile_views: 'profile-views',
  comments: 'comments',
  reactions: 'reactions',
};

/**
 * Every account seen (most recent first), with its times per CSV column since the events kept
 * (13 months). An account's rows start on its first sighting or its earliest kept event, whichever
 * is earlier, but never before what is kept: a day whose events were pruned is not a day of zeros.
 */
export async function readCsvAccounts(db: PacerDb, now: Date): Promise<CsvAccount[]> {
  const cutoff = retentionCutoff(now);
  return db.transaction('r', db.events, db.accounts, async () => {
    const accounts = (await db.accounts.orderBy('lastSeenAt').reverse().toArray()).filter(
      (a) => a.account !== UNKNOWN_ACCOUNT,
    );
    return Promise.all(
      accounts.map(async (a) => {
        const lists = await Promise.all(
          CSV_COUNTS.map((c) => historyTimes(db, a.account, CSV_KIND[c], cutoff)),
        );
        let since = a.firstSeenAt;
        for (const list of lists) if (list.length && (list[0] as number) < since) since = list[0] as number;
        const times: CsvAccount['times'] = {};
        CSV_COUNTS.forEach((c, i) => {
          times[c] = lists[i] ?? [];
        });
        return { account: a.account, since: Math.max(since, cutoff), times };
      }),
    );
  });
}
