// Nothing lost, nothing double counted, nothing let in — in a real browser: bursts from several
// tabs, one send seen by two frames, a replayed send, and a page forging bridge messages.
import type { Frame, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually, launchPacer, type Pacer, storedEvents } from './support/browser';
import { sendInvite } from './support/linkedin-actions';

const INVITE =
  'https://www.linkedin.com/voyager/api/voyagerRelationshipsDashMemberRelationships?action=verifyQuotaAndCreateV2';
const INVITE_PATH = '/voyager/api/voyagerRelationshipsDashMemberRelationships';
const inviteBody = (id: string) =>
  JSON.stringify({ invitee: { inviteeUnion: { memberProfile: `urn:li:fsd_profile:${id}` } } });

let pacer: Pacer;
beforeEach(async () => {
  pacer = await launchPacer();
});
afterEach(async () => {
  await pacer.close();
});

/** In the page (or frame): every body sent at once to the invite endpoint, as LinkedIn's app would. */
function sendAll(target: Page | Frame, bodies: string[], via: 'fetch' | 'xhr' = 'fetch'): Promise<number[]> {
  return target.evaluate(
    ({ url, bodies, via }) =>
      Promise.all(
        bodies.map((body) =>
          via === 'fetch'
            ? fetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json; charset=UTF-8', 'csrf-token': 'ajax:0000' },
                body,
              }).then(async (r) => {
                await r.text();
                return r.status;
              })
            : new Promise<number>((resolve) => {
                const x = new XMLHttpRequest();
                x.open('POST', url);
                x.setRequestHeader('content-type', 'application/json; charset=UTF-8');
                x.addEventListener('loadend', () => resolve(x.status));
                x.send(body);
              }),
        ),
      ),
    { url: INVITE, bodies, via },
  );
}

interface Stored {
  key: string;
  kind: string;
  account: string;
  target?: string;
}
const events = async () => (await storedEvents(pacer)) as unknown as Stored[];
const invites = async () => (await events()).filter((e) => e.kind === 'invite');

/** Waits for `ok`, then keeps reading for `quietMs` so that a late duplicate would show up. */
async function settled<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000, quietMs = 1500) {
  const first = await eventually(read, ok, timeoutMs);
  if (!ok(first)) return first;
  await new Promise((r) => setTimeout(r, quietMs));
  return read();
}

const self = () => `urn:li:fsd_profile:${pacer.linkedin.self.id}`;
const invitePosts = () =>
  pacer.linkedin.requests.filter((r) => r.method === 'POST' && r.path.startsWith(INVITE_PATH));

