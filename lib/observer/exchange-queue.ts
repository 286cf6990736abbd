// Delivers a tab's exchanges to the worker, in order, with at most one message in flight: what
// arrives meanwhile leaves in the next message, together. A lone send goes at once (the badge is
// not delayed); a burst costs the page and the worker one round trip per batch, not per send.
// Nothing waits longer than the answer before it: when the page goes away the queue is sent
// at once (`flush`), and a failed batch is retried (the worker stores each observation under a
// stable key, so a retry never counts twice).

/** Most exchanges in one message (each is at most 64 KB). */
export const MAX_BATCH = 50;
/** Most exchanges waiting; past it, new ones are dropped (the worker refuses a flood anyway). */
export const MAX_QUEUED = 1000;
/** Delays of the retries of a failed batch (the worker may be restarting). */
export const RETRY_DELAYS_MS = [250, 1000, 4000];

export interface ExchangeQueue<T> {
  /** Queues one exchange; false if the queue is full. */
  push(item: T): boolean;
  /** Sends everything waiting now, without waiting for an answer (the page is being hidden). */
  flush(): void;
}

export function createExchangeQueue<T>(
  send: (batch: T[]) => Promise<unknown>,
  signal: AbortSignal,
  delays: readonly number[] = RETRY_DELAYS_MS,
): ExchangeQueue<T> {
  const waiting: T[] = [];
  let busy = false;

  const next = () => {
    busy = false;
    pump();
  };
  const deliver = (batch: T[], attempt: number) => {
    send(batch).then(next, () => {
      const delay = delays[attempt];
      if (delay === undefined || signal.aborted) next();
      else setTimeout(() => (signal.aborted ? next() : deliver(batch, attempt + 1)), delay);
    });
  };
  const pump = () => {
    if (busy || waiting.length === 0 || signal.aborted) return;
    busy = true;
    deliver(waiting.splice(0, MAX_BATCH), 0);
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
  };
}
