// Profile views from navigation: LinkedIn is a single-page app, so the content script reports
// each location. The classifier turns a location into observations with the same target, key and
// own-profile rules as profile views it sees in requests; this adds who the member is in that tab.
// A new page in a tab (a reload, or signing in as someone else) reports its first location before
// LinkedIn's identity answer arrives from it: a view then waits for that answer (at most
// IDENTITY_WAIT_MS), so it is never filed under the account the tab showed before.
import type { PacerDb } from '../db/schema';
import type { Observation } from '../linkedin/vocabulary';
import type { Accounts } from './accounts';
import type { TabAccounts, TabPage } from './tab-accounts';

/** How long a view waits for its page's identity; then it goes to the tab's latest account. */
export const IDENTITY_WAIT_MS = 20_000;
/** At most this many views wait per tab (a page that never says whose it is cannot grow storage). */
const MAX_HELD = 50;

/** The member in a tab, so their own profile is never a view. */
export interface NavigationSelf {
  account?: string;
  slug?: string;
}

/** The classifier's rule for a location (pure). */
export interface NavigationClassifier {
  observeNavigation(url: string, self?: NavigationSelf): Observation[];
}

/** Where a location was reported from: the tab, and the document (MessageSender.documentId). */
export interface NavigationSource {
  tabId: number | undefined;
  doc?: string | undefined;
}

/**
 * A location the tab showed: a new document starts waiting for its identity. Nothing to record
 * (empty) when it is no profile, or when the view waits for the page's account (`held`).
 */
export async function observeLocation(
  db: PacerDb,
  accounts: Accounts,
  tabs: TabAccounts,
  classifier: NavigationClassifier,
  url: string,
  { tabId, doc }: NavigationSource,
  now: number,
): Promise<{ observations: Observation[]; held: boolean }> {
  let page: TabPage | undefined;
  if (tabId !== undefined && doc) {
    page = await tabs.page(tabId);
    if (page?.doc !== doc) {
      // A page left before its identity arrived hands its waiting views to the next page of the
      // tab, whose identity files them: dropping them would undercount.
      const waiting = page && !page.identified ? page.held.slice(-MAX_HELD) : [];
      page = { doc, since: now, identified: false, held: waiting };
      await tabs.setPage(tabId, page);
    }
  }
  // Most locations are no profile: those cost no store read (the rule is pure, asking twice is free).
  if (classifier.observeNavigation(url).length === 0) return { observations: [], held: false };
  if (tabId !== undefined && page && !page.identified) {
    if (page.held.length < MAX_HELD)
      await tabs.setPage(tabId, { ...page, held: [...page.held, { url, at: now }] });
    return { observations: [], held: true };
  }
  const self = await selfOf(db, accounts, tabId);
  return { observations: classifier.observeNavigation(url, self), held: false };
}

/**
 * The views a tab's page held, once they can be filed: its identity arrived, the wait is over, or
 * `force` (the tab closed). Each with the time it was seen. The page stops holding when the wait
 * ran out (its identity is not coming).
 */
export async function releaseHeld(
  db: PacerDb,
  accounts: Accounts,
  tabs: TabAccounts,
  classifier: NavigationClassifier,
  tabId: number | undefined,
  now: number,
  force = false,
): Promise<{ observations: Observation[]; at: number }[]> {
  if (tabId === undefined) return [];
  const page = await tabs.page(tabId);
  if (!page || page.held.length === 0) return [];
  const waited = now - page.since >= IDENTITY_WAIT_MS || now < page.since;
  if (!page.identified && !waited && !force) return [];
  await tabs.setPage(tabId, { ...page, identified: page.identified || waited, held: [] });
  const self = await selfOf(db, accounts, tabId);
  return page.held
    .map((view) => ({ observations: classifier.observeNavigation(view.url, self), at: view.at }))
    .filter((v) => v.observations.length > 0);
}

/** Who the member in the tab is, from the store (their own profile is never a view). */
async function selfOf(
  db: PacerDb,
  accounts: Accounts,
  tabId: number | undefined,
): Promise<NavigationSelf | undefined> {
  const self = await accounts
    .resolve(db, tabId)
    .then((account) => db.accounts.get(account))
    .catch(() => undefined); // unreadable store: the view is recorded (or held) all the same
  return self && { account: self.account, slug: self.slug };
}
