// The worker's one database connection, opened lazily (the worker may start for an alarm).
import { openDb, type PacerDb } from '../db/schema';
import { dropReportCache, withReportCache } from './report-cache';

let db: PacerDb | null = null;

export function getDb(): PacerDb {
  db ??= withReportCache(openDb());
  return db;
}

/** After a failure to open or read, start from a fresh connection next time. */
export function resetDb(): void {
  db?.close();
  db = null;
  dropReportCache();
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
