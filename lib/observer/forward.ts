// Sending to the background can fail while the worker restarts: retry a few times. The
// background stores each observation under a stable key, so a retry never counts twice.
export const RETRY_DELAYS_MS: readonly number[] = [250, 1000, 4000];

/** Sends, retrying after each of `delays`; `done` runs once it was answered or given up. */
export function forwardWithRetry(
  send: () => Promise<unknown>,
  signal: AbortSignal,
  done: () => void = () => {},
  delays = RETRY_DELAYS_MS,
  attempt = 0,
): void {
  send().then(done, () => {
    const delay = delays[attempt];
    if (delay === undefined || signal.aborted) return done();
    setTimeout(() => {
      if (signal.aborted) done();
      else forwardWithRetry(send, signal, done, delays, attempt + 1);
    }, delay);
  });
}
