// Which LinkedIn account each tab belongs to (two accounts in one browser never mix), which page
// (document) each tab shows now, and which tab is in use. Session storage survives worker restarts;
// a browser restart reloads tabs anyway. One key per tab, so two tabs learning their accounts at
// once never overwrite each other.
// The worker is the only writer, so it keeps a write-through copy: each exchange reads memory,
// and only the first read of a key after a worker restart goes to storage.
import type { StorageArea } from '../storage/area';
import { FOCUS_KEY, tabAccountKey, tabPageKey } from '../storage/keys';

/** A profile view seen while the tab's page had not said whose it is yet. */
export interface HeldView {
  url: string;
  at: number;
}

/**
 * The document a tab shows now. A new document (a reload, a sign-in as someone else) has not said
 * which account it is until LinkedIn's identity answer arrives from it: until then, the tab's
 * stored account may be the previous one, so profile views wait (`held`).
 */
export interface TabPage {
  /** The browser's id of the document (MessageSender.documentId). */
  doc: string;
  /** When the worker first heard of it. */
  since: number;
  /** An identity was noted in the tab since this document began. */
  identified: boolean;
  held: HeldView[];
}

/** The tab in use (the active tab of the focused window) and the account of the LinkedIn tab last in use. */
export interface Focus {
  tab?: number;
  account?: string;
}

export interface TabAccounts {
  get(tabId: number): Promise<string | undefined>;
  set(tabId: number, account: string): Promise<void>;
  page(tabId: number): Promise<TabPage | undefined>;
  setPage(tabId: number, page: TabPage): Promise<void>;
  focus(): Promise<Focus>;
  setFocus(focus: Focus): Promise<void>;
  forget(tabId: number): Promise<void>;
}

/** One session key with a write-through copy in memory. */
function cachedKeys<T>(session: StorageArea) {
  /** undefined: not read yet in this worker's life; null: read, nothing stored. */
  const known = new Map<string, T | null>();
  return {
    async get(key: string): Promise<T | undefined> {
      const cached = known.get(key);
      if (cached !== undefined) return cached ?? undefined;
      const stored = (await session.get(key))[key] as T | undefined;
      // A write that landed while this read was under way wins.
      if (!known.has(key)) known.set(key, stored ?? null);
      return known.get(key) ?? undefined;
    },
    async set(key: string, value: T): Promise<void> {
      known.delete(key); // until the write lands, read storage rather than trust the old value
      await session.set({ [key]: value });
      known.set(key, value);
    },
    async remove(key: string): Promise<void> {
      known.delete(key);
      await session.remove(key);
      known.delete(key);
    },
    peek: (key: string) => known.get(key),
  };
}

export function createTabAccounts(session: StorageArea): TabAccounts {
  const accounts = cachedKeys<string>(session);
  const pages = cachedKeys<TabPage>(session);
  const focus = cachedKeys<Focus>(session);
  return {
    get: (tabId) => accounts.get(tabAccountKey(tabId)),
    async set(tabId, account) {
      const key = tabAccountKey(tabId);
      if (accounts.peek(key) === account) return;
      await accounts.set(key, account);
    },
    page: (tabId) => pages.get(tabPageKey(tabId)),
    setPage: (tabId, page) => pages.set(tabPageKey(tabId), page),
    focus: async () => (await focus.get(FOCUS_KEY)) ?? {},
    setFocus: (f) => focus.set(FOCUS_KEY, f),
    async forget(tabId) {
      await Promise.all([accounts.remove(tabAccountKey(tabId)), pages.remove(tabPageKey(tabId))]);
    },
  };
}
