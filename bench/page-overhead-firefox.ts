// Page overhead in Firefox ESR: the Chromium measurement of page-overhead.ts (the same page,
// bench/site/overhead.html, issuing 2,000 mixed fetch/XHR requests with 5 % sends, timed by the page
// itself, median with ÷ median without), in two Firefoxes launched side by side and driven with
// puppeteer-core over WebDriver BiDi as the Firefox tests do (tests/firefox/support): one with the
// Firefox build installed as a temporary add-on (launchFirefox), one with the same profile settings
// and no add-on. Rounds alternate with/without (and which goes first).
//
// What differs from the Chromium figure: every request — the page, the irrelevant ones and the
// sends — is answered by the same BiDi request interception (serveLinkedIn) in both Firefoxes, from
// one server (BenchLinkedIn: canned LinkedIn-like JSON as overhead-sw.js gives, sends by
// FakeLinkedIn). The page's service worker is not used: requests a service worker answers never
// reach BiDi interception, but one whose script is served by it fails to install. So each request's time
// includes a round trip to this Node process, which weighs the same with and without the add-on
// but makes the denominator larger (the ratio is diluted compared with Chromium's).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { BRIDGE_EVENT } from '../lib/observer/bridge';
import { FakeLinkedIn, type Member, type Reply } from '../tests/e2e/support/fake-linkedin';
import { type FirefoxPacer, launchFirefox, serveLinkedIn } from '../tests/firefox/support/firefox';
import { type Figure, figure, median, summary } from './report';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const PAGE_URL = 'https://www.linkedin.com/feed/?pacerBench=1';
/** One request in 20 is a send (5 %). */
const SEND_EVERY = 20;

// The page registers its service worker before a run; here a no-op stands in for it (see above).
const PAGE = readFileSync(resolve(import.meta.dirname, 'site/overhead.html'), 'utf8').replace(
  /const controlled = async \(\) => \{[\s\S]*?\n {8}\};/,
  'const controlled = async () => {};',
);
if (!PAGE.includes('const controlled = async () => {};'))
  throw new Error('overhead.html changed: update the bench');
const INSTRUMENT = readFileSync(resolve(import.meta.dirname, 'site/overhead-instrument.js'), 'utf8').replace(
  '__BRIDGE_EVENT__',
  BRIDGE_EVENT,
);

// overhead-sw.js's answers, given here instead.
const FEED_ITEM = {
  $type: 'com.linkedin.voyager.dash.feed.Update',
  entityUrn: 'urn:li:fsd_update:(urn:li:activity:7260000000000000000,MAIN_FEED,EMPTY,DEFAULT,false)',
  actor: { name: { text: 'Someone Posting' }, description: { text: 'Head of Growth at Example' } },
  commentary: { text: { text: 'Excited to share that our team shipped the new release today. '.repeat(4) } },
  socialDetail: { totalSocialActivityCounts: { numLikes: 128, numComments: 14, numShares: 3 } },
};
const FEED = JSON.stringify({
  data: { paging: { start: 0, count: 10 } },
  included: Array(10).fill(FEED_ITEM),
});
const SMALL = JSON.stringify({
  data: { $type: 'com.linkedin.restli.common.EmptyRecord', count: 3 },
  included: [],
});

/** FakeLinkedIn plus the bench page and the canned answers to its irrelevant requests. */
class BenchLinkedIn extends FakeLinkedIn {
  override respond(method: string, href: string, body: string, member?: Member | { tab: object }): Reply {
    const url = new URL(href);
    const p = url.pathname;
    if (p === '/feed/' && url.searchParams.has('pacerBench'))
      return { status: 200, type: 'text/html; charset=utf-8', body: PAGE };
    if (p === '/li/track') return { status: 200, type: 'text/plain', body: '' };
    if (method === 'GET' && p.startsWith('/voyager/api/') && p !== '/voyager/api/me') {
      const feed = p.includes('feed') || url.search.includes('Feed');
      return { status: 200, type: 'application/json', body: feed ? FEED : SMALL };
    }
    return super.respond(method, href, body, member);
  }
}

interface RunResult {
  wallMs: number;
  requests: number;
  sends: number;
  loadMs: number;
  touchedRequests: number;
}

/** `beforeClose`: runs with the tab still open, after the timed run. */
async function oneRun(
  browser: Browser,
  linkedin: FakeLinkedIn,
  o: RunOptions,
  beforeClose?: (r: RunResult) => Promise<void>,
): Promise<RunResult> {
  const page: Page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(INSTRUMENT);
    await serveLinkedIn(page, linkedin);
    await page.goto(PAGE_URL, { waitUntil: 'load' });
    const loadMs = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return nav ? nav.loadEventStart : Number.NaN;
    });
    const r = await page.evaluate(
      (o) =>
        (
          window as unknown as { __pacerBench: { run(o: object): Promise<Omit<RunResult, 'loadMs'>> } }
        ).__pacerBench.run(o),
      { requests: o.requests, every: o.every, wave: 50, round: o.round },
    );
    const result = {
      wallMs: r.wallMs,
      requests: r.requests,
      sends: r.sends,
      touchedRequests: r.touchedRequests,
      loadMs,
    };
    await beforeClose?.(result);
    return result;
  } finally {
    await page.close();
  }
}

interface RunOptions {
  round: number;
  requests: number;
  every: number;
}

