// What the badge is computed from, kept between refreshes. The worker is the only writer, so after
// a send it adds the event it just stored to what it read before, instead of reading everything
// back: that read (an IndexedDB transaction per send) was most of what Pacer cost a busy LinkedIn
// page. A Dexie middleware on the connection sees every write through it; anything other than an
// added event of the cached account drops the cache. It is dropped anyway after a minute, when the
// zone changes, or when the clock moves back. A cache only: lost with the worker, rebuilt by the
// next read.
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { loadReportInputs, type ReportInputs, reportFrom } from '../db/load-report';
import type { PacerDb } from '../db/schema';
import type { AccountReport } from '../domain/account-report';
import type { ActivityEvent } from '../domain/activity';

const TTL_MS = 60_000;

export interface ReportCache {
  /**
   * The badge account's report at `now` (`preferred`, else the one seen most recently): from the
   * cache when it is still good and for the same account wanted, else read.
   */
  report(now: Date, zone: string, preferred?: string): Promise<AccountReport>;
}

/** Attaches the cache to a connection (before it opens): every write through `db` keeps it true. */
export function createReportCache(db: PacerDb): ReportCache {
  let cached: (ReportInputs & { readAt: number; zone: string; preferred: string | undefined }) | null = null;
  /** Bumped by every write the cache does not take in: a read that raced with one is not kept. */
  let generation = 0;

  const drop = () => {
    cached = null;
    generation++;
  };

  /** Events added to the store: the cached account's join the cache, any other account's drop it. */
  const added = (values: readonly ActivityEvent[]) => {
    const c = cached;
    const account = c?.account?.account;
    if (!c || account === undefined) return;
    if (values.every((e) => e.account === account)) c.events.push(...values);
    else drop();
  };

  /** Whether a write leaves the cache good, and what to do once it is done (null: nothing). */
  const watch = (table: string, req: DBCoreMutateRequest): ((ok: boolean) => void) | null => {
    const account = cached?.account?.account;
    if (table === 'events' && req.type === 'add') {
      const values = req.values as ActivityEvent[];
      return (ok) => (ok ? added(values) : drop());
    }
    // The cached account's lastSeenAt moving on changes nothing; another account's may make it the
    // badge's account.
    if (table === 'accounts' && (req.type === 'put' || req.type === 'add') && account !== undefined) {
      if ((req.values as { account?: string }[]).every((v) => v.account === account)) return null;
    }
    drop();
    return () => drop();
  };

  db.use({
    stack: 'dbcore',
    name: 'pacer-report-cache',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            const done = watch(name, req);
            if (!done) return table.mutate(req);
            // An added event joins the cache as soon as IndexedDB took it, before the caller goes on
            // to refresh the badge; if its transaction then aborts, the cache is dropped.
            // (Registered before the caller's own handlers, so it runs first.)
            (req.trans as unknown as IDBTransaction).addEventListener('abort', () => done(false));
            const result = table.mutate(req);
            result.then(
              (res) => done(res.numFailures === 0),
              () => done(false),
            );
            return result;
          },
        };
      },
    }),
  });

  return {
    async report(now, zone, preferred) {
      const t = now.getTime();
      const fresh = cached && t >= cached.readAt && t - cached.readAt < TTL_MS;
      if (cached && fresh && cached.zone === zone && cached.preferred === preferred)
        return reportFrom(cached, now);
      const before = generation;
      const inputs = await loadReportInputs(db, now, zone, preferred);
      if (generation === before) cached = { ...inputs, readAt: t, zone, preferred };
      return reportFrom(inputs, now);
    },
  };
}
