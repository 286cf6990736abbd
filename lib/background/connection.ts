// The worker's one database connection, with the badge's report cache on it. After a failure
// the worker drops it and opens a fresh one.

import type { PacerDb } from '../db/schema';
import type { AccountReport } from '../domain/account-report';
import { createReportCache, type ReportCache } from './report-cache';

export interface Connection {
  db(): PacerDb;
  /** The badge account's report (`preferred`, else the one seen most recently), through the connection's cache. */
  report(now: Date, zone: string, preferred?: string): Promise<AccountReport>;
  /** After a failure to open or read: start from a fresh connection (and an empty cache) next time. */
  reset(): void;
}

export function createConnection(open: () => PacerDb): Connection {
  const make = () => {
    const db = open();
    // Before the connection opens (on its first query): Dexie builds its middleware stack then.
    return { db, cache: createReportCache(db) };
  };
  // Made at once, which costs no I/O (Dexie opens on the first query); again after a reset.
  let current: { db: PacerDb; cache: ReportCache } | null = make();
  const get = () => {
    current ??= make();
    return current;
  };
  return {
    db: () => get().db,
    report: (now, zone, preferred) => get().cache.report(now, zone, preferred),
    reset() {
      current?.db.close();
      current = null;
    },
  };
}
