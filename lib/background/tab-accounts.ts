// Which LinkedIn account each tab belongs to (two accounts in one browser never mix).
// Session storage survives worker restarts; a browser restart reloads tabs anyway. One key per
// tab, so two tabs learning their accounts at once never overwrite each other.
// The worker is the only writer, so it keeps a write-through copy: each exchange reads memory,
// and only the first read of a tab after a worker restart goes to storage.
import type { StorageArea } from '../storage/area';
import { tabAccountKey } from '../storage/keys';

export interface TabAccounts {
  get(tabId: number): Promise<string | undefined>;
  set(tabId: number, account: string): Promise<void>;
  forget(tabId: number): Promise<void>;
}

export function createTabAccounts(session: StorageArea): TabAccounts {
  /** undefined: not read yet in this worker's life; null: read, no account stored. */
  const known = new Map<number, string | null>();
  return {
    async get(tabId) {
      const cached = known.get(tabId);
      if (cached !== undefined) return cached ?? undefined;
      const key = tabAccountKey(tabId);
      const stored = (await session.get(key))[key] as string | undefined;
      // A write that landed while this read was under way wins.
      if (!known.has(tabId)) known.set(tabId, stored ?? null);
      return known.get(tabId) ?? undefined;
    },
    async set(tabId, account) {
      if (known.get(tabId) === account) return;
      known.delete(tabId); // until the write lands, read storage rather than trust the old value
      await session.set({ [tabAccountKey(tabId)]: account });
      known.set(tabId, account);
    },
    async forget(tabId) {
      known.delete(tabId);
      await session.remove(tabAccountKey(tabId));
      known.delete(tabId);
    },
  };
}
