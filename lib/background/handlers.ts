// Message handlers: check the sender, validate the data, then act. Registered synchronously
// when the worker starts, so a message that woke the worker is never missed.
import { browser } from 'wxt/browser';
import { loadAccountReport } from '../db/load-report';
import { storeBackup } from '../db/replace-all';
import { loadSettings, saveSettings } from '../db/settings-store';
import { applySettingsPatch, type Settings, type SettingsResult } from '../domain/settings';
import { warningFacts } from '../domain/warning-facts';
import { onMessage } from '../messaging';
import { browserTimeZone, getDb } from './db';
import { handleNavigation } from './navigation';
import { allow } from './rate-limit';
import { forgetNotedIdentity, handleExchanges } from './record';
import { requestBadgeRefresh } from './refresh';
import { parseExchangeBatch, parseSettingsPatch } from './schemas';
import { isExtensionPage, isLinkedInTab } from './sender';
import { tabAccount } from './tab-accounts';

function requireLinkedInTab(sender: Parameters<typeof isLinkedInTab>[0]) {
  if (!isLinkedInTab(sender, browser.runtime.id))
    throw new Error('Pacer only accepts reports from LinkedIn tabs');
}
function requireExtensionPage(sender: Parameters<typeof isExtensionPage>[0]) {
  if (!isExtensionPage(sender, browser.runtime.id))
    throw new Error('Pacer settings can only be changed from its own pages');
}

/** Read, change and write the settings in one transaction: two quick edits never lose one. */
function changeSettings(change: (current: Settings, now: Date) => SettingsResult): Promise<SettingsResult> {
  const db = getDb();
  return db.transaction('rw', db.settings, async () => {
    const now = new Date();
    const result = change(await loadSettings(db, now), now);
    if (result.ok) await saveSettings(db, result.settings);
    return result;
  });
}

export function registerHandlers(): void {
  onMessage('reportExchanges', async ({ data, sender }) => {
    requireLinkedInTab(sender);
    const now = Date.now();
    // Each exchange counts against the tab's limit; past it, dropped quietly (a throw would make
    // the content script retry).
    const allowed = parseExchangeBatch(data).filter(() => allow('exchange', sender.tab?.id ?? -1, now));
    if (allowed.length === 0) return;
    const result = await handleExchanges(getDb(), allowed, sender.tab?.id, now);
    if (result.stored > 0 || result.held) await requestBadgeRefresh();
  });

  onMessage('reportNavigation', async ({ data, sender }) => {
    requireLinkedInTab(sender);
    if (!allow('navigation', sender.tab?.id ?? -1, Date.now())) return;
    const stored = await handleNavigation(getDb(), data, sender.tab?.id, Date.now());
    if (stored) await requestBadgeRefresh();
  });

  onMessage('getWarningFacts', async ({ sender }) => {
    requireLinkedInTab(sender);
    // The warning is about the account of the tab the user is sending from.
    const account = sender.tab?.id === undefined ? undefined : await tabAccount(sender.tab.id);
    const { report, settings, timeZone } = await loadAccountReport(
      getDb(),
      new Date(),
      browserTimeZone(),
      account,
    );
    return { facts: warningFacts(report), confirm: settings.confirmRedSend, timeZone };
  });

  onMessage('updateSettings', async ({ data, sender }) => {
    requireExtensionPage(sender);
    const patch = parseSettingsPatch(data);
    if (!patch)
      return {
        ok: false,
        errors: [{ field: '(settings)', message: '(settings): expected an object of fields' }],
      };
    const result = await changeSettings((current, now) => applySettingsPatch(current, patch, now));
    if (result.ok) await requestBadgeRefresh();
    return result.ok ? { ok: true } : result;
  });

  // Export needs no worker: the options page reads the store itself (lib/db/backup-store.ts).
  onMessage('importData', async ({ data, sender }) => {
    requireExtensionPage(sender);
    const result = await storeBackup(getDb(), data);
    forgetNotedIdentity(); // the accounts were replaced
    if (result.ok) await requestBadgeRefresh();
    return result;
  });
}
