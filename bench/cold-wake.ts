// Cold wake: what a rep feels after a pause. Chrome stops an idle extension worker (after about
// 30 s); the next send on LinkedIn must start it again (and, with no page of the extension open, the
// extension's process too) before the send is stored and the badge counts it.
//
// Each round, on a FakeLinkedIn profile page (every LinkedIn request is answered from fixtures by
// Playwright routing; nothing goes to the network), the page POSTs one invite. The time runs from
// the moment its fetch resolves (Date.now() in the page: the worker is still stopped then, the send
// is what wakes it) until the badge shows the new count; the invite must then be in IndexedDB (the
// worker stores a batch before it refreshes the badge, so a changed badge comes after the write).
// Three ways, interleaved round by round so the machine's noise falls on all three alike:
// - cold: the worker stopped, confirmed stopped, and no page of the extension open, so its process
//   is gone too: a LinkedIn tab after the worker idled out (the budget);
// - warm: the worker running, a moment after the previous send;
// - cold, process kept: the worker stopped while a page of the extension (its icon) stays open and
//   keeps the extension's process: how much of the cold figure is starting that process.
// The badge is read from inside the worker, since an extension page would keep the process alive:
// a DevTools session on the worker, which outlives its stops, starts a polling loop there as soon as
// the restarted worker's context exists (before the send when the worker is warm). Two costs of the
// harness fall in the cold figures and not in a rep's: Playwright holds a restarted worker until its
// own session says "run" (a round trip through the benchmark's Node process), and the loop's
// polls (an action API call every ~4 ms) share the worker's thread.
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { benchPage, extensionTargets, stopWorker, workerSession } from './browser';
import { MAIN_ACCOUNT, type ScaleSession } from './meters-at-scale';
import { type Figure, figure, median, summary } from './report';
import { inviteeOf, pageInvite } from './send-to-badge';

type Mode = 'cold' | 'warm' | 'coldProcessKept';
/** Each round runs the three ways in a rotated order. */
const ORDERS: Mode[][] = [
  ['cold', 'warm', 'coldProcessKept'],
  ['warm', 'coldProcessKept', 'cold'],
  ['coldProcessKept', 'cold', 'warm'],
];
/** Between a stop (or the previous send) and the next send: the browser finishes stopping. */
const SETTLE_MS = 400;
const TIMEOUT_MS = 5000;
const TAG = 'Wake';

interface Badge {
  text: string;
  title: string;
}

interface Changed extends Badge {
  at: number;
  firstPollAt: number;
  polls: number;
}

interface Sample {
  mode: Mode;
  /** answer received → badge changed (ms); null when the badge never changed. */
  ms: number | null;
  /** answer received → the worker's global was created (negative: it was running already). */
  toWorkerStartMs: number;
  /** Worker started → the loop's first poll (ms): how late the badge is first looked at. */
  pollLagMs: number | null;
  /** The badge had changed by the loop's first poll: the figure is an upper bound. */
  changedAtFirstPoll: boolean;
  stored: boolean;
  /** The badge changed once more within 200 ms: the change seen was not the send's last word. */
  changedAgain: boolean;
  /** Cold: the worker started before the page's answer (something else woke it): not a valid round. */
  invalid: boolean;
  badge: string;
}

const READ_BADGE = `Promise.all([chrome.action.getBadgeText({}), chrome.action.getTitle({})])
  .then(([text, title]) => ({ text, title }))`;

/**
 * Starts the polling loop in the worker; resolves with the worker's start (its timeOrigin, epoch
 * ms). The loop waits for the new count: the badge's text when it shows a number (the worker sets
 * the tooltip a moment before the text), its tooltip when the text cannot change ("!", "999+").
 */
function startPolling(before: Badge): string {
  return `(() => {
  const before = ${JSON.stringify(before)};
  const counts = /^[0-9]+$/.test(before.text);
  // A context this new may not have its globals bound yet (setTimeout, the extension APIs): say so
  // at once, and the caller evaluates again (startWhenBound).
  if (typeof setTimeout !== 'function' || typeof chrome === 'undefined' || !chrome.action)
    throw new ReferenceError('the worker globals is not defined yet');
  globalThis.__pacerWake = (async () => {
    const firstPollAt = Date.now();
    let polls = 0;
    while (Date.now() < firstPollAt + ${TIMEOUT_MS}) {
      const { text, title } = await ${READ_BADGE};
      polls++;
      if (counts ? text !== before.text : title !== before.title)
        return { at: Date.now(), firstPollAt, polls, text, title };
      await new Promise((r) => setTimeout(r, 2));
    }
    return null;
  })();
  return performance.timeOrigin;
})()`;
}

