// @vitest-environment happy-dom
// The content script's side of unconfirmed sends: which Send clicks start a check, the timer (one
// constant), and the request paths and statuses read from the Performance API (nothing else).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askSendWarnings } from '../../../entrypoints/linkedin.content/ask-warnings';
import { watchComposers } from '../../../entrypoints/linkedin.content/composer-watch';
import {
  createSendChecks,
  type ResourceEntry,
  seenRequests,
} from '../../../entrypoints/linkedin.content/send-check';
import { findComposers } from '../../../lib/linkedin/composers';
import { CONFIRM_WAIT_MS, MAX_SEEN_REQUESTS, type SendCheck } from '../../../lib/messages/send-check';
import type { SendWarningsReply } from '../../../lib/messaging';
import { loadFixture, warning } from './dom';

vi.mock('../../../entrypoints/linkedin.content/ask-warnings', () => ({ askSendWarnings: vi.fn() }));

const ORIGIN = 'https://www.linkedin.com';
const entry = (path: string, startTime: number, status = 200, initiatorType = 'fetch'): ResourceEntry => ({
  name: `${ORIGIN}${path}`,
  startTime,
  initiatorType,
  responseStatus: status,
});

describe('the requests seen around a click', () => {
  it('keeps the page’s own API requests from 1 s before the click: path and status, no query', () => {
    const seen = seenRequests(
      [
        entry('/voyager/api/old', 8_000), // 2 s before the click at 10 000
        entry('/voyager/api/prefetch', 9_500),
        entry('/voyager/api/voyagerRelationshipsDashInvitationsV9?action=create&note=Hi', 10_350, 201),
        entry('/voyager/api/voyagerRelationshipsDashInvitationsV9?action=create', 10_400, 201), // same again
        entry('/static/logo.png', 10_500, 200, 'img'),
        { name: 'https://static.licdn.com/sc/h/x.js', startTime: 10_600, initiatorType: 'fetch' },
        { name: `${ORIGIN}/li/track`, startTime: 10_700, initiatorType: 'beacon' },
      ],
      10_000,
      ORIGIN,
    );
    expect(seen).toEqual([
      { path: '/voyager/api/prefetch', status: 200, ms: -500 },
      { path: '/voyager/api/voyagerRelationshipsDashInvitationsV9', status: 201, ms: 350 },
      { path: '/li/track', status: 0, ms: 700 },
    ]);
  });

  it('is bounded', () => {
    const many = Array.from({ length: 100 }, (_, i) => entry(`/voyager/api/p${i}/${'x'.repeat(300)}`, i));
    const seen = seenRequests(many, 0, ORIGIN);
    expect(seen).toHaveLength(MAX_SEEN_REQUESTS);
    expect(Math.max(...seen.map((r) => r.path.length))).toBe(200);
  });
});

