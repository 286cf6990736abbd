// Wraps XMLHttpRequest.open/send on the prototype. Page code keeps its own listeners, order
// and return values; for relevant requests one `loadend` listener reads the finished answer.
import type { Exchange } from '../linkedin/vocabulary';
import { bodyToText } from './request-body';
import type { Relevance, Sink } from './wrap-fetch';

interface Pending {
  method: string;
  url: string;
}

export function wrapXhr(
  scope: { XMLHttpRequest?: typeof XMLHttpRequest },
  absolute: (url: string) => string,
  relevant: Relevance,
  sink: Sink,
) {
  const Xhr = scope.XMLHttpRequest;
  if (typeof Xhr !== 'function') return;
  const proto = Xhr.prototype;
  const open = proto.open;
  const send = proto.send;
  const pending = new WeakMap<XMLHttpRequest, Pending | null>();

  proto.open = function (this: XMLHttpRequest, method: string, url: string | URL) {
    try {
      const abs = absolute(String(url));
      const m = String(method);
      pending.set(this, relevant(m, abs) ? { method: m, url: abs } : null);
    } catch {
      pending.delete(this);
    }
    // biome-ignore lint/complexity/noArguments: forward exactly what the page passed
    return open.apply(this, arguments as unknown as Parameters<typeof open>);
  } as typeof open;

  proto.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    const info = pending.get(this);
    if (info) {
      try {
        const requestBody = bodyToText(body);
        const done = () => {
          this.removeEventListener('loadend', done);
          try {
            const responseBody = readResponse(this);
            sink({ ...info, requestBody, status: this.status, responseBody } as Exchange);
          } catch {}
        };
        this.addEventListener('loadend', done);
      } catch {}
    }
    // biome-ignore lint/complexity/noArguments: forward exactly what the page passed
    return send.apply(this, arguments as unknown as Parameters<typeof send>);
  };
}

function readResponse(xhr: XMLHttpRequest): string | undefined {
  const type = xhr.responseType;
  if (type === '' || type === 'text') return xhr.responseText;
  return type === 'json' && xhr.response != null ? JSON.stringify(xhr.response) : undefined;
}
