// Which LinkedIn account an observation belongs to: the identities tabs report are noted (with
// the tab's account kept apart, so two accounts in one browser never mix), a tab's account is
// resolved, and what was stored before any account was known is adopted once one is. Also which
// account is in use (the badge and the popup follow the LinkedIn tab in use), and the Sales
// Navigator and Recruiter pages an account used (a plan suggestion's signals).
import type { AccountRecord, PacerDb } from '../db/schema';
import { ensureAccountSettings } from '../db/settings-store';
import type { PlanSurface } from '../linkedin/plan-signals';
import { UNKNOWN_ACCOUNT } from '../linkedin/urns';
import type { Observation } from '../linkedin/vocabulary';
import type { TabAccounts } from './tab-accounts';
import { withTimeout } from './with-timeout';

/** The same identity again within this long changes nothing in the store: it is not written again. */
const NOTE_AGAIN_MS = 60_000;

/** A Sales Navigator or Recruiter page is noted at most once per this period per account. */
export const SURFACE_NOTE_MS = 60 * 60_000;

/**
 * Stores that `account` was seen at `at` (with what is known of it: the member's name only labels
 * the account in the pickers), and hands it every event stored before any account was known. One
 * transaction.
 */
export async function noteIdentity(
  db: PacerDb,
  account: string,
  premium: boolean | undefined,
  at: number,
  slug?: string,
  name?: string,
): Promise<void> {
  await db.transaction(
    'rw',
    [db.accounts, db.events, db.inmailHistory, db.settings, db.accountSettings],
    async () => {
      const existing = await db.accounts.get(account);
      const known = {
        ...(premium === undefined ? {} : { premium }),
        ...(slug === undefined ? {} : { slug }),
        ...(name === undefined ? {} : { name }),
      };
      if (existing)
        await db.accounts.update(account, { lastSeenAt: Math.max(existing.lastSeenAt, at), ...known });
      else {
        await db.accounts.add({ account, firstSeenAt: at, lastSeenAt: at, ...known });
        await ensureAccountSettings(db, account, new Date(at));
      }
      // Adopt what was recorded before any account was known.
      const orphans = await db.events
        .where('[account+kind+at]')
        .between([UNKNOWN_ACCOUNT, '', 0], [UNKNOWN_ACCOUNT, '\uffff', Number.MAX_SAFE_INTEGER])
        .toArray();
      if (orphans.length) {
        await db.events.bulkPut(orphans.map((e) => ({ ...e, account })));
        await db.accounts.delete(UNKNOWN_ACCOUNT);
        // Adopted InMails may predate either account's settled history: rebuilt at the next housekeeping.
        await db.inmailHistory.bulkDelete([account, UNKNOWN_ACCOUNT]);
      }
    },
  );
}

export interface Accounts {
  /** Notes the identities among `observations` for the tab (each at most once a minute). */
  note(
    db: PacerDb,
    observations: readonly Observation[],
    tabId: number | undefined,
    now: number,
    slug?: string,
  ): Promise<void>;
  /** The tab's account, else the one seen most recently, else UNKNOWN_ACCOUNT. */
  resolve(db: PacerDb, tabId: number | undefined): Promise<string>;
  /** The tab's account from session storage alone (the store cannot be read). */
  ofTab(tabId: number | undefined): Promise<string | undefined>;
  /** After events stored without an account, or an import: the next identity is noted in full. */
  forgetNoted(): void;
  /**
   * The tab is now the one in use (activated, or its window focused): the account in use becomes
   * its account; a tab without one (not LinkedIn, or not identified yet) keeps the last.
   */
  useTab(tabId: number): Promise<void>;
  /** The account of the LinkedIn tab in use (undefined: none yet in this browser session). */
  inUse(): Promise<string | undefined>;
  /** The account used a Sales Navigator or Recruiter page (noted at most once an hour). */
  noteSurface(db: PacerDb, account: string, surface: PlanSurface, now: number): Promise<void>;
}

const SURFACE_FIELD: Record<PlanSurface, 'salesNavigatorSeenAt' | 'recruiterSeenAt'> = {
  'sales-navigator': 'salesNavigatorSeenAt',
  recruiter: 'recruiterSeenAt',
};

export function createAccounts(tabs: TabAccounts): Accounts {
  /**
   * The identity this worker noted last, and when. Every message a tab sends names its account:
   * the same identity again within a minute is not written again.
   */
  let lastNoted = { key: '', at: 0 };
  /** When each account's surfaces were last written by this worker: a cache that spares a read. */
  const surfaceNoted = new Map<string, number>();
  const ofTab = async (tabId: number | undefined) => (tabId === undefined ? undefined : tabs.get(tabId));

  /** The tab says whose it is now: its account, its page identified, the account in use if it is in use. */
  const identifyTab = async (tabId: number, account: string) => {
    await tabs.set(tabId, account);
    const page = await tabs.page(tabId);
    if (page && !page.identified) await tabs.setPage(tabId, { ...page, identified: true });
    const focus = await tabs.focus();
    if (focus.tab === tabId && focus.account !== account) await tabs.setFocus({ tab: tabId, account });
  };

  return {
    async note(db, observations, tabId, now, slug) {
      for (const obs of observations) {
        if (obs.kind !== 'identity') continue;
        // The tab's account first, every time (memory only when unchanged): it holds even when the
        // store cannot be written, and a reloaded page must learn it even within the minute below.
        if (tabId !== undefined) await withTimeout(identifyTab(tabId, obs.account));
        const key = `${tabId}|${obs.account}|${obs.premium}|${slug}|${obs.name}`;
        const since = now - lastNoted.at;
        if (lastNoted.key === key && since >= 0 && since < NOTE_AGAIN_MS) continue;
        await withTimeout(noteIdentity(db, obs.account, obs.premium, now, slug, obs.name));
        lastNoted = { key, at: now };
      }
    },
    async resolve(db, tabId) {
      const fromTab = await ofTab(tabId);
      if (fromTab) return fromTab;
      const latest = await db.accounts.orderBy('lastSeenAt').last();
      return latest?.account ?? UNKNOWN_ACCOUNT;
    },
    ofTab,
    forgetNoted() {
      lastNoted = { key: '', at: 0 };
    },
    async useTab(tabId) {
      const [account, focus] = await Promise.all([tabs.get(tabId), tabs.focus()]);
      const next = { tab: tabId, account: account ?? focus.account };
      if (next.tab !== focus.tab || next.account !== focus.account) await tabs.setFocus(next);
    },
    inUse: async () => (await tabs.focus()).account,
    async noteSurface(db, account, surface, now) {
      if (account === UNKNOWN_ACCOUNT) return;
      const field = SURFACE_FIELD[surface];
      const cacheKey = `${account}|${field}`;
      const last = surfaceNoted.get(cacheKey);
      if (last !== undefined && now - last >= 0 && now - last < SURFACE_NOTE_MS) return;
      await db.transaction('rw', db.accounts, async () => {
        const row: AccountRecord | undefined = await db.accounts.get(account);
        const seen = row?.[field];
        if (row && (seen === undefined || now - seen >= SURFACE_NOTE_MS || now < seen))
          await db.accounts.update(account, { [field]: now });
      });
      surfaceNoted.set(cacheKey, now);
    },
  };
}
