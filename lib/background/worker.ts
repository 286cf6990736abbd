// The background worker, built from what it is given: a way to open the database, the extension
// storage areas, the toolbar action, alarms, a clock and the browser's zone. Every piece of state
// lives in the instance (the small objects below), and every one of them is either kept in storage
// or a cache rebuilt on demand: the browser may stop the worker at any moment. The entrypoint wires
// the real browser APIs; tests build a fresh worker each.
import type { ImportReply } from '../backup/backup';
import { loadAccountReport } from '../db/load-report';
import { storeBackup } from '../db/replace-all';
import type { PacerDb } from '../db/schema';
import { ensureSettings, loadSettings, saveSettings } from '../db/settings-store';
import { connectionCap } from '../domain/invitation-health';
import type { Settings, SettingsPatch, SettingsResult } from '../domain/settings';
import { warningFacts } from '../domain/warning-facts';
import { planSurfaceOf } from '../linkedin/plan-signals';
import type { Exchange } from '../linkedin/vocabulary';
import type { AddActivity, AddActivityReply } from '../messages/add-activity';
import type { ConfirmSend } from '../messages/confirm-send';
import type { ValidatedBackup } from '../messages/import-data';
import type { RemoveActivityReply } from '../messages/remove-activity';
import type { ReportNavigation } from '../messages/report-navigation';
import type { SendCheckResult } from '../messages/send-check';
import type { SaveReply, WarningFactsReply } from '../messaging';
import { applySettingsPatch } from '../schemas/settings';
import type { StorageArea } from '../storage/area';
import { createAccounts } from './accounts';
import { type BadgeApi, createBadge } from './badge';
import { createClassifierStore } from './classifier-store';
import { createConnection } from './connection';
import { inviteCooldown } from './health';
import { hasLists, recordLists } from './lists';
import { addManualActivity, removeActivity } from './manual';
import { type NavigationClassifier, observeLocation, releaseHeld } from './navigation';
import { createRateLimits } from './rate-limit';
import { createRecorder, type RecordResult } from './record';
import { type AlarmsApi, createRefresher, TICK_ALARM } from './refresh';
import { createFaultStore } from './storage-fault';
import { createTabAccounts } from './tab-accounts';
import { createUnconfirmedSends } from './unconfirmed';

