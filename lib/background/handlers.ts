// Message handlers: check the sender, check the data against the message's schema, then hand typed
// values to the worker. Registered synchronously when the worker starts, so a message that woke
// the worker is never missed.

import { t } from '../i18n/t';
import { parseAddActivity } from '../messages/add-activity';
import { confirmSendSchema } from '../messages/confirm-send';
import { getWarningFactsSchema } from '../messages/get-warning-facts';
import { parseImportData } from '../messages/import-data';
import { parseMessage } from '../messages/parse';
import { removeActivitySchema } from '../messages/remove-activity';
import { reportExchangesSchema } from '../messages/report-exchanges';
import { reportNavigationSchema } from '../messages/report-navigation';
import { parseUpdateSettings } from '../messages/update-settings';
import { onMessage } from '../messaging';
import { isExtensionPage, isLinkedInReport, isLinkedInTab, type SenderLike } from './sender';
import type { PacerWorker } from './worker';

/** `pagesBase`: where the extension's own pages live (`runtime.getURL('/')`; see isExtensionPage). */
export function registerHandlers(worker: PacerWorker, extensionId: string, pagesBase?: string): void {
  const requireLinkedInTab = (sender: SenderLike) => {
    if (!isLinkedInTab(sender, extensionId)) throw new Error(t('errors.notLinkedInTab'));
  };
  const requireExtensionPage = (sender: SenderLike) => {
    if (!isExtensionPage(sender, extensionId, pagesBase)) throw new Error(t('errors.notOwnPage'));
  };

  onMessage('reportExchanges', async ({ data, sender }) => {
    // Also from a tab closed since (Firefox): its sends are filed under the latest account.
    if (!isLinkedInReport(sender, extensionId))
      throw new Error('Pacer only accepts reports from LinkedIn tabs');
    await worker.reportExchanges(
      parseMessage('reportExchanges', reportExchangesSchema, data),
      sender.tab?.id,
    );
  });

  onMessage('reportNavigation', async ({ data, sender }) => {
    requireLinkedInTab(sender);
    const { url, doc } = parseMessage('reportNavigation', reportNavigationSchema, data);
    await worker.reportNavigation(
      { url },
      sender.tab?.id,
      // Top frame only (navigation is reported there): a new document waits for its identity.
      // Firefox's sender has no documentId: the content script names its document itself.
      sender.documentId ?? doc,
    );
  });

  onMessage('getWarningFacts', ({ data, sender }) => {
    requireLinkedInTab(sender);
    const ask = parseMessage('getWarningFacts', getWarningFactsSchema, data);
    return worker.warningFacts(sender.tab?.id, ask?.invitee);
  });

  onMessage('confirmSend', ({ data, sender }) => {
    requireLinkedInTab(sender);
    return worker.confirmSend(parseMessage('confirmSend', confirmSendSchema, data), sender.tab?.id);
  });

  // Pages show what is wrong with their data field by field, so these answer instead of throwing.
  onMessage('updateSettings', ({ data, sender }) => {
    requireExtensionPage(sender);
    const patch = parseUpdateSettings(data);
    return patch.ok ? worker.updateSettings(patch.patch, patch.account) : patch;
  });

  onMessage('importData', ({ data, sender }) => {
    requireExtensionPage(sender);
    const backup = parseImportData(data);
    return backup.ok ? worker.importData(backup.data) : backup;
  });

  onMessage('addActivity', ({ data, sender }) => {
    requireExtensionPage(sender);
    const entry = parseAddActivity(data);
    return entry.ok ? worker.addActivity(entry.data) : entry;
  });

  onMessage('removeActivity', ({ data, sender }) => {
    requireExtensionPage(sender);
    return worker.removeActivity(parseMessage('removeActivity', removeActivitySchema, data).key);
  });
}
