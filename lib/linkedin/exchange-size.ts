// The size cap on one exchange, shared by both sides of the bridge (a module of its own so the
// content script takes these two values without the worker's zod schema).

/** A whole exchange larger than this (the URL and both bodies) is dropped unread. */
export const MAX_EXCHANGE_CHARS = 64 * 1024;

/** What the 64 KB cap measures, on both sides of the bridge: the URL and both bodies. */
export function exchangeSize(url: string, requestBody?: string, responseBody?: string): number {
  return url.length + (requestBody?.length ?? 0) + (responseBody?.length ?? 0);
}
