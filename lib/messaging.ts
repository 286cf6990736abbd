// The one place message names exist. Types only prove nothing at run time: every handler in
// the background validates its data (zod) and checks who sent it.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { FieldError, SettingsPatch } from './domain/settings';

/** What a LinkedIn composer is about to send, for the in-page warning. */
export type SendSurface = 'invite' | 'message' | 'inmail';

export interface SendWarning {
  /** The meter the warning is about, e.g. `invites-week`. */
  meter: string;
  zone: 'warn' | 'red' | 'over';
  /** One line for the banner, with the numbers and the reset time. */
  text: string;
  /** In the red, a Send click asks "Send anyway?" first (unless the user turned it off). */
  confirm: boolean;
}

export interface ProtocolMap {
  // LinkedIn tab (isolated content script) → background
  reportExchange(data: unknown): void;
  reportNavigation(data: unknown): void;
  getSendWarnings(data: unknown): SendWarning[];
  // extension pages → background
  updateSettings(data: SettingsPatch): { ok: true } | { ok: false; errors: FieldError[] };
  calibrateInmail(data: { balance: number }): { ok: true } | { ok: false; errors: FieldError[] };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
