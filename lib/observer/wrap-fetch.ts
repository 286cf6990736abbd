// Wraps `fetch` so the page sees exactly what it would without Pacer: the same promise
// settles with the same Response or error, at the same time. Only relevant requests are
// looked at; their answer is read from a clone, after the page already has it.
import type { Exchange } from '../linkedin/vocabulary';
import { bodyToText } from './request-body';

export type Relevance = (method: string, url: string) => boolean;
export type Sink = (exchange: Exchange) => void;

export function wrapFetch(
  scope: { fetch: typeof fetch },
  absolute: (url: string) => string,
  relevant: Relevance,
  sink: Sink,
) {
  const original = scope.fetch;
  if (typeof original !== 'function') return;
  const wrapped = function fetch(
    this: unknown,
    input: RequestInfo | URL,
    init?: RequestInit,
  ): Promise<Response> {
    let observe: ((response: Response) => void) | null = null;
    try {
      observe = prepare(input, init, absolute, relevant, sink);
    } catch {
      observe = null;
    }
    // biome-ignore lint/complexity/noArguments: forward exactly what the page passed
    const result = original.apply(this, arguments as unknown as [RequestInfo | URL, RequestInit?]);
    if (observe) {
      const seen = observe;
      result.then(
        (response) => {
          try {
            seen(response);
          } catch {}
        },
        () => {},
      );
    }
    return result;
  };
  // Page code may look at these; keep them the native ones.
  Object.defineProperties(wrapped, { name: { value: original.name }, length: { value: original.length } });
  scope.fetch = wrapped as typeof fetch;
}

function prepare(
  input: RequestInfo | URL,
  init: RequestInit | undefined,
  absolute: (url: string) => string,
  relevant: Relevance,
  sink: Sink,
): ((response: Response) => void) | null {
  const isRequest = typeof Request !== 'undefined' && input instanceof Request;
  const rawUrl = typeof input === 'string' ? input : isRequest ? input.url : String(input);
  const method = String(init?.method ?? (isRequest ? input.method : 'GET'));
  const url = absolute(rawUrl);
  if (!relevant(method, url)) return null;
  let body: string | undefined | Promise<string | undefined>;
  if (init && init.body !== undefined) body = bodyToText(init.body);
  else if (isRequest && input.body !== null && !input.bodyUsed) body = input.clone().text();
  return (response) => {
    const copy = response.clone();
    Promise.all([body, copy.text()]).then(
      ([requestBody, responseBody]) => {
        try {
          sink({ method, url, requestBody, status: response.status, responseBody });
        } catch {}
      },
      () => {},
    );
  };
}
