// Which LinkedIn account each tab belongs to (two accounts in one browser never mix).
// Session storage survives worker restarts; a browser restart reloads tabs anyway. One key per
// tab, so two tabs learning their accounts at once never overwrite each other.
import { browser } from 'wxt/browser';

const keyFor = (tabId: number) => `tabAccount:${tabId}`;

export async function tabAccount(tabId: number): Promise<string | undefined> {
  const key = keyFor(tabId);
  const stored = await browser.storage.session.get(key);
  return stored[key] as string | undefined;
}

export async function setTabAccount(tabId: number, account: string): Promise<void> {
  await browser.storage.session.set({ [keyFor(tabId)]: account });
}

export async function forgetTabAccount(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyFor(tabId));
}
