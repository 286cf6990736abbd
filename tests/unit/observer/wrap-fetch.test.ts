import { describe, expect, it, vi } from 'vitest';
import type { Exchange } from '../../../lib/linkedin/vocabulary';
import { wrapFetch } from '../../../lib/observer/wrap-fetch';

const API = 'https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage';
const OTHER = 'https://www.linkedin.com/voyager/api/feed/updates';
const relevant = (_m: string, url: string) => url.includes('createMessage');
const absolute = (url: string) => (url.startsWith('/') ? `https://www.linkedin.com${url}` : url);

function setup(impl: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  const original = vi.fn(impl);
  const scope = { fetch: original as unknown as typeof fetch };
  const seen: Exchange[] = [];
  wrapFetch(scope, absolute, relevant, (x) => seen.push(x));
  return { scope, original, seen };
}
const flush = () => new Promise((r) => setTimeout(r, 10));

describe('wrapped fetch', () => {
  it('returns the very same Response object and passes the same arguments and this', async () => {
    const response = new Response('{"value":{}}', { status: 201, headers: { 'x-a': '1' } });
    const { scope, original, seen } = setup(async () => response);
    const init = { method: 'POST', body: '{"message":{}}' };
    const got = await scope.fetch(API, init);
    expect(got).toBe(response);
    expect(original).toHaveBeenCalledWith(API, init);
    expect(await got.text()).toBe('{"value":{}}'); // the page can still read its body
    await flush();
    expect(seen).toEqual([
      { method: 'POST', url: API, requestBody: '{"message":{}}', status: 201, responseBody: '{"value":{}}' },
    ]);
  });

  it('never clones or reads irrelevant requests', async () => {
    const response = new Response('x');
    const clone = vi.spyOn(response, 'clone');
    const { scope, seen } = setup(async () => response);
    await scope.fetch(OTHER);
    await flush();
    expect(clone).not.toHaveBeenCalled();
    expect(seen).toEqual([]);
  });

  it('rejects with the same error, unobserved', async () => {
    const error = new TypeError('Failed to fetch');
    const { scope, seen } = setup(async () => {
      throw error;
    });
    await expect(scope.fetch(API, { method: 'POST', body: '{}' })).rejects.toBe(error);
    await flush();
    expect(seen).toEqual([]);
  });

  it('keeps abort behaviour: the page sees its own AbortError', async () => {
    const { scope } = setup(
      (_input, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const controller = new AbortController();
    const pending = scope.fetch(API, { method: 'POST', body: '{}', signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reads a Request body without consuming the one the page sends', async () => {
    const { scope, original, seen } = setup(async (input) => {
      const sent = await (input as Request).text();
      return new Response(`echo:${sent}`);
    });
    const request = new Request(API, { method: 'POST', body: '{"a":1}' });
    const res = await scope.fetch(request);
    expect(original.mock.calls[0]?.[0]).toBe(request);
    expect(await res.text()).toBe('echo:{"a":1}');
    await flush();
    expect(seen[0]).toMatchObject({ method: 'POST', requestBody: '{"a":1}', responseBody: 'echo:{"a":1}' });
  });

  it('leaves a streamed response readable by the page', async () => {
    const body = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('chunk1,'));
        c.enqueue(new TextEncoder().encode('chunk2'));
        c.close();
      },
    });
    const { scope, seen } = setup(async () => new Response(body));
    const res = await scope.fetch(API, { method: 'POST', body: '{}' });
    const reader = res.body?.getReader();
    let text = '';
    for (;;) {
      const part = await reader?.read();
      if (!part || part.done) break;
      text += new TextDecoder().decode(part.value);
    }
    expect(text).toBe('chunk1,chunk2');
    await flush();
    expect(seen[0]?.responseBody).toBe('chunk1,chunk2');
  });

  it('resolves relative URLs and compares methods as given', async () => {
    const { scope, seen } = setup(async () => new Response('{}'));
    await scope.fetch('/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage', {
      method: 'post',
      body: '{}',
    });
    await flush();
    expect(seen[0]).toMatchObject({ url: API, method: 'post' });
  });

  it('survives a sink that throws', async () => {
    const scope = { fetch: (async () => new Response('{}')) as unknown as typeof fetch };
    wrapFetch(scope, absolute, relevant, () => {
      throw new Error('boom');
    });
    await expect(scope.fetch(API, { method: 'POST', body: '{}' })).resolves.toBeInstanceOf(Response);
  });
});
