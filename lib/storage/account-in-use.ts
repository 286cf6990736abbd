// Which LinkedIn account the user is using, for the extension pages (the popup, the options page):
// the active tab's own account when it is a LinkedIn tab, else the account of the LinkedIn tab last
// in use, the one the badge shows (the worker writes both to session storage: lib/background/
// tab-accounts.ts). Reads only; null when no LinkedIn tab was used in this browser session.
import { browser } from 'wxt/browser';
import { FOCUS_KEY, tabAccountKey } from './keys';

export async function readAccountInUse(): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const keys = tab?.id === undefined ? [FOCUS_KEY] : [FOCUS_KEY, tabAccountKey(tab.id)];
    const stored = await browser.storage.session.get(keys);
    const own = tab?.id === undefined ? undefined : stored[tabAccountKey(tab.id)];
    if (typeof own === 'string') return own;
    const account = (stored[FOCUS_KEY] as { account?: unknown } | undefined)?.account;
    return typeof account === 'string' ? account : null;
  } catch {
    // No tabs or session storage here (a test page, another browser): the page's own default.
    return null;
  }
}
