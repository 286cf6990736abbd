// Reading the storage fault the worker records (lib/background/storage-fault.ts writes it): the
// popup shows it, the worker checks it before trusting the store. Reads only.
import { browser } from 'wxt/browser';
import type { ActivityEvent } from '../domain/activity';
import type { StorageArea } from './area';
import { FAULT_KEY, PENDING_PREFIX } from './keys';

export interface StorageFault {
  message: string;
  since: number;
  pending: number;
}

/** Events whose IndexedDB write failed, by storage key. */
export async function readPending(
  local: StorageArea = browser.storage.local,
): Promise<Record<string, ActivityEvent>> {
  const all = await local.get(null);
  const pending: Record<string, ActivityEvent> = {};
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(PENDING_PREFIX)) pending[key] = value as ActivityEvent;
  }
  return pending;
}

/** The fault while any write is still waiting; null once all have landed. */
export async function readFault(local: StorageArea = browser.storage.local): Promise<StorageFault | null> {
  const [pending, stored] = await Promise.all([readPending(local), local.get(FAULT_KEY)]);
  const count = Object.keys(pending).length;
  if (count === 0) return null;
  const last = stored[FAULT_KEY] as Omit<StorageFault, 'pending'> | undefined;
  return { message: last?.message ?? 'unknown error', since: last?.since ?? Date.now(), pending: count };
}

/** Whether a storage change touches the fault (the popup rereads it then). */
export function touchesFault(changedKeys: readonly string[]): boolean {
  return changedKeys.some((k) => k === FAULT_KEY || k.startsWith(PENDING_PREFIX));
}
