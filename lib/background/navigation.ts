// Profile views from navigation: LinkedIn is a single-page app, so the content script reports
// each location. The classifier turns a location into observations with the same target, key and
// own-profile rules as profile views it sees in requests; this adds who the member is in that tab.
import type { PacerDb } from '../db/schema';
import type { Observation } from '../linkedin/vocabulary';
import type { Accounts } from './accounts';

/** The member in a tab, so their own profile is never a view. */
export interface NavigationSelf {
  account?: string;
  slug?: string;
}

/** The classifier's rule for a location (pure). */
export interface NavigationClassifier {
  observeNavigation(url: string, self?: NavigationSelf): Observation[];
}

/** What opening `url` in the tab showed: a profile view, or nothing. */
export async function observeLocation(
  db: PacerDb,
  accounts: Accounts,
  classifier: NavigationClassifier,
  url: string,
  tabId: number | undefined,
): Promise<Observation[]> {
  // Most locations are no profile: those cost no store read (the rule is pure, asking twice is free).
  if (classifier.observeNavigation(url).length === 0) return [];
  const self = await accounts
    .resolve(db, tabId)
    .then((account) => db.accounts.get(account))
    .catch(() => undefined); // unreadable store: the view is recorded (or held) all the same
  return classifier.observeNavigation(url, self && { account: self.account, slug: self.slug });
}
