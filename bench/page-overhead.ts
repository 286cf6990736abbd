// Page overhead in real Chromium: the same LinkedIn-like page (bench/site/overhead.html) issuing
// 2,000 mixed fetch/XHR requests (mostly irrelevant Voyager GETs and tracking POSTs, 5 % sends),
// timed by the page itself, in two browsers launched side by side in this run: one with Pacer
// (launchPacer, tests/e2e/support) and one without (same Chromium and flags, no extension). Rounds
// alternate with/without (and which goes first); the figure is median(with) ÷ median(without).
// No network: in both browsers the page's service worker (bench/site/overhead-sw.js) answers the
// irrelevant requests with canned LinkedIn-like JSON, and the sends go on to Playwright routing,
// answered by FakeLinkedIn. (Routing all 2,000 through Playwright costs ~3 ms each in this Node
// process and made runs swing by ±50 %: far more than the 5 % being measured.)
//
// The page also counts what Pacer does to its requests (clone calls, XHR `loadend` listeners, bridge
// events): irrelevant requests must never be touched.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { BRIDGE_EVENT } from '../lib/observer/bridge';
import { launchPacer, type Pacer } from '../tests/e2e/support/browser';
import {
  benchPage,
  CLASSIFIER_STATE_PROBE,
  cpuSummary,
  inpage,
  launchPlain,
  type PlainBrowser,
  type Profile,
  workerSession,
} from './browser';
import { type Figure, figure, median, summary } from './report';

const PAGE = readFileSync(resolve(import.meta.dirname, 'site/overhead.html'), 'utf8');
const PAGE_URL = 'https://www.linkedin.com/feed/?pacerBench=1';
/** One request in 20 is a send (5 %). */
const SEND_EVERY = 20;

const SW = readFileSync(resolve(import.meta.dirname, 'site/overhead-sw.js'), 'utf8');
const INSTRUMENT = readFileSync(resolve(import.meta.dirname, 'site/overhead-instrument.js'), 'utf8').replace(
  '__BRIDGE_EVENT__',
  BRIDGE_EVENT,
);

/** Serves the bench page and its service worker; everything else falls through to FakeLinkedIn. */
async function answer(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  if (url.pathname === '/feed/' && url.searchParams.has('pacerBench'))
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE });
  if (url.pathname === '/pacer-bench-sw.js')
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: SW });
  return route.fallback();
}

interface RunResult {
  wallMs: number;
  issueMs: number;
  requests: number;
  sends: number;
  loadMs: number;
  counts: Record<string, number>;
  touched: Record<string, number>;
  /** Distinct irrelevant requests touched (cloned, listened to or forwarded). */
  touchedRequests: number;
  observerFirst: boolean;
}

async function oneRun(
  context: BrowserContext,
  round: number,
  requests: number,
  every: number,
): Promise<RunResult> {
  const page: Page = await context.newPage();
  try {
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
      { requests, every, wave: 50, round },
    );
    return { ...r, loadMs };
  } finally {
    await page.close();
  }
}

export interface OverheadOptions {
  rounds: number;
  /** Rounds of the no-send control. */
  controlRounds: number;
  requests: number;
}