/** Whether an invite to `target` is stored (raw IndexedDB in the worker, read-only). */
function storedProbe(target: string, since: number): string {
  return `new Promise((resolve, reject) => {
  const open = indexedDB.open('pacer');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const q = db.transaction('events').objectStore('events').index('at').getAll(IDBKeyRange.lowerBound(${since}));
    q.onsuccess = () => { db.close(); resolve(q.result.some((e) => e.kind === 'invite' && e.target === ${JSON.stringify(target)})); };
    q.onerror = () => { db.close(); reject(q.error); };
  };
})`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Evaluates `script` in a worker context that has just been created: its globals (setTimeout, the
 * extension APIs) may not be bound for a moment (seen in full runs as "setTimeout is not defined").
 * Retried every millisecond until they are; the polling then starts at most that late, which can
 * only make a wake look slower, never faster.
 */
async function startWhenBound(
  sw: { evaluate<T>(script: string): Promise<T> },
  script: string,
): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await sw.evaluate<number>(script);
    } catch (e) {
      if (attempt >= 50 || !/is not defined/.test(String(e))) throw e;
      await sleep(1);
    }
  }
}

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms)),
  ]);
}

export async function benchColdWake(
  s: ScaleSession,
  o: { rounds: number; warmup: number },
): Promise<{ figures: Figure[]; diagnostics: Record<string, unknown> }> {
  const { context, extensionId } = s.pacer;
  const browser = context.browser();
  if (!browser) throw new Error('no browser');
  const cdp = await browser.newBrowserCDPSession();
  // No page of the extension may stay open (the bench's own probe included): it would keep the
  // extension's process alive and the cold rounds would not be cold.
  let closedPages = 0;
  for (const p of context.pages())
    if (p.url().startsWith(`chrome-extension://${extensionId}/`)) {
      await p.close();
      closedPages++;
    }
  const page = await s.pacer.openLinkedIn('/in/jane-doe/');
  let sent = 0;
  let keep: Page | null = null;
  try {
    // The page's first send wakes the worker if it idled out meanwhile.
    await pageInvite(page, sent++, TAG);
    for (let i = 0; i < 100; i++) {
      const t = await extensionTargets(cdp, extensionId);
      if (t.some((x) => x.type === 'service_worker')) break;
      await sleep(50);
    }
    const sw = await workerSession(s.pacer, cdp);
    await sw.send('Runtime.enable');
    // The page reports who is logged in (/me): wait until the badge speaks for that account.
    const id = MAIN_ACCOUNT.replace('urn:li:fsd_profile:', '');
    for (let i = 0; i < 100; i++) {
      if ((await sw.evaluate<Badge>(READ_BADGE)).title.includes(id)) break;
      await sleep(50);
    }

    const round = async (mode: Mode): Promise<Sample> => {
      if (mode === 'coldProcessKept') {
        keep = await context.newPage();
        await keep.goto(`chrome-extension://${extensionId}/icon/16.png`);
      }
      const before = await sw.evaluate<Badge>(READ_BADGE);
      const runningSince = await sw.evaluate<number>('performance.timeOrigin');
      if (mode !== 'warm' && !(await stopWorker(cdp, extensionId))) throw new Error('no worker to stop');
      await sleep(SETTLE_MS);
      // Confirm the state right before the send: cold, nothing of the extension but the kept page.
      const targets = await extensionTargets(cdp, extensionId);
      const workers = targets.filter((t) => t.type === 'service_worker').length;
      const expected = mode === 'warm' ? 1 : 0;
      if (workers !== expected) throw new Error(`${mode}: ${workers} worker(s) running before the send`);
      if (mode === 'cold' && targets.length > 0)
        throw new Error(`cold: the extension still has ${targets.length} target(s) open`);

      // Warm: the loop starts now. Cold: as soon as the restarted worker's context exists.
      const polling =
        mode === 'warm'
          ? startWhenBound(sw, startPolling(before))
          : new Promise<number>((resolve, reject) => {
              const off = sw.on((method) => {
                if (method !== 'Runtime.executionContextCreated') return;
                off();
                startWhenBound(sw, startPolling(before)).then(resolve, reject);
              });
            });
      if (mode === 'warm') await polling;
      const n = sent++;
      const answeredAt = await pageInvite(page, n, TAG);
      const startedAt = await within(polling, TIMEOUT_MS, `${mode}: the worker did not start`);
      const changed = await sw.evaluate<Changed | null>('globalThis.__pacerWake');
      const stored = await sw.evaluate<boolean>(storedProbe(inviteeOf(n, TAG), answeredAt - 60_000));
      await sleep(200);
      const after = await sw.evaluate<Badge>(READ_BADGE);
      if (keep) {
        await keep.close();
        keep = null;
      }
      return {
        mode,
        ms: changed ? changed.at - answeredAt : null,
        toWorkerStartMs: startedAt - answeredAt,
        pollLagMs: changed ? changed.firstPollAt - startedAt : null,
        changedAtFirstPoll: changed?.polls === 1 && mode !== 'warm',
        stored,
        changedAgain: !!changed && (after.text !== changed.text || after.title !== changed.title),
        invalid: mode === 'warm' ? startedAt !== runningSince : startedAt < answeredAt,
        badge: changed?.text ?? before.text,
      };
    };

    const samples: Sample[] = [];
    for (let r = 0; r < o.warmup + o.rounds; r++) {
      for (const mode of ORDERS[r % ORDERS.length] as Mode[]) {
        const sample = await round(mode);
        if (r >= o.warmup) samples.push(sample);
      }
    }
    await sw.detach();

    const figures = (['cold', 'warm', 'coldProcessKept'] as const).map((mode) => {
      const mine = samples.filter((x) => x.mode === mode);
      const valid = mine.filter((x) => !x.invalid);
      const ms = valid.flatMap((x) => (x.ms === null ? [] : [x.ms]));
      const missed = valid.filter((x) => x.ms === null || !x.stored).length;
      const toStart = valid.map((x) => x.toWorkerStartMs);
      const value =
        missed > 0 ? Number.POSITIVE_INFINITY : valid.length < mine.length * 0.8 ? Number.NaN : median(ms);
      return figure({
        id: `wake.${mode}`,
        group: 'Cold wake',
        label: {
          cold: 'worker stopped: answer received → stored → badge updated',
          warm: 'worker running: the same send, same rounds',
          coldProcessKept: 'worker stopped, extension process kept by an open extension page',
        }[mode],
        value,
        unit: 'ms',
        ...(mode === 'cold' ? { budget: { op: '<=' as const, value: 150 } } : {}),
        detail: {
          ms: summary(ms, 0),
          rounds: mine.length,
          ...(mode === 'warm'
            ? {}
            : {
                answerToWorkerStartMs: summary(toStart, 0),
                workerStartToBadgeMs: summary(
                  valid.flatMap((x) => (x.ms === null ? [] : [x.ms - x.toWorkerStartMs])),
                  0,
                ),
                workerStartToFirstPollMs: summary(
                  valid.flatMap((x) => (x.pollLagMs === null ? [] : [x.pollLagMs])),
                  0,
                ),
                badgeChangedAtFirstPoll: valid.filter((x) => x.changedAtFirstPoll).length,
              }),
          notStoredOrBadgeUnchanged: missed,
          badgeChangedTwice: valid.filter((x) => x.changedAgain).length,
          invalidRounds: mine.length - valid.length,
          badgeTexts: valid.map((x) => x.badge),
        },
      });
    });
    const diagnostics: Record<string, unknown> = {};
    const cold = figures.find((f) => f.id === 'wake.cold');
    if (cold && !cold.pass) {
      // Where the cold time goes: starting the process, starting the worker, then its own work.
      const medianOf = (mode: Mode, part: (x: Sample) => number | null) =>
        Math.round(
          median(
            samples
              .filter((x) => x.mode === mode && !x.invalid)
              .flatMap((x) => {
                const v = part(x);
                return v === null ? [] : [v];
              }),
          ),
        );
      const toStart = (x: Sample) => x.toWorkerStartMs;
      const afterStart = (x: Sample) => (x.ms === null ? null : x.ms - x.toWorkerStartMs);
      diagnostics['wake.cold'] = {
        over: `${(cold.value - 150).toFixed(0)} ms over 150 ms`,
        medianMs: {
          coldAnswerToWorkerStart: medianOf('cold', toStart),
          coldWorkerStartToBadge: medianOf('cold', afterStart),
          processKeptAnswerToWorkerStart: medianOf('coldProcessKept', toStart),
          processKeptWorkerStartToBadge: medianOf('coldProcessKept', afterStart),
          warm: medianOf('warm', (x) => x.ms),
        },
        reading:
          'cold − cold with the process kept is what starting the extension process costs (its spawn, then the worker script compiled and run in a fresh process); the worker-start → badge part is the worker waking up (open the database, restore the classifier memory, store, compute the meters, set the badge). Other work on the machine stretches both: compare runs at a similar load.',
        loadAverageNow: Number((loadavg()[0] ?? 0).toFixed(2)),
      };
    }
    return {
      figures,
      diagnostics: {
        ...diagnostics,
        wake: {
          method:
            'Rounds interleave cold / warm / cold-with-process-kept in rotated order; the worker is stopped by closing its DevTools target and confirmed stopped (not listed) before each cold send; the badge is polled inside the worker by a DevTools session that outlives its stops.',
          settleMsBeforeSend: SETTLE_MS,
          extensionPagesClosedFirst: closedPages,
        },
      },
    };
  } finally {
    if (keep) await (keep as Page).close().catch(() => {});
    await page.close();
    await cdp.detach().catch(() => {});
    s.probe = await benchPage(s.pacer); // the session's probe, for any step after this one
  }
}