describe('concurrency', () => {
  it('a burst of 200 sends in about a second from two tabs is stored exactly', async () => {
    const a = await pacer.openLinkedIn('/in/jane-doe/');
    const b = await pacer.openLinkedIn('/in/john-roe/');
    // Tab A: 100 different people. Tab B: the same body 100 times, each answered with its own
    // invitation (a same-looking request LinkedIn accepted again is a new send).
    const bodiesA = Array.from({ length: 100 }, (_, i) =>
      inviteBody(`ACoAABurstA${String(i).padStart(5, '0')}`),
    );
    const bodiesB = Array.from({ length: 100 }, () => inviteBody('ACoAABurstSame001'));
    const t0 = Date.now();
    const [statusA, statusB] = await Promise.all([sendAll(a, bodiesA), sendAll(b, bodiesB)]);
    const sentMs = Date.now() - t0;
    expect([...statusA, ...statusB].every((s) => s === 200)).toBe(true);
    expect(invitePosts()).toHaveLength(200);

    const stored = await settled(invites, (x) => x.length >= 200);
    const storedMs = Date.now() - t0;
    console.log(`burst: 200 sends answered in ${sentMs} ms, all stored after ${storedMs} ms`);
    expect(stored).toHaveLength(200);
    expect(new Set(stored.map((e) => e.key)).size).toBe(200);
    expect(stored.filter((e) => e.target === 'urn:li:fsd_profile:ACoAABurstSame001')).toHaveLength(100);
    // All of them on the member's account, none left behind under "unknown".
    expect(stored.filter((e) => e.account !== self())).toEqual([]);
  });

  it('sends still waiting to leave the tab when it closes are stored', async () => {
    const page = await pacer.openLinkedIn('/feed/');
    await page.locator('#connect').waitFor();
    // Counts what the observer hands over, so the tab closes right after the last send crossed.
    await page.evaluate(() => {
      const w = window as unknown as { bridged: number };
      w.bridged = 0;
      window.addEventListener('__pacer:exchange', () => w.bridged++);
    });
    const bodies = Array.from({ length: 40 }, (_, i) =>
      inviteBody(`ACoAAClosing${String(i).padStart(5, '0')}`),
    );
    await sendAll(page, bodies);
    await page.waitForFunction(() => (window as unknown as { bridged: number }).bridged >= 40);
    // Most of these wait behind the first message to the worker when the tab goes (a user's close).
    await page.close({ runBeforeUnload: true });
    const stored = await settled(invites, (x) => x.length >= 40);
    expect(stored.map((e) => e.target).sort()).toEqual(
      bodies.map((b) => JSON.parse(b).invitee.inviteeUnion.memberProfile).sort(),
    );
  });

  it('the same send seen by two frames is stored once', async () => {
    pacer.linkedin.fixedInvitationUrn = 'urn:li:fsd_invitation:4242424242';
    const page = await pacer.openLinkedIn('/__pacer_fixture__/frames/');
    const child = page.frame({ name: 'child' });
    if (!child) throw new Error('no child frame');
    await child.waitForSelector('#ready');
    const body = inviteBody('ACoAAFramesOne01');
    const t0 = Date.now();
    await Promise.all([sendAll(page, [body]), sendAll(child, [body])]);
    expect(invitePosts()).toHaveLength(2);

    // A different send from the child frame: proves the child's observer reports at all, and
    // comes after both copies of the first one.
    pacer.linkedin.fixedInvitationUrn = null;
    await sendAll(child, [inviteBody('ACoAAFramesTwo02')]);
    const stored = await settled(invites, (x) => x.length >= 2);
    console.log(`two frames: settled after ${Date.now() - t0} ms`);
    expect(stored).toHaveLength(2);
    expect(stored.filter((e) => e.key === 'invite:4242424242')).toHaveLength(1);
    expect(stored.filter((e) => e.target === 'urn:li:fsd_profile:ACoAAFramesTwo02')).toHaveLength(1);
  });

  it('a replayed or retried send is stored once, even across a worker restart', async () => {
    pacer.linkedin.fixedInvitationUrn = 'urn:li:fsd_invitation:5151515151';
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    const body = inviteBody('ACoAAReplayOne01');
    const t0 = Date.now();
    await sendAll(page, [body]); // the send
    await sendAll(page, [body], 'xhr'); // the app retries it by XHR, LinkedIn answers the same
    await sendAll(page, [body, body]); // and twice more at once
    await eventually(invites, (x) => x.length >= 1);
    // The worker dies; the retry after it restarts gets the same answer.
    await pacer.killWorker();
    await sendAll(page, [body]);
    // A retry LinkedIn refuses as already sent counts nothing either.
    pacer.linkedin.fixedInvitationUrn = null;
    pacer.linkedin.inviteMode = 'cant-resend';
    await sendAll(page, [body]);
    // Then a new send: everything before it has been reported by then.
    pacer.linkedin.inviteMode = 'ok';
    await sendAll(page, [inviteBody('ACoAAReplayTwo02')]);
    expect(invitePosts()).toHaveLength(7);

    const stored = await settled(invites, (x) => x.length >= 2);
    console.log(`replay: settled after ${Date.now() - t0} ms`);
    expect(stored).toHaveLength(2);
    expect(stored.filter((e) => e.key === 'invite:5151515151')).toHaveLength(1);
    expect((await events()).filter((e) => e.kind === 'limit-reached')).toEqual([]);
  });
});