export async function benchPageOverhead(o: OverheadOptions): Promise<{
  figures: Figure[];
  diagnostics: Record<string, unknown>;
}> {
  let pacer: Pacer | null = null;
  let plain: PlainBrowser | null = null;
  try {
    [pacer, plain] = [await launchPacer(), await launchPlain()];
    const ext = pacer;
    const bare = plain;
    for (const ctx of [ext.context, bare.context]) {
      await ctx.route(/^https:\/\/(www\.)?linkedin\.com\//, answer);
      await ctx.addInitScript({ content: INSTRUMENT });
    }
    const probe = await benchPage(ext);
    const drains: number[] = [];
    const runWith = async (round: number, every: number, requests: number, drainMs = 15_000) => {
      const before = await inpage<number>(probe, 'countEvents');
      const r = await oneRun(ext.context, round, requests, every);
      // Let the worker record this round's sends before the next round: its work must not
      // spill into a run without the extension.
      const t = Date.now();
      let stored = before;
      while (stored < before + r.sends && Date.now() - t < drainMs) {
        await new Promise((res) => setTimeout(res, 50));
        stored = await inpage<number>(probe, 'countEvents');
      }
      if (r.sends > 0) drains.push(Date.now() - t);
      return { ...r, counts: { ...r.counts, stored: stored - before } };
    };
    /** Alternates with/without, and which of the two goes first. */
    const alternate = async (rounds: number, every: number, requests: number, first: number) => {
      const withRuns: RunResult[] = [];
      const withoutRuns: RunResult[] = [];
      for (let i = 0; i < rounds; i++) {
        const round = first + i;
        const withFirst = i % 2 === 0;
        const a = withFirst
          ? await runWith(round, every, requests)
          : await oneRun(bare.context, round, requests, every);
        const b = withFirst
          ? await oneRun(bare.context, round, requests, every)
          : await runWith(round, every, requests);
        withRuns.push(withFirst ? a : b);
        withoutRuns.push(withFirst ? b : a);
      }
      return { withRuns, withoutRuns };
    };
    // The worker's CPU, profiled (diagnosis only) over runs that are not timed: a warm-up with a
    // fresh profile, and one more run after all the others (the classifier's memory has filled up).
    const browserCdp = await ext.context.browser()?.newBrowserCDPSession();
    const profiled = async (round: number) => {
      if (!browserCdp) return null;
      const sw = await workerSession(ext, browserCdp);
      await sw.send('Profiler.enable');
      await sw.send('Profiler.setSamplingInterval', { interval: 500 });
      await sw.send('Profiler.start');
      const r = await runWith(round, SEND_EVERY, o.requests / 2, 5000);
      const { profile } = await sw.send<{ profile: Profile }>('Profiler.stop');
      const classifierState = await sw
        .evaluate<Record<string, unknown>>(CLASSIFIER_STATE_PROBE)
        .catch((e: Error) => ({ error: e.message }));
      await sw.detach();
      const cpu = cpuSummary(profile);
      const stored = r.counts.stored ?? 0;
      return {
        sends: r.sends,
        stored,
        cpu,
        classifierState,
        msPerSend: stored ? Number((cpu.busyMs / stored).toFixed(1)) : null,
      };
    };
    // The profiled first run (half size) is also the warm-up, with one run without Pacer.
    const first = await profiled(0);
    await oneRun(bare.context, 0, o.requests / 2, SEND_EVERY);
    const { withRuns, withoutRuns } = await alternate(o.rounds, SEND_EVERY, o.requests, 1);
    // Control (half size): the same page without any send (irrelevant requests and lookalikes only).
    const control = await alternate(o.controlRounds, Number.MAX_SAFE_INTEGER, o.requests / 2, 100);
    const last = await profiled(200);

    const wallWith = withRuns.map((r) => r.wallMs);
    const wallWithout = withoutRuns.map((r) => r.wallMs);
    const total = (key: string, runs: RunResult[]) => runs.reduce((s, r) => s + (r.counts[key] ?? 0), 0);
    const sends = withRuns.reduce((s, r) => s + r.sends, 0);
    const requests = withRuns.reduce((s, r) => s + r.requests, 0);
    const touchedIrrelevant = withRuns.reduce((n, r) => n + r.touchedRequests, 0);
    // The counters must see Pacer's work on the sends, or a zero for the rest would prove nothing.
    const fetchSends = withRuns.reduce((n, r) => n + Math.ceil(r.sends / 2), 0);
    const instrumentationSees =
      total('clonesRelevant', withRuns) === fetchSends &&
      total('xhrListenersRelevant', withRuns) === sends - fetchSends &&
      total('bridgeRelevant', withRuns) === sends;
    const touchedKinds: Record<string, number> = {};
    for (const r of withRuns) {
      for (const [k, v] of Object.entries(r.touched)) touchedKinds[k] = (touchedKinds[k] ?? 0) + v;
    }
    const perRequestUs = (runs: RunResult[]) => median(runs.map((r) => (r.issueMs * 1000) / r.requests));
    const allWith = [...withRuns, ...control.withRuns];
    const allWithout = [...withoutRuns, ...control.withoutRuns];
    const figures: Figure[] = [
      figure({
        id: 'overhead.ratio',
        group: 'Page overhead',
        label: `${o.requests} fetch/XHR, median with ÷ without`,
        value: median(wallWith) / median(wallWithout),
        unit: 'ratio',
        budget: { op: '<=', value: 1.05 },
        detail: {
          rounds: o.rounds,
          withMs: summary(wallWith, 1),
          withoutMs: summary(wallWithout, 1),
          pairedRatios: wallWith.map((w, i) => Number((w / (wallWithout[i] as number)).toFixed(3))),
          requestsPerRun: o.requests,
          sendsPerRun: withRuns[0]?.sends,
          note: 'Irrelevant requests answered by the page service worker, sends by Playwright routing; 50 in flight at a time.',
        },
      }),
      figure({
        id: 'overhead.controlRatio',
        group: 'Page overhead',
        label: `control, ${o.requests / 2} requests without sends: with ÷ without`,
        value:
          median(control.withRuns.map((r) => r.wallMs)) / median(control.withoutRuns.map((r) => r.wallMs)),
        unit: 'ratio',
        detail: {
          rounds: o.controlRounds,
          requestsPerRun: o.requests / 2,
          withMs: summary(
            control.withRuns.map((r) => r.wallMs),
            1,
          ),
          withoutMs: summary(
            control.withoutRuns.map((r) => r.wallMs),
            1,
          ),
          note: 'The same page with every send replaced by an irrelevant GET: the cost of sends, isolated.',
        },
      }),
      figure({
        id: 'overhead.irrelevantTouched',
        group: 'Page overhead',
        label: 'irrelevant requests cloned, listened to or forwarded',
        value: instrumentationSees ? touchedIrrelevant : Number.NaN,
        unit: 'requests',
        budget: { op: '<=', value: 0 },
        detail: {
          irrelevantRequests: requests - sends,
          clones: total('clonesIrrelevant', withRuns),
          xhrLoadendListeners: total('xhrListenersIrrelevant', withRuns),
          bridgeEvents: total('bridgeIrrelevant', withRuns),
          byKind: touchedKinds,
          instrumentationSeesEverySend: instrumentationSees,
          instrumentationRanBeforeObserver: withRuns.every((r) => !r.observerFirst),
          withoutExtension: {
            clones: total('clonesIrrelevant', withoutRuns) + total('clonesRelevant', withoutRuns),
            xhrLoadendListeners:
              total('xhrListenersIrrelevant', withoutRuns) + total('xhrListenersRelevant', withoutRuns),
          },
        },
      }),
      figure({
        id: 'overhead.sendsSeen',
        group: 'Page overhead',
        label: 'sends observed and stored (of all sends)',
        value: sends ? total('stored', withRuns) / sends : Number.NaN,
        unit: 'ratio',
        detail: {
          sends,
          fetchClones: total('clonesRelevant', withRuns),
          xhrLoadendListeners: total('xhrListenersRelevant', withRuns),
          bridgeEvents: total('bridgeRelevant', withRuns),
          storedByWorker: total('stored', withRuns),
          workerDrainMs: summary(drains, 0),
        },
      }),
      figure({
        id: 'overhead.issueCost',
        group: 'Page overhead',
        label: 'time to issue one request, with − without (control)',
        value: perRequestUs(control.withRuns) - perRequestUs(control.withoutRuns),
        unit: 'µs',
        detail: {
          withUs: Number(perRequestUs(control.withRuns).toFixed(2)),
          withoutUs: Number(perRequestUs(control.withoutRuns).toFixed(2)),
          note: 'Synchronous time inside fetch()/xhr.open+send on the page (the observer wraps them), median run ÷ requests, no-send control runs',
        },
      }),
      figure({
        id: 'overhead.load',
        group: 'Page overhead',
        label: 'page load (navigation → load event), with ÷ without',
        value: median(allWith.map((r) => r.loadMs)) / median(allWithout.map((r) => r.loadMs)),
        unit: 'ratio',
        detail: {
          withMs: summary(
            allWith.map((r) => r.loadMs),
            1,
          ),
          withoutMs: summary(
            allWithout.map((r) => r.loadMs),
            1,
          ),
          note: 'All rounds (with and without sends); the content scripts are injected at document_start',
        },
      }),
    ];
    const diagnostics: Record<string, unknown> = {};
    if (first && last) {
      const cpu = (p: NonNullable<typeof first>) => ({
        sends: p.sends,
        stored: p.stored,
        workerCpuMsPerSend: p.msPerSend,
        ...p.cpu.ms,
        classifierStateAfterwards: p.classifierState,
      });
      diagnostics['overhead.ratio'] = {
        extraMsPerRunWithExtension: Math.round(median(wallWith) - median(wallWithout)),
        pairedRatiosInOrder: wallWith.map((w, i) => Number((w / (wallWithout[i] as number)).toFixed(3))),
        workerCpuFirstRun: cpu(first),
        workerCpuAfterAllRuns: cpu(last),
        workerHeaviestFunctionsAfterAllRuns: last.cpu.top,
      };
    }
    return { figures, diagnostics };
  } finally {
    await pacer?.close().catch(() => {});
    await plain?.close().catch(() => {});
  }
}
