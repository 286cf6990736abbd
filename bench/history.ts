// The history page with a year of heavy use in IndexedDB (after meters-at-scale.ts seeded it,
// ≥ 100,000 events): weekly-history.html opened as a tab.
// - chart: time from its navigation start to the frame after the 12-week chart's bars are in the
//   DOM (an init script with a MutationObserver, then requestAnimationFrame + a task, as
//   popup-paint.ts does). The page reads one account's times by index keys from the first of the
//   12 weeks (lib/db/history-read.ts), never a full scan.
// - CSV: "Download CSV" clicked → the file handed to the browser (URL.createObjectURL, wrapped by
//   the init script): every account's kept year read by index keys, counted per local day, written.
// Times are performance.now() in the page.
import { HISTORY_WEEKS } from '../lib/domain/history';
import type { ScaleSession } from './meters-at-scale';
import { type Figure, figure, median, summary } from './report';

const WATCH = `(() => {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/weekly-history.html')) return;
  const state = (window.__pacerHistory = { domMs: null, paintMs: null, bars: null, counted: null, scriptsDoneMs: null, csv: [] });
  document.addEventListener('DOMContentLoaded', () => { state.scriptsDoneMs = performance.now(); }, { once: true });
  const mo = new MutationObserver(() => {
    const bars = document.querySelectorAll('svg[data-chart="history"] rect[data-week]');
    if (bars.length < ${HISTORY_WEEKS}) return;
    mo.disconnect();
    state.domMs = performance.now();
    state.bars = bars.length;
    state.counted = [...bars].reduce((a, b) => a + Number(b.getAttribute('data-count')), 0);
    requestAnimationFrame(() => setTimeout(() => { state.paintMs = performance.now(); }, 0));
  });
  mo.observe(document, { childList: true, subtree: true });
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => {
    const at = performance.now();
    if (blob instanceof Blob && blob.type.startsWith('text/csv')) state.csv.push({ at, bytes: blob.size, blob });
    return create(blob);
  };
})();`;

interface Paint {
  domMs: number | null;
  paintMs: number | null;
  bars: number | null;
  counted: number | null;
  scriptsDoneMs: number | null;
}

type HistoryWindow = { __pacerHistory: Paint & { csv: { at: number; bytes: number; blob: Blob }[] } };

export async function benchHistory(
  s: ScaleSession,
  o: { opens: number; exports: number },
): Promise<{ figures: Figure[]; diagnostics: Record<string, unknown> }> {
  const { pacer } = s;
  await pacer.context.addInitScript({ content: WATCH });
  const paints: Paint[] = [];
  let account: string | null = null;
  const csvMs: number[] = [];
  let csv: { bytes: number; rows: number } | null = null;
  for (let i = 0; i < o.opens + 1; i++) {
    const page = await pacer.context.newPage();
    try {
      await page.goto(`chrome-extension://${pacer.extensionId}/weekly-history.html`);
      await page.waitForFunction(
        () => (window as unknown as Partial<HistoryWindow>).__pacerHistory?.paintMs,
        null,
        { timeout: 10_000, polling: 20 },
      );
      const paint = await page.evaluate(() => {
        const { domMs, paintMs, bars, counted, scriptsDoneMs } = (window as unknown as HistoryWindow)
          .__pacerHistory;
        return { domMs, paintMs, bars, counted, scriptsDoneMs };
      });
      // The first open warms the browser's caches of the page's scripts, as a rep's second look would.
      if (i > 0) paints.push(paint);
      account = await page.locator('select[name="account"]').inputValue();
      if (i !== o.opens) continue;
      // The CSV, from the last page: each export a click, timed to the file handed over.
      for (let e = 0; e < o.exports + 1; e++) {
        const [download, ms] = await Promise.all([
          page.waitForEvent('download', { timeout: 15_000 }),
          page.evaluate(async (n) => {
            const state = (window as unknown as HistoryWindow).__pacerHistory;
            const t0 = performance.now();
            (document.querySelector('[data-action="export-csv"]') as HTMLButtonElement).click();
            while (state.csv.length <= n) await new Promise((r) => setTimeout(r, 5));
            return (state.csv[n]?.at ?? Number.NaN) - t0;
          }, e),
        ]);
        await download.cancel().catch(() => {});
        if (e > 0) csvMs.push(ms);
      }
      csv = await page.evaluate(async () => {
        const last = (window as unknown as HistoryWindow).__pacerHistory.csv.at(-1);
        const text = last ? await last.blob.text() : '';
        return { bytes: last?.bytes ?? 0, rows: text.split('\r\n').filter(Boolean).length - 1 };
      });
      await page.waitForFunction(
        () => !(document.querySelector('[data-action="export-csv"]') as HTMLButtonElement).disabled,
      );
    } finally {
      await page.close();
    }
  }
  const ms = paints.map((p) => p.paintMs ?? Number.NaN);
  return {
    figures: [
      figure({
        id: 'history.chart',
        group: 'History',
        label: `opened → 12-week chart painted, one account, ${s.seeded.events.toLocaleString('en')} events`,
        value: median(ms),
        unit: 'ms',
        budget: { op: '<=', value: 150 },
        detail: {
          paintMs: summary(ms, 1),
          barsInDomMs: summary(
            paints.map((p) => p.domMs ?? Number.NaN),
            1,
          ),
          scriptsDoneMs: summary(
            paints.map((p) => p.scriptsDoneMs ?? Number.NaN),
            1,
          ),
          bars: paints.map((p) => p.bars),
          countedInChart: paints[0]?.counted ?? null,
          account,
          events: s.seeded.events,
        },
      }),
      figure({
        id: 'history.csv',
        group: 'History',
        label: `CSV of the kept year, every account (${csv?.rows.toLocaleString('en') ?? '?'} rows): click → file ready`,
        value: median(csvMs),
        unit: 'ms',
        budget: { op: '<=', value: 1000 },
        detail: {
          ms: summary(csvMs, 1),
          bytes: csv?.bytes ?? null,
          rows: csv?.rows ?? null,
          perAccount: s.seeded.perAccount,
        },
      }),
    ],
    diagnostics: {},
  };
}
