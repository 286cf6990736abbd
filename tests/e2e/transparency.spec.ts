// The page-world observer must be invisible: the same script run on a LinkedIn page (wrapped
// fetch/XHR) and on a page Pacer never touches must see exactly the same behaviour.
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchPacer, type Pacer, storedCounts } from './support/browser';

const INVITE = '/voyager/api/voyagerRelationshipsDashMemberRelationships?action=verifyQuotaAndCreateV2';
const BODY = JSON.stringify({
  invitee: { inviteeUnion: { memberProfile: 'urn:li:fsd_profile:ACoAAProbe00001' } },
});

let pacer: Pacer;
let invitation = 0;

async function routeProbe(context: BrowserContext, origin: string) {
  await context.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/probe')
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>probe</title>',
      });
    if (url.pathname === '/fail') return route.abort('failed');
    if (url.pathname === '/slow') {
      await new Promise((r) => setTimeout(r, 300));
      return route.fulfill({ status: 200, body: 'late' }).catch(() => {});
    }
    if (url.pathname.startsWith('/voyager/api/voyagerRelationshipsDashMemberRelationships')) {
      const urn = `urn:li:fsd_invitation:${900 + ++invitation}`;
      return route.fulfill({
        status: 201,
        contentType: 'application/json',
        headers: { 'x-probe': 'yes' },
        body: JSON.stringify({ data: { value: { invitationUrn: urn } } }),
      });
    }
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'nope' });
  });
}

beforeAll(async () => {
  pacer = await launchPacer();
  // More specific routes win over the fake LinkedIn's catch-all (last registered first).
  await routeProbe(pacer.context, 'https://www.linkedin.com');
  await routeProbe(pacer.context, 'https://probe.test');
});
afterAll(async () => {
  await pacer.close();
});

/** Runs in the page: records everything page code can observe. */
async function probe({ invite, body }: { invite: string; body: string }) {
  const log: unknown[] = [];
  const xhr = (setup: (x: XMLHttpRequest) => void, send: (x: XMLHttpRequest) => void) =>
    new Promise<void>((resolve) => {
      const x = new XMLHttpRequest();
      const events: string[] = [];
      for (const type of ['loadstart', 'progress', 'load', 'error', 'abort', 'loadend'])
        x.addEventListener(type, () => events.push(type));
      x.onreadystatechange = () => events.push(`rs${x.readyState}`);
      x.addEventListener('loadend', () => {
        log.push({
          events,
          status: x.status,
          type: x.responseType,
          text: x.responseType === '' ? x.responseText : null,
          json: x.responseType === 'json' ? x.response : null,
          header: x.getResponseHeader('x-probe'),
        });
        resolve();
      });
      setup(x);
      send(x);
    });
  await xhr(
    (x) => x.open('POST', invite),
    (x) => x.send(body),
  );
  await xhr(
    (x) => {
      x.open('POST', invite);
      x.responseType = 'json';
    },
    (x) => x.send(body),
  );
  await xhr(
    (x) => x.open('GET', '/missing'),
    (x) => x.send(),
  );
  await xhr(
    (x) => x.open('GET', '/fail'),
    (x) => x.send(),
  );
  await xhr(
    (x) => x.open('GET', '/slow'),
    (x) => {
      x.send();
      setTimeout(() => x.abort(), 20);
    },
  );
  const xs = new XMLHttpRequest();
  log.push({
    openReturns: xs.open('GET', '/missing') === undefined,
    proto: Object.getPrototypeOf(xs) === XMLHttpRequest.prototype,
  });

  const r = await fetch(invite, { method: 'POST', body });
  log.push({
    fetch: r.status,
    ok: r.ok,
    header: r.headers.get('x-probe'),
    type: r.type,
    redirected: r.redirected,
    body: await r.json(),
  });
  const req = new Request(invite, { method: 'POST', body });
  const r2 = await fetch(req);
  log.push({ request: r2.status, used: req.bodyUsed, text: await r2.text() });
  const s = await fetch(invite, { method: 'POST', body });
  const reader = s.body?.getReader();
  let streamed = '';
  for (;;) {
    const part = await reader?.read();
    if (!part || part.done) break;
    streamed += new TextDecoder().decode(part.value);
  }
  log.push({ streamed });
  log.push(
    await fetch('/fail').then(
      () => 'resolved',
      (e: Error) => `${e.name}`,
    ),
  );
  const ac = new AbortController();
  const pending = fetch('/slow', { signal: ac.signal });
  ac.abort();
  log.push(
    await pending.then(
      () => 'resolved',
      (e: Error) => `${e.name}`,
    ),
  );
  log.push({ fetchName: fetch.name, fetchLength: fetch.length });
  return JSON.parse(JSON.stringify(log).replace(/fsd_invitation:\d+/g, 'fsd_invitation:N'));
}

describe('transparent observer', () => {
  it('behaves identically with and without Pacer, and still observes the sends', async () => {
    const linkedin = await pacer.context.newPage();
    await linkedin.goto('https://www.linkedin.com/probe');
    const plain = await pacer.context.newPage();
    await plain.goto('https://probe.test/probe');

    const wrappedLog = await linkedin.evaluate(probe, { invite: INVITE, body: BODY });
    const plainLog = await plain.evaluate(probe, { invite: INVITE, body: BODY });
    expect(wrappedLog).toEqual(plainLog);
    expect(wrappedLog.length).toBeGreaterThan(10);

    // 2 XHR + 3 fetch invites with distinct invitation URNs were observed on LinkedIn.
    const counts = await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 5,
    );
    expect(counts.invite).toBe(5);
  });
});
