// Which LinkedIn account each tab belongs to (two accounts in one browser never mix).
// Session storage survives worker restarts; a browser restart reloads tabs anyway.
import { browser } from 'wxt/browser';

const KEY = 'tabAccounts';

export async function tabAccount(tabId: number): Promise<string | undefined> {
  const stored = await browser.storage.session.get(KEY);
  return (stored[KEY] as Record<string, string> | undefined)?.[String(tabId)];
}

export async function setTabAccount(tabId: number, account: string): Promise<void> {
  const stored = await browser.storage.session.get(KEY);
  const map = { ...((stored[KEY] as Record<string, string> | undefined) ?? {}), [String(tabId)]: account };
  await browser.storage.session.set({ [KEY]: map });
}
