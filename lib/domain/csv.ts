// The daily-counts CSV: one row per local day and account, counts only (never a message, note or
// subject text). Pure: the caller reads the event times by index range (lib/db/history-read.ts).
// Written for spreadsheets: RFC 4180 (CRLF line ends, a field with a comma, quote or line break is
// quoted, quotes doubled), and no field a spreadsheet would run as a formula (OWASP, "CSV
// Injection": a field starting with = + - @, a tab or a carriage return is prefixed with ').
import { countByDay, type LocalDay, localDays } from './local-days';

/** The columns, in order; the first eight are the export's fixed contract, more may follow. */
export const CSV_COLUMNS = [
  'date',
  'account',
  'invites',
  'invites_with_note',
  'messages',
  'inmails',
  'open_profile_messages',
  'profile_views',
  'comments',
  'reactions',
] as const;

/** The counted columns (everything after date and account). */
export type CsvCount = Exclude<(typeof CSV_COLUMNS)[number], 'date' | 'account'>;
export const CSV_COUNTS = CSV_COLUMNS.slice(2) as readonly CsvCount[];

const EOL = '\r\n';

/** One field as RFC 4180 wants it, made inert for spreadsheets. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

export function csvLine(fields: readonly (string | number)[]): string {
  return fields.map(csvField).join(',') + EOL;
}

/** One account's event times per column (any order), and the day its rows start on. */
export interface CsvAccount {
  /** The account's profile urn: unique, stable, and text to a spreadsheet (no number, date or formula). */
  account: string;
  /** Rows start on the local day holding this instant (the account's first event or first sighting). */
  since: number;
  times: Partial<Record<CsvCount, readonly number[]>>;
}

/**
 * The CSV text: the header, then for each local day from the earliest account's `since` to `now`'s
 * day, one row per account whose rows have started, in the order given; every count a whole number.
 * A time after `now` counts on `now`'s day (the clock moved back), as the meters count it.
 */
export function dailyCsv(accounts: readonly CsvAccount[], now: Date, timeZone: string): string {
  const nowMs = now.getTime();
  const earliest = Math.min(nowMs, ...accounts.map((a) => a.since));
  const days = localDays(earliest, nowMs, timeZone);
  const perAccount = accounts.map((a) => ({
    account: csvField(a.account),
    from: firstDay(days, Math.min(a.since, nowMs)),
    counts: CSV_COUNTS.map((c) => countByDay(a.times[c] ?? [], days, nowMs)),
  }));
  const parts: string[] = [CSV_COLUMNS.join(',') + EOL];
  for (const [i, day] of days.entries()) {
    for (const a of perAccount) {
      if (i < a.from) continue;
      let line = `${day.date},${a.account}`;
      for (const c of a.counts) line += `,${c[i] as number}`;
      parts.push(line + EOL);
    }
  }
  return parts.join('');
}

function firstDay(days: readonly LocalDay[], at: number): number {
  const i = days.findIndex((d) => at < d.end);
  return i < 0 ? days.length : i;
}

/** The file's name: the export day in the user's zone. */
export function csvFileName(now: Date, timeZone: string): string {
  const today = localDays(now, now, timeZone)[0]?.date ?? 'today';
  return `pacer-daily-${today}.csv`;
}
