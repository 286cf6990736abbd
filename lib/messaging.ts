// The one place message names exist. Types only prove nothing at run time: the worker checks
// who sent each message (lib/background/sender.ts) and its data against the message's schema
// (lib/messages/, one per message, from which the data types here are inferred).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ImportReply } from './backup/backup';
import type { SendWarning, WarningFacts } from './domain/send-warnings';
import type { FieldError } from './domain/settings';
import type { AddActivity, AddActivityReply } from './messages/add-activity';
import type { ConfirmSend } from './messages/confirm-send';
import type { GetWarningFacts } from './messages/get-warning-facts';
import type { ValidatedBackup } from './messages/import-data';
import type { RemoveActivity, RemoveActivityReply } from './messages/remove-activity';
import type { ReportExchanges } from './messages/report-exchanges';
import type { ReportNavigation } from './messages/report-navigation';
import type { SendCheckResult } from './messages/send-check';
import type { UpdateSettings } from './messages/update-settings';

/** What the worker tells the in-page warning: the facts, and how to show them. */
export interface WarningFactsReply {
  facts: WarningFacts;
  /** In the red, a Send click asks "Send anyway?" first (a setting). */
  confirm: boolean;
  /** The zone reset times are shown in. */
  timeZone: string;
}

/** The in-page warning for one composer, worked out in the content script. */
export interface SendWarningsReply {
  warnings: SendWarning[];
  /** In the red, a Send click asks "Send anyway?" first (a setting). */
  confirm: boolean;
  /** The zone reset times are shown in. */
  timeZone: string;
}

export type SaveReply = { ok: true } | { ok: false; errors: FieldError[] };

export interface ProtocolMap {
  // LinkedIn tab (isolated content script) → worker; data is untrusted.
  /** Exchanges the observer saw, oldest first (lib/observer/exchange-queue.ts batches them). */
  reportExchanges(data: ReportExchanges): void;
  reportNavigation(data: ReportNavigation): void;
  getWarningFacts(data: GetWarningFacts): WarningFactsReply;
  /** A Send click in a recognised composer, some seconds later: did a send or refusal follow? */
  confirmSend(data: ConfirmSend): SendCheckResult;
  // extension pages → worker
  updateSettings(data: UpdateSettings): SaveReply;
  /** A backup the options page read and validated; the worker writes it. */
  importData(data: ValidatedBackup): ImportReply;
  /** Actions done elsewhere, added by hand (the add-activity form, the welcome page's backfill). */
  addActivity(data: AddActivity): AddActivityReply;
  /** One counted action removed from the log; it stays out if reported again. */
  removeActivity(data: RemoveActivity): RemoveActivityReply;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
