// IndexedDB can stall rather than fail (an upgrade blocked by another connection, a busy disk).
// A stalled store must look like a failed one, so the worker holds the write and says so.
export class StoreTimeoutError extends Error {
  override name = 'StoreTimeoutError';
}

export const STORE_TIMEOUT_MS = 5_000;

export function withTimeout<T>(work: Promise<T>, ms = STORE_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new StoreTimeoutError(`IndexedDB did not answer within ${ms / 1000} s`)),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
