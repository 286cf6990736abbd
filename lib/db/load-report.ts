// One account's meters, read from the store: shared by the background (badge) and the popup.
import type { AccountReport } from '../domain/account-report';
import { computeBudgets } from '../domain/budgets';
import { effectiveTimeZone } from '../domain/settings';
import { type BudgetEvents, eventsForBudgets } from './events-store';
import { loadHealth } from './health-store';
import type { PacerDb } from './schema';
import { loadSettings } from './settings-store';

/** What a report is computed from: everything `loadAccountReport` reads. */
export interface ReportInputs extends Omit<AccountReport, 'report'>, BudgetEvents {}

/** The report of what `loadReportInputs` read, at `now` (any instant not before the read). */
export function reportFrom(inputs: ReportInputs, now: Date): AccountReport {
  const { events, inmailHistory, ...rest } = inputs;
  const { settings, timeZone, acceptance } = inputs;
  return {
    ...rest,
    report: computeBudgets({ settings, events, inmailHistory, now, timeZone, acceptance }),
  };
}

/**
 * `preferred` picks an account; otherwise the one seen most recently. Everything is read in one
 * transaction (one consistent snapshot, and no extra round trips between the reads).
 */
export async function loadAccountReport(
  db: PacerDb,
  now: Date,
  browserZone: string,
  preferred?: string | null,
): Promise<AccountReport> {
  return reportFrom(await loadReportInputs(db, now, browserZone, preferred), now);
}

export function loadReportInputs(
  db: PacerDb,
  now: Date,
  browserZone: string,
  preferred?: string | null,
): Promise<ReportInputs> {
  const tables = [db.settings, db.accountSettings, db.accounts, db.events, db.inmailHistory, db.invitations];
  return db.transaction('r', tables, async () => {
    // Each read is started inside its own async function: one that throws at once must not leave
    // the others' rejections (the transaction aborts) unhandled.
    const [accounts, histories] = await Promise.all([
      (async () => db.accounts.orderBy('lastSeenAt').reverse().toArray())(),
      // Settled InMail histories, read alongside: the preferred account's, else every account's.
      (async () =>
        preferred
          ? db.inmailHistory.where('account').equals(preferred).toArray()
          : db.inmailHistory.toArray())(),
    ]);
    const account = accounts.find((a) => a.account === preferred) ?? accounts[0] ?? null;
    const settings = await loadSettings(db, now, account?.account);
    const timeZone = effectiveTimeZone(settings, browserZone);
    const read = account
      ? await eventsForBudgets(
          db,
          account.account,
          settings,
          now,
          timeZone,
          // Read above unless the preferred account was not found (then eventsForBudgets reads it).
          !preferred || account.account === preferred
            ? (histories.find((h) => h.account === account.account) ?? null)
            : undefined,
        )
      : { events: [], inmailHistory: null };
    // The ramp-up holds while acceptance is amber or red: read only when a ramp is on.
    const acceptance =
      account && settings.rampUp ? (await loadHealth(db, account.account, now)).acceptance : null;
    return {
      account,
      accounts,
      settings,
      timeZone,
      events: read.events,
      inmailHistory: read.inmailHistory,
      acceptance,
    };
  });
}