describe('the timer', () => {
  let observed: ((list: { getEntries(): ResourceEntry[] }) => void) | null;
  let pending: ResourceEntry[];
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.parse('2026-11-24T10:00:00Z') });
    observed = null;
    pending = [];
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        constructor(cb: typeof observed) {
          observed = cb;
        }
        observe() {}
        disconnect() {}
        takeRecords() {
          return pending.splice(0);
        }
      },
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('asks the worker once, CONFIRM_WAIT_MS after the click, with what the tab requested', async () => {
    const confirm = vi.fn((_: SendCheck) => Promise.resolve('confirmed'));
    const checks = createSendChecks(new AbortController().signal, confirm);
    const button = {};
    const t0 = performance.now();
    checks.clicked('invite', true, button);
    checks.clicked('invite', true, button); // a double click is one send
    // The page's origin here is happy-dom's; on LinkedIn it is LinkedIn's.
    const own = (path: string, at: number, status: number) => ({
      ...entry(path, at, status),
      name: `${location.origin}${path}`,
    });
    observed?.({ getEntries: () => [own('/voyager/api/moved', t0 + 300, 201)] });
    pending.push(own('/voyager/api/late', t0 + 7_000, 500)); // not delivered to the callback yet
    vi.advanceTimersByTime(CONFIRM_WAIT_MS - 1);
    expect(confirm).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]?.[0]).toEqual({
      kind: 'invite',
      withNote: true,
      clickAt: Date.parse('2026-11-24T10:00:00Z'),
      requests: [
        { path: '/voyager/api/moved', status: 201, ms: 300 },
        { path: '/voyager/api/late', status: 500, ms: 7_000 },
      ],
    });
  });

  it('counts two sends from one composer a second apart as two, and retries a worker that is away', async () => {
    const confirm = vi
      .fn((_: SendCheck) => Promise.resolve('unconfirmed'))
      .mockRejectedValueOnce(new Error('worker restarting'));
    const checks = createSendChecks(new AbortController().signal, confirm);
    const form = {};
    checks.clicked('message', false, form);
    vi.advanceTimersByTime(1_000);
    checks.clicked('message', false, form);
    await vi.advanceTimersByTimeAsync(CONFIRM_WAIT_MS + 500);
    const kinds = confirm.mock.calls.map((c) => [c[0].kind, c[0].clickAt, 'withNote' in c[0]]);
    expect(kinds).toEqual([
      ['message', Date.parse('2026-11-24T10:00:00Z'), false],
      ['message', Date.parse('2026-11-24T10:00:00Z'), false], // the retry, 250 ms later
      ['message', Date.parse('2026-11-24T10:00:01Z'), false],
    ]);
  });

  it('asks nothing once the content script is gone', () => {
    const confirm = vi.fn((_: SendCheck) => Promise.resolve('confirmed'));
    const stop = new AbortController();
    createSendChecks(stop.signal, confirm).clicked('inmail', false, {});
    stop.abort();
    vi.advanceTimersByTime(CONFIRM_WAIT_MS * 2);
    expect(confirm).not.toHaveBeenCalled();
  });
});

describe('which clicks start a check', () => {
  let ctx: ContentScriptContext;
  afterEach(() => ctx.abort());

  function start(r: SendWarningsReply) {
    vi.mocked(askSendWarnings).mockResolvedValue(r as never);
    const onSend = vi.fn();
    ctx = new ContentScriptContext(`pacer-send-check-${Math.random()}`);
    watchComposers(ctx, undefined, onSend);
    return onSend;
  }
  const composer = () => {
    const [c] = findComposers(document);
    if (!c) throw new Error('fixture not recognised');
    return c;
  };

  it('not a page script’s click, nor one "Send anyway?" held back; the user’s "Send anyway" yes', async () => {
    loadFixture('invite-shadow-en');
    const c = composer();
    (c.sendButton as HTMLButtonElement).disabled = false;
    const onSend = start({ warnings: [warning()], confirm: true, timeZone: 'UTC' });
    const banner = await vi.waitFor(() => {
      const b = c.sendButton.getRootNode() as ParentNode;
      const el = b.querySelector<HTMLElement>('[data-pacer-banner]');
      if (!el) throw new Error('no banner yet');
      return el;
    });
    c.sendButton.click(); // untrusted, and held back by the question
    expect(onSend).not.toHaveBeenCalled();
    banner.shadowRoot?.querySelector<HTMLButtonElement>('button[data-act="send"]')?.click();
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(onSend.mock.calls[0]?.[0]).toMatchObject({ surface: 'invite' });
  });

  it('finds a composer whose Send is clicked before the watcher’s scan did', async () => {
    start({ warnings: [], confirm: true, timeZone: 'UTC' });
    await new Promise((r) => setTimeout(r, 150)); // the first scan: nothing yet
    vi.mocked(askSendWarnings).mockClear();
    loadFixture('message-overlay');
    const c = composer();
    (c.sendButton as HTMLButtonElement).disabled = false;
    c.sendButton.click(); // at once: the scan the DOM change scheduled has not run
    await Promise.resolve();
    await Promise.resolve();
    expect(askSendWarnings).toHaveBeenCalledWith({ surface: 'message' });
  });

  it('a synthetic click on a message composer’s Send starts nothing', async () => {
    loadFixture('message-overlay');
    const c = composer();
    const onSend = start({ warnings: [], confirm: true, timeZone: 'UTC' });
    await new Promise((r) => setTimeout(r, 50));
    c.sendButton.click();
    expect(onSend).not.toHaveBeenCalled();
  });
});
