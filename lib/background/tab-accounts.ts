// Which LinkedIn account each tab belongs to (two accounts in one browser never mix).
// Session storage survives worker restarts; a browser restart reloads tabs anyway. One key per
// tab, so two tabs learning their accounts at once never overwrite each other.
// The worker is the only writer, so it keeps a write-through copy: each exchange reads memory,
// and only the first read of a tab after a worker restart goes to storage.
import { browser } from 'wxt/browser';

const keyFor = (tabId: number) => `tabAccount:${tabId}`;
/** undefined: not read yet in this worker's life; null: read, no account stored. */
const known = new Map<number, string | null>();

export async function tabAccount(tabId: number): Promise<string | undefined> {
  const cached = known.get(tabId);
  if (cached !== undefined) return cached ?? undefined;
  const key = keyFor(tabId);
  const stored = (await browser.storage.session.get(key))[key] as string | undefined;
  // A write that landed while this read was under way wins.
  if (!known.has(tabId)) known.set(tabId, stored ?? null);
  return known.get(tabId) ?? undefined;
}

export async function setTabAccount(tabId: number, account: string): Promise<void> {
  if (known.get(tabId) === account) return;
  known.delete(tabId); // until the write lands, read storage rather than trust the old value
  await browser.storage.session.set({ [keyFor(tabId)]: account });
  known.set(tabId, account);
}

export async function forgetTabAccount(tabId: number): Promise<void> {
  known.delete(tabId);
  await browser.storage.session.remove(keyFor(tabId));
  known.delete(tabId);
}