describe('hostile bridge input', () => {
  it('forged, garbage, oversize and foreign messages count nothing; a flood of 5,000 leaves the page responsive and a genuine send still counts', async () => {
    const page = await pacer.openLinkedIn('/feed/');
    await page.locator('#connect').waitFor();
    const result = await page.evaluate(() => {
      const invite =
        'https://www.linkedin.com/voyager/api/voyagerRelationshipsDashMemberRelationships?action=verifyQuotaAndCreateV2';
      const honest = {
        method: 'POST',
        url: invite,
        status: 200,
        requestBody: JSON.stringify({
          invitee: { inviteeUnion: { memberProfile: 'urn:li:fsd_profile:ACoAAForged0001' } },
        }),
        responseBody: JSON.stringify({ data: { value: { invitationUrn: 'urn:li:fsd_invitation:666' } } }),
      };
      const j = (x: unknown) => JSON.stringify(x);
      const pad = 'x'.repeat(70_000);
      // Dropped by the content script: not JSON, wrong types, other hosts, oversize.
      const garbage: unknown[] = [
        'garbage',
        '{"method":',
        'null',
        '[]',
        12345,
        { ...honest }, // an object, not a JSON string
        null,
        j({ ...honest, url: 'https://evil.example/voyager/api/voyagerRelationshipsDashMemberRelationships' }),
        j({ ...honest, url: invite.replace('www.linkedin.com', 'www.linkedin.com.evil.io') }),
        j({ ...honest, url: invite.replace('https:', 'http:') }),
        j({ ...honest, url: invite.replace('https://www.linkedin.com', 'https://www.linkedin.com@evil.io') }),
        j({ ...honest, requestBody: `${honest.requestBody.slice(0, -1)},"pad":"${pad}"}` }),
        j({ ...honest, responseBody: pad }),
        j({ ...honest, status: '200' }),
        j({ ...honest, status: 200.5 }),
        j({ ...honest, status: 1e21 }),
        j({ ...honest, requestBody: { invitee: {} } }),
        j({ ...honest, method: '' }),
        j({ ...honest, method: 'POST'.repeat(5) }),
        `{"__proto__":${j(honest)}}`,
        `{"constructor":{"prototype":${j(honest)}}}`,
        j({ exchange: honest }),
        j([honest]),
        `${'['.repeat(30_000)}${']'.repeat(30_000)}`,
      ];
      // Well-formed, so they reach the worker, but nothing an honest send looks like.
      const wellFormed: unknown[] = [
        j({ ...honest, requestBody: 'not json' }),
        j({ ...honest, requestBody: `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}` }),
        j({ ...honest, status: 500, responseBody: '{}' }),
        j({ ...honest, method: 'GET' }),
        j({
          method: 'GET',
          url: 'https://www.linkedin.com/voyager/api/feed/updatesV2',
          status: 200,
          responseBody: '{}',
        }),
      ];
      const fire = (detail: unknown) => window.dispatchEvent(new CustomEvent('__pacer:exchange', { detail }));
      const start = performance.now();
      let reachWorker = 0;
      for (let i = 0; i < 5000; i++) {
        // One in ten well-formed: 500 reach the worker, half the limiter's budget for a tab.
        if (i % 10 === 0) {
          fire(wellFormed[(i / 10) % wellFormed.length]);
          reachWorker++;
        } else fire(garbage[i % garbage.length]);
      }
      const floodMs = performance.now() - start;
      return { floodMs, reachWorker, polluted: ({} as Record<string, unknown>).polluted ?? null };
    });
    expect(result.polluted).toBeNull();
    // The page stays responsive: the whole flood (parsed synchronously by the content script in
    // the dispatch) is quick, and the page answers right after it.
    const t1 = Date.now();
    const timerLag = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const s = performance.now();
          setTimeout(() => resolve(performance.now() - s), 0);
        }),
    );
    const roundTripMs = Date.now() - t1;
    console.log(
      `flood: 5,000 forged messages dispatched in ${result.floodMs.toFixed(0)} ms ` +
        `(${result.reachWorker} well-formed); page answered in ${roundTripMs} ms, timer lag ${timerLag.toFixed(1)} ms`,
    );
    expect(result.floodMs).toBeLessThan(5000);
    expect(roundTripMs).toBeLessThan(1000);

    // A genuine send, by hand, right after: it counts, and it is the only thing that does.
    const t2 = Date.now();
    await sendInvite(page);
    const stored = await settled(events, (x) => x.some((e) => e.kind === 'invite'), 15_000, 2000);
    console.log(`flood: the genuine send was stored ${Date.now() - t2} ms after its click`);
    expect(stored.map((e) => e.kind)).toEqual(['invite']);
    expect(stored[0]?.target).toBe('urn:li:fsd_profile:ACoAAFeedNobody0');
    expect(stored.some((e) => e.key.includes('666'))).toBe(false);
    // And from another tab, too.
    const other = await pacer.openLinkedIn('/feed/');
    await sendAll(other, [inviteBody('ACoAAOtherTab001')]);
    expect((await settled(invites, (x) => x.length >= 2)).length).toBe(2);
  });

  // The worker's per-tab rate limit (lib/background/rate-limit.ts: 1,000 exchanges per tab per 10 s).
  // Runs once handlers.ts uses it: a tab that floods past the limit is cut off for the rest of the
  // window, other tabs are not, and the tab reports again once the window has passed.
  it('a tab flooding past the rate limit is cut off for the window; other tabs still count', async () => {
    const flooded = await pacer.openLinkedIn('/feed/');
    await flooded.locator('#connect').waitFor();
    const other = await pacer.openLinkedIn('/feed/');
    const start = Date.now();
    const floodMs = await flooded.evaluate(() => {
      // Well-formed (they reach the worker) but counting nothing: cheap for the worker to refuse.
      const detail = JSON.stringify({
        method: 'GET',
        url: 'https://www.linkedin.com/voyager/api/feed/updatesV2',
        status: 200,
        responseBody: '{}',
      });
      const s = performance.now();
      for (let i = 0; i < 1500; i++) window.dispatchEvent(new CustomEvent('__pacer:exchange', { detail }));
      return performance.now() - s;
    });
    expect(floodMs).toBeLessThan(3000);
    // Within the window: the flooded tab's next report is refused, the other tab's is not.
    await sendAll(flooded, [inviteBody('ACoAAFloodedTab1')]);
    expect(Date.now() - start).toBeLessThan(8000);
    await sendAll(other, [inviteBody('ACoAAOtherTab001')]);
    const during = await settled(invites, (x) => x.length >= 1, 15_000, 2000);
    expect(during.map((e) => e.target)).toEqual(['urn:li:fsd_profile:ACoAAOtherTab001']);
    // After the window, the flooded tab counts again.
    await new Promise((r) => setTimeout(r, Math.max(0, start + 10_500 - Date.now())));
    await sendAll(flooded, [inviteBody('ACoAAFloodedTab2')]);
    const after = await settled(invites, (x) => x.length >= 2);
    expect(after.map((e) => e.target).sort()).toEqual([
      'urn:li:fsd_profile:ACoAAFloodedTab2',
      'urn:li:fsd_profile:ACoAAOtherTab001',
    ]);
  });
});
