// Sending to the background can fail while the worker restarts: retry a few times. The
// background stores each observation under a stable key, so a retry never counts twice.
const DELAYS_MS = [250, 1000, 4000];

export function forwardWithRetry(send: () => Promise<unknown>, signal: AbortSignal, attempt = 0): void {
  send().catch(() => {
    const delay = DELAYS_MS[attempt];
    if (delay === undefined || signal.aborted) return;
    setTimeout(() => {
      if (!signal.aborted) forwardWithRetry(send, signal, attempt + 1);
    }, delay);
  });
}
