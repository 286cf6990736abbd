// The activity log's first page, with a year of heavy use in IndexedDB (after meters-at-scale.ts
// seeded it, ≥ 100,000 events): activity.html opened as a tab, time from its navigation start to
// the frame after the first page's rows are in the DOM (an init script with a MutationObserver,
// then requestAnimationFrame + a task, as popup-paint.ts does). Times are performance.now() in the
// page. The read is index ranges from the newest event (lib/db/activity-log.ts), never a full scan.
import { LOG_PAGE_SIZE } from '../lib/db/activity-log';
import type { ScaleSession } from './meters-at-scale';
import { type Figure, figure, median, summary } from './report';

const WATCH = `(() => {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/activity.html')) return;
  const expected = ${LOG_PAGE_SIZE};
  const state = (window.__pacerLogPaint = { domMs: null, paintMs: null, rows: null, scriptsDoneMs: null });
  document.addEventListener('DOMContentLoaded', () => { state.scriptsDoneMs = performance.now(); }, { once: true });
  const mo = new MutationObserver(() => {
    const rows = document.querySelectorAll('[data-activity]').length;
    if (rows < expected) return;
    mo.disconnect();
    state.domMs = performance.now();
    state.rows = rows;
    requestAnimationFrame(() => setTimeout(() => { state.paintMs = performance.now(); }, 0));
  });
  mo.observe(document, { childList: true, subtree: true });
})();`;

interface Paint {
  domMs: number | null;
  paintMs: number | null;
  rows: number | null;
  scriptsDoneMs: number | null;
}

export async function benchActivityLog(
  s: ScaleSession,
  o: { opens: number },
): Promise<{ figures: Figure[]; diagnostics: Record<string, unknown> }> {
  const { pacer } = s;
  await pacer.context.addInitScript({ content: WATCH });
  const paints: Paint[] = [];
  for (let i = 0; i < o.opens + 1; i++) {
    const page = await pacer.context.newPage();
    try {
      await page.goto(`chrome-extension://${pacer.extensionId}/activity.html`);
      await page.waitForFunction(
        () => (window as unknown as { __pacerLogPaint?: Paint }).__pacerLogPaint?.paintMs,
        null,
        { timeout: 10_000, polling: 20 },
      );
      const paint = await page.evaluate(
        () => (window as unknown as { __pacerLogPaint: Paint }).__pacerLogPaint,
      );
      // The first open warms the browser's caches of the page's scripts, as a rep's second look would.
      if (i > 0) paints.push(paint);
    } finally {
      await page.close();
    }
  }
  const ms = paints.map((p) => p.paintMs ?? Number.NaN);
  return {
    figures: [
      figure({
        id: 'log.firstPage',
        group: 'Activity log',
        label: `opened → first page (${LOG_PAGE_SIZE} rows) painted, ${s.seeded.events.toLocaleString('en')} events`,
        value: median(ms),
        unit: 'ms',
        budget: { op: '<=', value: 200 },
        detail: {
          paintMs: summary(ms, 1),
          rowsInDomMs: summary(
            paints.map((p) => p.domMs ?? Number.NaN),
            1,
          ),
          scriptsDoneMs: summary(
            paints.map((p) => p.scriptsDoneMs ?? Number.NaN),
            1,
          ),
          rows: paints.map((p) => p.rows),
          events: s.seeded.events,
        },
      }),
    ],
    diagnostics: {},
  };
}
