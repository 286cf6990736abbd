// What the popup shows: one account's budget report with the settings and zone it was computed in,
// and the accounts it can switch to. A read model: the store builds it (lib/db/load-report.ts), the
// pages and components only read it, and the popup keeps its last one as a snapshot.
import type { BudgetReport } from './budgets';
import type { AcceptanceZone } from './ramp-up';
import type { Settings } from './settings';

/** A LinkedIn account Pacer has seen the user signed in as. */
export interface SeenAccount {
  /** LinkedIn's id of the member's own profile. */
  account: string;
  firstSeenAt: number;
  lastSeenAt: number;
  premium?: boolean;
  /** The member's own public slug: what the account picker shows. */
  slug?: string;
  /** The member's own name (the account pickers' label). */
  name?: string;
  /** When the account last used Sales Navigator / Recruiter pages (a plan suggestion's signal). */
  salesNavigatorSeenAt?: number;
  /** The member's connection count as LinkedIn last showed it. */
  connections?: { count: number; at: number };
  recruiterSeenAt?: number;
}

export interface AccountReport {
  /** The account shown, or null before Pacer has seen any LinkedIn account. */
  account: SeenAccount | null;
  /** Every account seen, most recent first. */
  accounts: SeenAccount[];
  settings: Settings;
  timeZone: string;
  report: BudgetReport;
  /** The invitation acceptance the report's ramp-up used (read only while a ramp is on). */
  acceptance?: { zone: AcceptanceZone } | null;
}