/** Events the add-on has stored, read on one of its pages. */
async function storedCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((res, rej) => {
        const open = indexedDB.open('pacer');
        open.onerror = () => rej(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const q = db.transaction('events').objectStore('events').count();
          q.onsuccess = () => {
            db.close();
            res(q.result);
          };
          q.onerror = () => rej(q.error);
        };
      }),
  );
}

export interface FirefoxOverheadOptions {
  rounds: number;
  requests: number;
}

export async function benchPageOverheadFirefox(o: FirefoxOverheadOptions): Promise<{
  figures: Figure[];
  diagnostics: Record<string, unknown>;
}> {
  let pacer: FirefoxPacer | null = null;
  let plain: Browser | null = null;
  try {
    pacer = await launchFirefox({ linkedin: new BenchLinkedIn() });
    // launchFirefox's Firefox, minus the add-on.
    plain = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
    });
    const ext = pacer;
    const bare = plain;
    const bareLinkedIn = new BenchLinkedIn();
    const probe = await ext.openPage('options.html');
    const drains: number[] = [];
    let stored = 0;
    const runWith = async (r: RunOptions) => {
      const before = await storedCount(probe);
      // Let the add-on store this round's sends, with the tab still open (as a person's stays):
      // its work must not spill into a run without it. The content script gathers a burst's last
      // batch for up to a second; closing the tab at once would leave that batch to `pagehide`,
      // which Firefox does not always deliver from a closing tab (bench/README.md).
      const drain = async (result: RunResult) => {
        const t = Date.now();
        let now = before;
        let movedAt = t;
        while (now < before + result.sends && Date.now() - movedAt < 3000 && Date.now() - t < 15_000) {
          await new Promise((res) => setTimeout(res, 100));
          const next = await storedCount(probe);
          if (next !== now) movedAt = Date.now();
          now = next;
        }
        drains.push(Date.now() - t);
        stored += now - before;
      };
      return oneRun(ext.browser, ext.linkedin, r, drain);
    };
    const runWithout = (r: RunOptions) => oneRun(bare, bareLinkedIn, r);

    // Warm-up (half size), one each.
    await runWith({ round: 0, requests: o.requests / 2, every: SEND_EVERY });
    await runWithout({ round: 0, requests: o.requests / 2, every: SEND_EVERY });
    stored = 0;
    drains.length = 0;
    const withRuns: RunResult[] = [];
    const withoutRuns: RunResult[] = [];
    for (let i = 0; i < o.rounds; i++) {
      const r = { round: i + 1, requests: o.requests, every: SEND_EVERY };
      if (i % 2 === 0) {
        withRuns.push(await runWith(r));
        withoutRuns.push(await runWithout(r));
      } else {
        withoutRuns.push(await runWithout(r));
        withRuns.push(await runWith(r));
      }
    }

    const wallWith = withRuns.map((r) => r.wallMs);
    const wallWithout = withoutRuns.map((r) => r.wallMs);
    const sends = withRuns.reduce((s, r) => s + r.sends, 0);
    const pairedRatios = wallWith.map((w, i) => Number((w / (wallWithout[i] as number)).toFixed(3)));
    const figures: Figure[] = [
      figure({
        id: 'overheadFirefox.ratio',
        group: 'Page overhead (Firefox)',
        label: `${o.requests} fetch/XHR in Firefox ESR, median with ÷ without`,
        value: median(wallWith) / median(wallWithout),
        unit: 'ratio',
        budget: { op: '<=', value: 1.05 },
        detail: {
          firefox: await ext.browser.version(),
          rounds: o.rounds,
          withMs: summary(wallWith, 1),
          withoutMs: summary(wallWithout, 1),
          pairedRatios,
          requestsPerRun: o.requests,
          sendsPerRun: withRuns[0]?.sends,
          note: 'Every request answered by BiDi request interception (serveLinkedIn) from the same server in both Firefoxes; no service worker; 50 in flight at a time.',
        },
      }),
      figure({
        id: 'overheadFirefox.stored',
        group: 'Page overhead (Firefox)',
        label: 'sends stored by the add-on, of all sends (timed rounds)',
        value: sends ? stored / sends : Number.NaN,
        unit: 'ratio',
        detail: { sends, stored, drainMs: summary(drains, 0) },
      }),
      figure({
        id: 'overheadFirefox.touched',
        group: 'Page overhead (Firefox)',
        label: 'irrelevant requests the add-on cloned, listened to or forwarded',
        value: withRuns.reduce((n, r) => n + r.touchedRequests, 0),
        unit: 'requests',
        detail: { note: 'Counted by site/overhead-instrument.js, added with evaluateOnNewDocument' },
      }),
      figure({
        id: 'overheadFirefox.load',
        group: 'Page overhead (Firefox)',
        label: 'page load (navigation → load event), with ÷ without',
        value: median(withRuns.map((r) => r.loadMs)) / median(withoutRuns.map((r) => r.loadMs)),
        unit: 'ratio',
        detail: {
          withMs: summary(
            withRuns.map((r) => r.loadMs),
            1,
          ),
          withoutMs: summary(
            withoutRuns.map((r) => r.loadMs),
            1,
          ),
        },
      }),
    ];
    return {
      figures,
      diagnostics: {
        'overheadFirefox.ratio': {
          extraMsPerRunWithAddOn: Math.round(median(wallWith) - median(wallWithout)),
          pairedRatiosInOrder: pairedRatios,
        },
      },
    };
  } finally {
    await pacer?.close().catch(() => {});
    await plain?.close().catch(() => {});
  }
}
