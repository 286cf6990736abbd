// One account's meters, read from the store: shared by the background (badge) and the popup.
import { type BudgetReport, computeBudgets } from '../domain/budgets';
import { effectiveTimeZone, type Settings } from '../domain/settings';
import { eventsForBudgets } from './events-store';
import type { AccountRecord, PacerDb } from './schema';
import { loadSettings } from './settings-store';

export interface AccountReport {
  /** The account shown, or null before Pacer has seen any LinkedIn account. */
  account: AccountRecord | null;
  accounts: AccountRecord[];
  settings: Settings;
  timeZone: string;
  report: BudgetReport;
}

/** `preferred` picks an account; otherwise the one seen most recently. */
export async function loadAccountReport(
  db: PacerDb,
  now: Date,
  browserZone: string,
  preferred?: string | null,
): Promise<AccountReport> {
  const [settings, accounts] = await Promise.all([
    loadSettings(db, now),
    db.accounts.orderBy('lastSeenAt').reverse().toArray(),
  ]);
  const account = accounts.find((a) => a.account === preferred) ?? accounts[0] ?? null;
  const timeZone = effectiveTimeZone(settings, browserZone);
  const events = account ? await eventsForBudgets(db, account.account, settings, now) : [];
  return {
    account,
    accounts,
    settings,
    timeZone,
    report: computeBudgets({ settings, events, now, timeZone }),
  };
}
