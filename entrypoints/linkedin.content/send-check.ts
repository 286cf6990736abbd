// After a Send click in a recognised composer: wait CONFIRM_WAIT_MS, then ask the worker whether a
// classified send or refusal followed (it counts an unconfirmed send if not). The timer lives here,
// with the page, so a worker restart loses nothing. With the question go the paths and statuses of
// the tab's own requests around the click, read from the Performance API: never a query string, a
// body or any text, and nothing added to the page-world observer.
import {
  type CheckedKind,
  CONFIRM_WAIT_MS,
  MAX_PATH_CHARS,
  MAX_SEEN_REQUESTS,
  REQUESTS_BEFORE_MS,
  type SeenRequest,
  type SendCheck,
} from '../../lib/messages/send-check';
import { sendMessage } from '../../lib/messaging';
import { forwardWithRetry } from '../../lib/observer/forward';

/** What a PerformanceResourceTiming entry offers that is read here. */
export interface ResourceEntry {
  name: string;
  startTime: number;
  initiatorType: string;
  responseStatus?: number;
}

/** Requests the page's script makes (no images, styles or scripts). */
const SCRIPTED = new Set(['fetch', 'xmlhttprequest', 'beacon']);
/** A second click this soon on the same Send button is the same send (a double click). */
const DOUBLE_CLICK_MS = 600;

/**
 * Adds to `into` the page's own requests among `entries` that started at most REQUESTS_BEFORE_MS
 * before the click (`t0`, performance time): same origin, path only, each path and status once.
 */
export function seenRequests(
  entries: readonly ResourceEntry[],
  t0: number,
  origin: string,
  into: SeenRequest[] = [],
): SeenRequest[] {
  for (const e of entries) {
    if (into.length >= MAX_SEEN_REQUESTS) break;
    if (e.startTime < t0 - REQUESTS_BEFORE_MS || !SCRIPTED.has(e.initiatorType)) continue;
    let url: URL;
    try {
      url = new URL(e.name);
    } catch {
      continue;
    }
    if (url.origin !== origin) continue;
    const path = url.pathname.slice(0, MAX_PATH_CHARS);
    const status = Number.isInteger(e.responseStatus) ? (e.responseStatus as number) : 0;
    if (into.some((r) => r.path === path && r.status === status)) continue;
    into.push({ path, status, ms: Math.round(e.startTime - t0) });
  }
  return into;
}

export interface SendChecks {
  /** The user's Send click in a composer of `kind` (`button`: which Send button). */
  clicked(kind: CheckedKind, withNote: boolean, button: object): void;
}

export function createSendChecks(
  signal: AbortSignal,
  confirm: (check: SendCheck) => Promise<unknown> = (check) => sendMessage('confirmSend', check),
): SendChecks {
  const lastClick = new WeakMap<object, number>();
  return {
    clicked(kind, withNote, button) {
      const clickAt = Date.now();
      const previous = lastClick.get(button);
      lastClick.set(button, clickAt);
      if (signal.aborted || (previous !== undefined && clickAt - previous < DOUBLE_CLICK_MS)) return;
      const t0 = performance.now();
      const requests: SeenRequest[] = [];
      const origin = location.origin;
      let observer: PerformanceObserver | undefined;
      try {
        observer = new PerformanceObserver((list) =>
          seenRequests(list.getEntries() as unknown as ResourceEntry[], t0, origin, requests),
        );
        observer.observe({ type: 'resource', buffered: true });
      } catch {
        observer = undefined; // no Performance API here: the check goes without diagnostics
      }
      setTimeout(() => {
        if (observer) {
          seenRequests(observer.takeRecords() as unknown as ResourceEntry[], t0, origin, requests);
          observer.disconnect();
        }
        if (signal.aborted) return;
        requests.sort((a, b) => a.ms - b.ms);
        const check: SendCheck =
          kind === 'invite' ? { kind, withNote, clickAt, requests } : { kind, clickAt, requests };
        forwardWithRetry(() => confirm(check), signal);
      }, CONFIRM_WAIT_MS);
    },
  };
}
