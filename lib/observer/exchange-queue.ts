// Delivers a tab's exchanges to the worker, in order, with at most one message in flight: what
// arrives meanwhile leaves in the next message, together. A lone send goes at once (the badge is
// not delayed). In a burst (exchanges were waiting when an answer came back), a message that is
// not full leaves at most once per BURST_GAP_MS: the worker's work per message (a transaction, a
// badge refresh) competes with the page for the machine, and a person never sends that fast by
// hand. A full one leaves at once: the gap gathers batches, it does not slow a backlog.
// When the page goes away the queue is sent at once (`flush`), and a failed batch is retried
// (forward.ts).
import { forwardWithRetry, RETRY_DELAYS_MS } from './forward';

/** Most exchanges in one message (each is at most 64 KB). */
export const MAX_BATCH = 50;
/** Most exchanges waiting; past it, new ones are dropped (the worker refuses a flood anyway). */
export const MAX_QUEUED = 1000;
/** In a burst, the least time between two messages' departures. */
export const BURST_GAP_MS = 1000;

export interface ExchangeQueue<T> {
  /** Queues one exchange; false if the queue is full. */
  push(item: T): boolean;
  /** Sends everything waiting now, without waiting for an answer (the page is being hidden). */
  flush(): void;
  /**
   * Sends what waits without a burst gap, and resolves once everything pushed so far was answered
   * (or given up): the in-page warning asks for the meters after the tab's own sends are stored.
   */
  settle(): Promise<void>;
}

export function createExchangeQueue<T>(
  send: (batch: T[]) => Promise<unknown>,
  signal: AbortSignal,
  delays: readonly number[] = RETRY_DELAYS_MS,
  burstGapMs = BURST_GAP_MS,
): ExchangeQueue<T> {
  const waiting: T[] = [];
  let busy = false;
  let sentAt = Number.NEGATIVE_INFINITY;
  /** A burst gap being waited out. */
  let gap: ReturnType<typeof setTimeout> | null = null;
  /** Someone waits for everything to be answered: no gaps until then. */
  let hurry = false;
  const settled: (() => void)[] = [];

  const next = () => {
    gap = null;
    // Exchanges waiting already: a burst. The next message leaves a gap after the last one, unless
    // it is full already (the gap gathers a batch; it must not hold a backlog) or the clock moved back.
    const since = Date.now() - sentAt;
    const gather = waiting.length > 0 && waiting.length < MAX_BATCH && !hurry;
    const wait = gather && since >= 0 ? burstGapMs - since : 0;
    if (wait > 0 && !signal.aborted) {
      gap = setTimeout(next, wait);
      return;
    }
    busy = false;
    pump();
    if (!busy) {
      hurry = false;
      for (const done of settled.splice(0)) done();
    }
  };
  const pump = () => {
    if (busy || waiting.length === 0 || signal.aborted) return;
    busy = true;
    sentAt = Date.now();
    const batch = waiting.splice(0, MAX_BATCH);
    forwardWithRetry(() => send(batch), signal, next, delays);
  };

  return {
    push(item) {
      if (waiting.length >= MAX_QUEUED) return false;
      waiting.push(item);
      pump();
      return true;
    },
    flush() {
      while (waiting.length > 0) send(waiting.splice(0, MAX_BATCH)).catch(() => {});
    },
    settle() {
      if (!busy && waiting.length === 0) return Promise.resolve();
      hurry = true;
      if (gap !== null) {
        clearTimeout(gap);
        next();
      }
      return busy ? new Promise((done) => settled.push(done)) : Promise.resolve();
    },
  };
}