export interface WorkerDeps {
  /** Opens a new connection (called again after a failure). */
  openDb: () => PacerDb;
  storage: { local: StorageArea; session: StorageArea };
  action: BadgeApi;
  alarms: AlarmsApi;
  /** Epoch milliseconds; `Date.now` by default. */
  clock?: () => number;
  /** The browser's zone; read from Intl by default. */
  timeZone?: () => string;
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export type PacerWorker = ReturnType<typeof createWorker>;

export function createWorker(deps: WorkerDeps) {
  const clock = deps.clock ?? Date.now;
  const timeZone = deps.timeZone ?? browserTimeZone;
  const connection = createConnection(deps.openDb);
  const db = () => connection.db();
  const faults = createFaultStore(deps.storage.local);
  const tabs = createTabAccounts(deps.storage.session);
  const accounts = createAccounts(tabs);
  const classifiers = createClassifierStore(deps.storage.session);
  const limits = createRateLimits();
  const record = createRecorder(db, accounts, faults, timeZone);
  const badge = createBadge(deps.action);
  const unconfirmed = createUnconfirmedSends({ db, local: deps.storage.local, accounts, faults });
  const refresher = createRefresher({
    connection,
    faults,
    badge,
    alarms: deps.alarms,
    clock,
    timeZone,
    // The badge follows the LinkedIn tab in use (else the account seen most recently).
    preferred: () => accounts.inUse(),
  });

  /** Records the views a tab's page held once they can be filed (see navigation.ts). How many. */
  async function recordHeld(
    classifier: NavigationClassifier,
    tabId: number | undefined,
    now: number,
    force = false,
  ): Promise<number> {
    let stored = 0;
    for (const view of await releaseHeld(db(), accounts, tabs, classifier, tabId, now, force)) {
      const result = await record(view.observations, tabId, view.at);
      stored += result.stored + (result.held ?? 0);
    }
    return stored;
  }

  /** A Sales Navigator or Recruiter page or request in the tab: noted on the tab's account. */
  async function noteSurfaces(urls: readonly string[], tabId: number | undefined, now: number) {
    if (tabId === undefined) return;
    const surface = urls.map(planSurfaceOf).find((x) => x !== undefined);
    if (!surface) return;
    const [account, page] = await Promise.all([tabs.get(tabId), tabs.page(tabId)]);
    // A new page not identified yet may be another account's: its next report notes it.
    if (!account || (page && !page.identified)) return;
    await accounts.noteSurface(db(), account, surface, now).catch(() => {}); // a hint: never worth a failure
  }

  /**
   * Read, change and write one account's settings (null: the shared ones) in one transaction: two
   * quick edits never lose one.
   */
  function changeSettings(
    account: string | null,
    change: (current: Settings, now: Date) => SettingsResult,
  ): Promise<SettingsResult> {
    const store = db();
    return store.transaction('rw', store.settings, store.accountSettings, async () => {
      const now = new Date(clock());
      const result = change(await loadSettings(store, now, account), now);
      if (result.ok) await saveSettings(store, result.settings, account);
      return result;
    });
  }

  return {
    /**
     * A tab's batch, each exchange already checked (null: it did not check out, skipped and
     * counted). Classified in order, then recorded in one go. Each exchange counts against the
     * tab's limit; past it, dropped quietly (a throw would make the content script retry).
     */
    async reportExchanges(
      items: readonly (Exchange | null)[],
      tabId: number | undefined,
    ): Promise<RecordResult> {
      const now = clock();
      const allowed = items.filter(() => limits.allow('exchange', tabId ?? -1, now));
      if (allowed.length === 0) return { stored: 0, duplicates: 0 };
      const classifier = await classifiers.get();
      let invalid = 0;
      const observations = allowed.flatMap((x) => {
        if (x === null) invalid++;
        return x === null ? [] : classifier.observe(x);
      });
      // Losing the classifier's small memory is recoverable; losing the observations is not.
      await classifiers.save(classifier).catch(() => {});
      const inUse = await accounts.inUse();
      const result = await record(observations, tabId, now, classifier.self()?.slug);
      // A send stored after its click was counted as unconfirmed replaces that one.
      if (result.stored > 0) await unconfirmed.settleLate(now).catch(() => 0);
      // LinkedIn's own lists (sent invitations, connections, credits): reconciled for the tab's account.
      const lists = hasLists(observations)
        ? await accounts
            .resolve(db(), tabId)
            .then((account) => recordLists(db(), observations, account, now, timeZone()))
            .catch(() => null)
        : null;
      // The page's identity may have arrived: the views it held are filed under it now (a failure
      // here leaves them held for the next report; the batch itself is recorded).
      const released = await recordHeld(classifier, tabId, now).catch(() => 0);
      await noteSurfaces(
        allowed.flatMap((x) => (x ? [x.url] : [])),
        tabId,
        now,
      );
      if (
        result.stored > 0 ||
        result.held ||
        result.removed ||
        lists?.reconciled ||
        lists?.calibrated ||
        released > 0 ||
        (await accounts.inUse()) !== inUse
      )
        await refresher.request();
      return invalid > 0 ? { ...result, invalid } : result;
    },

    /**
     * A location the tab showed (from the document `doc`): counted when it is someone else's
     * profile. Whether it was counted now (a view waiting for its page's account is not yet).
     */
    async reportNavigation(
      { url }: ReportNavigation,
      tabId: number | undefined,
      doc?: string,
    ): Promise<boolean> {
      const now = clock();
      if (!limits.allow('navigation', tabId ?? -1, now)) return false;
      const classifier = await classifiers.get();
      // Views that waited too long for their page's identity go to the tab's latest account.
      const released = await recordHeld(classifier, tabId, now);
      const { observations } = await observeLocation(
        db(),
        accounts,
        tabs,
        classifier,
        url,
        { tabId, doc },
        now,
      );
      await noteSurfaces([url], tabId, now);
      const result = observations.length > 0 ? await record(observations, tabId, now) : null;
      const counted = result !== null && (result.stored > 0 || (result.held ?? 0) > 0);
      if (counted || released > 0) await refresher.request();
      return counted;
    },

    /**
     * The in-page warning's facts, about the account of the tab the user is sending from; from an
     * invite dialog that names the invitee, the re-invite cooldown too (and the cap, always).
     */
    async warningFacts(tabId: number | undefined, invitee?: string): Promise<WarningFactsReply> {
      const account = tabId === undefined ? undefined : await tabs.get(tabId);
      const now = clock();
      const read = await loadAccountReport(db(), new Date(now), timeZone(), account);
      const cooldown = await inviteCooldown(db(), read.account?.account, invitee ? [invitee] : [], now);
      const cap = connectionCap(read.account?.connections);
      return {
        facts: {
          ...warningFacts(read.report),
          cooldown,
          cap:
            cap.count !== null && (cap.zone === 'warn' || cap.zone === 'red')
              ? { count: cap.count, cap: cap.cap, zone: cap.zone }
              : null,
        },
        confirm: read.settings.confirmRedSend,
        timeZone: read.timeZone,
      };
    },

    /** A Send click some seconds ago (lib/background/unconfirmed.ts): counted if nothing answered it. */
    async confirmSend(data: ConfirmSend, tabId: number | undefined): Promise<SendCheckResult> {
      const result = await unconfirmed.check(data, tabId, clock());
      if (result === 'unconfirmed') await refresher.request();
      return result;
    },

    /** A change for one account (null: the shared settings and the plan for accounts not seen yet). */
    async updateSettings(patch: SettingsPatch, account: string | null = null): Promise<SaveReply> {
      const result = await changeSettings(account, (current, now) => applySettingsPatch(current, patch, now));
      if (result.ok) await refresher.request();
      return result.ok ? { ok: true } : result;
    },

    /** Replaces all data with a backup (export needs no worker: pages read the store themselves). */
    async importData(data: ValidatedBackup): Promise<ImportReply> {
      const result = await storeBackup(db(), data);
      accounts.forgetNoted(); // the accounts were replaced
      if (result.ok) await refresher.request();
      return result;
    },

    /** Actions done elsewhere, added by hand: counted like observed ones. */
    async addActivity(entry: AddActivity): Promise<AddActivityReply> {
      const now = clock();
      const batch = `${now.toString(36)}.${crypto.randomUUID().slice(0, 8)}`;
      const result = await addManualActivity(db(), entry, new Date(now), timeZone(), batch);
      if (result.ok) await refresher.request();
      return result;
    },

    /** One counted action removed from the log (its key stays out), then the badge again. */
    async removeActivity(key: string): Promise<RemoveActivityReply> {
      const result = await removeActivity(db(), key, clock());
      if (result.ok) await refresher.request();
      return result;
    },

    /** An alarm fired: the tick also prunes; every alarm recomputes the badge. */
    async alarm(name: string): Promise<void> {
      await Promise.all([name === TICK_ALARM ? refresher.prune() : null, refresher.request()]);
    },

    async tabClosed(tabId: number): Promise<void> {
      limits.forget(tabId);
      // Views still waiting for the page's identity: filed under the tab's latest account.
      const released = await recordHeld(await classifiers.get(), tabId, clock(), true).catch(() => 0);
      await tabs.forget(tabId);
      if (released > 0) await refresher.request();
    },

    /** The tab in use changed (activated, or its window focused): the badge follows its account. */
    async tabActivated(tabId: number): Promise<void> {
      const before = await accounts.inUse();
      await accounts.useTab(tabId);
      if ((await accounts.inUse()) !== before) await refresher.request();
    },

    /** Installed or updated: the tick alarm, and the defaults stored on a fresh install. */
    async installed(): Promise<void> {
      await Promise.all([
        refresher.ensureTickAlarm(),
        ensureSettings(db(), new Date(clock())).then(() => refresher.request()),
      ]);
    },

    /** The browser started: the tick alarm, and housekeeping before the first badge. */
    async startedUp(): Promise<void> {
      await Promise.all([refresher.ensureTickAlarm(), refresher.prune().then(() => refresher.request())]);
    },

    /** Recomputes the badge (coalesced with any refresh already asked for). */
    refreshBadge: (): Promise<void> => refresher.request(),
  };
}
