// The worker's memory after the year of data: with the seeded events in IndexedDB, a LinkedIn page
// sends invites (fetch) and messages (XHR) through the real pipeline (observer → content script →
// worker: classify, store, refresh the badge) in bursts, each burst waited for until stored. The
// worker's JS heap is read over CDP (a session on the service worker target, bench/browser.ts):
// sampled after every burst (peak), then at the end before and after a forced garbage collection.
// The worker's CPU profile over the same sends says how busy it was per send (a diagnosis). Heap
// samples without a GC include garbage V8 has not collected yet: the budget is on the retained heap.
import {
  benchPage,
  CLASSIFIER_STATE_PROBE,
  cpuSummary,
  inpage,
  type Profile,
  workerSession,
} from './browser';
import type { ScaleSession } from './meters-at-scale';
import { type Figure, figure, summary } from './report';

const MB = 1024 * 1024;
const INVITE_URL =
  '/voyager/api/voyagerRelationshipsDashMemberRelationships?action=verifyQuotaAndCreateV2&decorationId=com.linkedin.voyager.dash.deco.relationships.InvitationCreationResultWithInvitee-2';
const MESSAGE_URL = '/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage';

export async function benchWorkerMemory(
  s: ScaleSession,
  o: { sends: number; burst: number; maxMs: number },
): Promise<{ figures: Figure[]; diagnostics: Record<string, unknown> }> {
  const browser = s.pacer.context.browser();
  if (!browser) throw new Error('no browser');
  const cdp = await browser.newBrowserCDPSession();
  // Anything from an extension page wakes a stopped worker; a fresh probe page does.
  await (await benchPage(s.pacer)).close();
  const sw = await workerSession(s.pacer, cdp);
  const page = await s.pacer.openLinkedIn('/in/jane-doe/');
  try {
    const start = await sw.heap(true);
    await sw.send('Profiler.enable');
    await sw.send('Profiler.setSamplingInterval', { interval: 500 });
    await sw.send('Profiler.start');
    const first = await inpage<number>(s.probe, 'countEvents');
    const samples: number[] = [];
    const retained: { sends: number; mb: number }[] = [{ sends: 0, mb: start.usedSize / MB }];
    const drains: number[] = [];
    const t0 = Date.now();
    for (let from = 0; from < o.sends; from += o.burst) {
      const n = Math.min(o.burst, o.sends - from);
      const tb = Date.now();
      await page.evaluate(
        async (a) => {
          const jobs: Promise<unknown>[] = [];
          for (let i = a.from; i < a.from + a.n; i++) {
            const who = `urn:li:fsd_profile:ACoAAMem${a.from}x${i}`;
            if (i % 2 === 0) {
              const body = JSON.stringify({ invitee: { inviteeUnion: { memberProfile: who } } });
              const headers = {
                'content-type': 'application/json; charset=UTF-8',
                'csrf-token': 'ajax:0000',
              };
              jobs.push(fetch(a.invite, { method: 'POST', headers, body }).then((r) => r.text()));
            } else {
              const message = {
                body: { attributes: [], text: `hi ${i}` },
                renderContentUnions: [],
                originToken: `tok-${i}`,
              };
              const body = {
                message,
                mailboxUrn: a.me,
                hostRecipientUrns: [who],
                trackingId: 'bench',
                dedupeByClientGeneratedToken: false,
              };
              jobs.push(
                new Promise((resolve) => {
                  const x = new XMLHttpRequest();
                  x.open('POST', a.message);
                  x.onloadend = () => resolve(x.status);
                  x.send(JSON.stringify(body));
                }),
              );
            }
          }
          await Promise.all(jobs);
        },
        { from, n, invite: INVITE_URL, message: MESSAGE_URL, me: 'urn:li:fsd_profile:ACoAAPatPacer999' },
      );
      // Wait until the worker stored the burst: the next burst finds it idle, as a rep's next click would.
      let stored = 0;
      for (let i = 0; i < 600; i++) {
        stored = (await inpage<number>(s.probe, 'countEvents')) - first;
        if (stored >= from + n) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      drains.push(Date.now() - tb);
      samples.push((await sw.heap(false)).usedSize);
      if ((from / o.burst) % 5 === 4)
        retained.push({ sends: from + n, mb: (await sw.heap(true)).usedSize / MB });
      if (Date.now() - t0 > o.maxMs) break;
    }
    const elapsed = Date.now() - t0;
    const stored = (await inpage<number>(s.probe, 'countEvents')) - first;
    const { profile } = await sw.send<{ profile: Profile }>('Profiler.stop');
    const end = await sw.heap(false);
    const endGc = await sw.heap(true);
    const classifierState = await sw
      .evaluate<Record<string, unknown>>(CLASSIFIER_STATE_PROBE)
      .catch((e: Error) => ({ error: e.message }));
    await sw.detach();
    const cpu = cpuSummary(profile);
    const total = await inpage<number>(s.probe, 'countEvents');
    const figures = [
      figure({
        id: 'memory.workerHeap',
        group: 'Memory',
        label: 'worker JS heap after recording (after GC)',
        value: endGc.usedSize / MB,
        unit: 'MB',
        budget: { op: '<=', value: 20 },
        detail: {
          eventsInStore: total,
          recordedThroughPipeline: stored,
          sendsMade: o.sends,
          beforeRecordingMB: Number((start.usedSize / MB).toFixed(2)),
          retainedAfterGcMB: retained.map((r) => ({ sends: r.sends, mb: Number(r.mb.toFixed(2)) })),
          heapTotalSizeMB: Number((endGc.totalSize / MB).toFixed(2)),
          how: 'CDP Runtime.getHeapUsage on the service worker target after HeapProfiler.collectGarbage',
        },
      }),
      figure({
        id: 'memory.workerHeapPeak',
        group: 'Memory',
        label: 'worker JS heap, peak while recording (incl. garbage)',
        value: Math.max(end.usedSize, ...samples) / MB,
        unit: 'MB',
        detail: {
          note: 'Used heap sampled after each burst without forcing a GC: includes garbage V8 had not collected yet',
          sampledAfterEachBurstMB: summary(
            samples.map((b) => b / MB),
            2,
          ),
          endBeforeGcMB: Number((end.usedSize / MB).toFixed(2)),
        },
      }),
      figure({
        id: 'memory.workerBusyPerSend',
        group: 'Memory',
        label: 'worker CPU per recorded send (profile)',
        value: stored > 0 ? cpu.busyMs / stored : Number.NaN,
        unit: 'ms',
        detail: {
          profileMs: cpu.ms,
          sendsStored: stored,
          wallMs: elapsed,
          sendsPerSecond: Number(((stored / elapsed) * 1000).toFixed(1)),
          burst: o.burst,
          burstMs: summary(drains, 0),
        },
      }),
    ];
    return {
      figures,
      diagnostics: {
        'memory.workerBusyPerSend': {
          classifierStateAfterwards: classifierState,
          heaviestFunctions: cpu.top,
        },
      },
    };
  } finally {
    await page.close();
    await cdp.detach().catch(() => {});
  }
}
