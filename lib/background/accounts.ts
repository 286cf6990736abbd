// Which LinkedIn account an observation belongs to: the identities tabs report are noted (with
// the tab's account kept apart, so two accounts in one browser never mix), a tab's account is
// resolved, and what was stored before any account was known is adopted once one is.
import type { PacerDb } from '../db/schema';
import { ensureAccountSettings } from '../db/settings-store';
import { UNKNOWN_ACCOUNT } from '../linkedin/urns';
import type { Observation } from '../linkedin/vocabulary';
import type { TabAccounts } from './tab-accounts';
import { withTimeout } from './with-timeout';

/** The same identity again within this long changes nothing in the store: it is not written again. */
const NOTE_AGAIN_MS = 60_000;

/**
 * Stores that `account` was seen at `at` (with what is known of it), and hands it every event
 * stored before any account was known. One transaction.
 */
export async function noteIdentity(
  db: PacerDb,
  account: string,
  premium: boolean | undefined,
  at: number,
  slug?: string,
): Promise<void> {
  await db.transaction(
    'rw',
    [db.accounts, db.events, db.inmailHistory, db.settings, db.accountSettings],
    async () => {
      const existing = await db.accounts.get(account);
      const known = {
        ...(premium === undefined ? {} : { premium }),
        ...(slug === undefined ? {} : { slug }),
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
}

export function createAccounts(tabs: TabAccounts): Accounts {
  /**
   * The identity this worker noted last, and when. Every message a tab sends names its account:
   * the same identity again within a minute is not written again.
   */
  let lastNoted = { key: '', at: 0 };
  const ofTab = async (tabId: number | undefined) => (tabId === undefined ? undefined : tabs.get(tabId));
  return {
    async note(db, observations, tabId, now, slug) {
      for (const obs of observations) {
        if (obs.kind !== 'identity') continue;
        const key = `${tabId}|${obs.account}|${obs.premium}|${slug}`;
        const since = now - lastNoted.at;
        if (lastNoted.key === key && since >= 0 && since < NOTE_AGAIN_MS) continue;
        // The tab's account first: it holds even when the store cannot be written.
        const write = async () => {
          if (tabId !== undefined) await tabs.set(tabId, obs.account);
          await noteIdentity(db, obs.account, obs.premium, now, slug);
        };
        await withTimeout(write());
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
  };
}
