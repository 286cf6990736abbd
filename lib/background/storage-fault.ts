// When IndexedDB refuses a write (cannot open, quota exceeded, a transaction aborted, a stall),
// the observation is not dropped: it waits in extension storage and is written again later, and
// the fault is shown (badge "?", a line in the popup) until every waiting write has landed.
// One storage key per waiting event: holding and retrying never overwrite each other's work.
// The worker is the only writer of those keys, so once it has read them it remembers which are
// waiting: while none is, a badge refresh costs no storage read at all.
import { browser } from 'wxt/browser';
import type { ActivityEvent } from '../domain/activity';
import { readFault, readPending, type StorageFault } from '../storage/fault';
import { FAULT_KEY, pendingKey } from '../storage/keys';

export { readFault, type StorageFault };

/** Keys of waiting writes as this worker last saw them; null: unknown, read storage. */
let known: Set<string> | null = null;
/** Bumped around every hold, so a read that raced with one is not trusted. */
let holds = 0;

/** `readFault()` for the worker: no storage read while it knows no write is waiting. */
export function currentFault(): Promise<StorageFault | null> {
  return known?.size === 0 ? Promise.resolve(null) : readFault();
}

/** Keeps events whose write failed, and records why. */
export async function holdFailedWrites(events: ActivityEvent[], error: unknown, now: number): Promise<void> {
  holds++;
  known = null;
  try {
    await hold(events, error, now);
  } finally {
    holds++;
    known = null;
  }
}

async function hold(events: ActivityEvent[], error: unknown, now: number): Promise<void> {
  const previous = (await browser.storage.local.get(FAULT_KEY))[FAULT_KEY] as { since?: number } | undefined;
  const entries = Object.fromEntries(events.map((e) => [pendingKey(e.key), e]));
  await browser.storage.local.set({
    ...entries,
    [FAULT_KEY]: { message: describeError(error), since: previous?.since ?? now, pending: events.length },
  });
}

/**
 * Writes the waiting events again with `write` (idempotent by key), removing each once it landed.
 * On a new failure the rest keep waiting. Returns how many landed.
 */
export async function retryHeldWrites(
  write: (e: ActivityEvent) => Promise<unknown>,
  now: number,
): Promise<number> {
  if (known?.size === 0) return 0;
  const before = holds;
  const pending = await readPending();
  if (holds === before) known = new Set(Object.keys(pending));
  let landed = 0;
  for (const [key, event] of Object.entries(pending)) {
    try {
      await write(event);
    } catch (error) {
      await holdFailedWrites([], error, now);
      return landed;
    }
    await browser.storage.local.remove(key);
    known?.delete(key);
    landed++;
  }
  if ((await readFault()) === null) await browser.storage.local.remove(FAULT_KEY);
  return landed;
}

/** "QuotaExceededError: …": the underlying error when Dexie wrapped it in its own. */
export function describeError(error: unknown): string {
  const inner = (error as { inner?: unknown } | null)?.inner;
  const base = inner instanceof Error ? inner : error;
  return base instanceof Error ? `${base.name}: ${base.message}` : String(base);
}
