// When IndexedDB refuses a write (cannot open, quota exceeded, a transaction aborted, a stall),
// the observation is not dropped: it waits in extension storage and is written again later, and
// the fault is shown (badge "?", a line in the popup) until every waiting write has landed.
// One storage key per waiting event: holding and retrying never overwrite each other's work.
// The worker is the only writer of those keys, so once it has read them it remembers which are
// waiting: while none is, a badge refresh costs no storage read at all.
import type { ActivityEvent } from '../domain/activity';
import { t } from '../i18n/t';
import type { StorageArea } from '../storage/area';
import { readFault, readPending, type StorageFault } from '../storage/fault';
import { FAULT_KEY, pendingKey } from '../storage/keys';
import { formatCount } from '../ui/format';

export interface FaultStore {
  /** The fault, if any write is waiting: no storage read while none is known to be. */
  current(): Promise<StorageFault | null>;
  /** Keeps events whose write failed, and records why. */
  hold(events: ActivityEvent[], error: unknown, now: number): Promise<void>;
  /**
   * Writes the waiting events again with `write` (idempotent by key), removing each once it landed.
   * On a new failure the rest keep waiting. Returns how many landed.
   */
  retry(write: (e: ActivityEvent) => Promise<unknown>, now: number): Promise<number>;
}

export function createFaultStore(local: StorageArea): FaultStore {
  /** Keys of waiting writes as this worker last saw them; null: unknown, read storage. */
  let known: Set<string> | null = null;
  /** Bumped around every hold, so a read that raced with one is not trusted. */
  let holds = 0;

  async function hold(events: ActivityEvent[], error: unknown, now: number): Promise<void> {
    holds++;
    known = null;
    try {
      const previous = (await local.get(FAULT_KEY))[FAULT_KEY] as { since?: number } | undefined;
      const entries = Object.fromEntries(events.map((e) => [pendingKey(e.key), e]));
      await local.set({
        ...entries,
        [FAULT_KEY]: { message: describeError(error), since: previous?.since ?? now, pending: events.length },
      });
    } finally {
      holds++;
      known = null;
    }
  }

  return {
    current: () => (known?.size === 0 ? Promise.resolve(null) : readFault(local)),
    hold,
    async retry(write, now) {
      if (known?.size === 0) return 0;
      const before = holds;
      const pending = await readPending(local);
      if (holds === before) known = new Set(Object.keys(pending));
      let landed = 0;
      for (const [key, event] of Object.entries(pending)) {
        try {
          await write(event);
        } catch (error) {
          await hold([], error, now);
          return landed;
        }
        await local.remove(key);
        known?.delete(key);
        landed++;
      }
      if ((await readFault(local)) === null) await local.remove(FAULT_KEY);
      return landed;
    },
  };
}

/** "QuotaExceededError: …": the underlying error when Dexie wrapped it in its own. */
export function describeError(error: unknown): string {
  const inner = (error as { inner?: unknown } | null)?.inner;
  const base = inner instanceof Error ? inner : error;
  return base instanceof Error ? `${base.name}: ${base.message}` : String(base);
}

/** The badge's reason while writes wait: "3 not saved yet (QuotaExceededError: …); retrying". */
export function notSavedReason(fault: Pick<StorageFault, 'pending' | 'message'>): string {
  return t('badge.notSaved', fault.pending, { count: formatCount(fault.pending), message: fault.message });
}
