// When IndexedDB refuses a write (cannot open, quota exceeded, a transaction aborted), the
// observation is not dropped: it waits in extension storage and is written again later, and
// the fault is shown (badge "?", a line in the popup) until every waiting write has landed.
import { browser } from 'wxt/browser';
import type { ActivityEvent } from '../domain/activity';

export const FAULT_KEY = 'storageFault';
const PENDING_KEY = 'pendingEvents';
/** Enough for weeks of heavy use; past it the oldest waiting events give way (and the fault says so). */
const MAX_PENDING = 5_000;

export interface StorageFault {
  message: string;
  since: number;
  pending: number;
  dropped: number;
}

export async function readFault(): Promise<StorageFault | null> {
  const stored = await browser.storage.local.get(FAULT_KEY);
  return (stored[FAULT_KEY] as StorageFault | undefined) ?? null;
}

async function readPending(): Promise<ActivityEvent[]> {
  const stored = await browser.storage.local.get(PENDING_KEY);
  return (stored[PENDING_KEY] as ActivityEvent[] | undefined) ?? [];
}

/** Keeps events whose write failed, and records the fault. */
export async function holdFailedWrites(events: ActivityEvent[], error: unknown, now: number): Promise<void> {
  const waiting = await readPending();
  const seen = new Set(waiting.map((e) => e.key));
  const merged = [...waiting, ...events.filter((e) => !seen.has(e.key))];
  const dropped = Math.max(0, merged.length - MAX_PENDING);
  const kept = merged.slice(dropped);
  const previous = await readFault();
  const fault: StorageFault = {
    message: describeError(error),
    since: previous?.since ?? now,
    pending: kept.length,
    dropped: (previous?.dropped ?? 0) + dropped,
  };
  await browser.storage.local.set({ [PENDING_KEY]: kept, [FAULT_KEY]: fault });
}

/**
 * Writes the waiting events again with `write` (idempotent by key). Clears the fault once all
 * have landed; on a new failure keeps the rest waiting. Returns how many landed.
 */
export async function retryHeldWrites(
  write: (e: ActivityEvent) => Promise<unknown>,
  now: number,
): Promise<number> {
  const waiting = await readPending();
  if (waiting.length === 0) {
    if (await readFault()) await browser.storage.local.remove(FAULT_KEY);
    return 0;
  }
  let landed = 0;
  try {
    for (const e of waiting) {
      await write(e);
      landed++;
    }
  } catch (error) {
    await browser.storage.local.set({ [PENDING_KEY]: waiting.slice(landed) });
    await holdFailedWrites([], error, now);
    return landed;
  }
  await browser.storage.local.remove([PENDING_KEY, FAULT_KEY]);
  return landed;
}

/** "QuotaExceededError: …": the underlying error when Dexie wrapped it in its own. */
export function describeError(error: unknown): string {
  const inner = (error as { inner?: unknown } | null)?.inner;
  const base = inner instanceof Error ? inner : error;
  return base instanceof Error ? `${base.name}: ${base.message}` : String(base);
}
