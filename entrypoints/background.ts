import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerHandlers } from '../lib/background/handlers';
import { browserTimeZone, createWorker } from '../lib/background/worker';
import { openDb } from '../lib/db/schema';
import { ensureMessages } from '../lib/i18n/ensure-messages';

export default defineBackground(() => {
  // Building the worker does no I/O: the database opens on first use.
  const worker = createWorker({
    openDb: () => openDb(),
    storage: { local: browser.storage.local, session: browser.storage.session },
    action: browser.action,
    alarms: browser.alarms,
    clock: Date.now,
    timeZone: browserTimeZone,
  });
  // Listeners first, synchronously: a message or alarm that woke the worker must find them.
  registerHandlers(worker, browser.runtime.id, browser.runtime.getURL('/'));
  browser.alarms.onAlarm.addListener((alarm) => void worker.alarm(alarm.name));
  browser.tabs.onRemoved.addListener((tabId) => void worker.tabClosed(tabId));
  // The badge follows the LinkedIn tab in use: the active tab of the focused window.
  browser.tabs.onActivated.addListener(({ tabId }) => void worker.tabActivated(tabId));
  browser.windows.onFocusChanged.addListener((windowId) => {
    if (windowId === browser.windows.WINDOW_ID_NONE) return;
    void browser.tabs
      .query({ active: true, windowId })
      .then(([tab]) => (tab?.id === undefined ? undefined : worker.tabActivated(tab.id)))
      .catch(() => {});
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void worker.installed();
    // First install only: what Pacer sees and cannot, the plan, what was sent before installing.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.runtime.onStartup.addListener(() => void worker.startedUp());
  // The badge's tooltip is worded: make sure the messages answer first.
  void ensureMessages().then(() => worker.refreshBadge());
});
