// The one place message names exist. Types only prove nothing at run time: every handler in
// the background validates its data and checks who sent it.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ImportReply } from './backup/backup';
import type { ValidatedBackup } from './db/replace-all';
import type { SendWarning, WarningFacts } from './domain/send-warnings';
import type { FieldError, SettingsPatch } from './domain/settings';

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
  // LinkedIn tab (isolated content script) → background; data is untrusted.
  /** Exchanges the observer saw, oldest first (lib/observer/exchange-queue.ts batches them). */
  reportExchanges(data: unknown): void;
  reportNavigation(data: unknown): void;
  getWarningFacts(): WarningFactsReply;
  // extension pages → background
  updateSettings(data: SettingsPatch): SaveReply;
  /** A backup the options page read and validated; the worker writes it. */
  importData(data: ValidatedBackup): ImportReply;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
