// Popup opened → meters painted, with a year of heavy use in IndexedDB (after meters-at-scale.ts
// seeded it). An init script in popup.html watches the DOM from the first byte; "painted" is the
// frame after every meter of the data-* contract (lib/ui/meter-data.ts) is in the DOM with numbers:
// a requestAnimationFrame callback, then a task (runs once that frame is presented). Times are
// performance.now() in the popup, i.e. from the start of its navigation.
// - cold: no snapshot in localStorage (a first open): the meters wait for IndexedDB;
// - warm: the previous open's snapshot is there (the usual open): the first paint carries numbers.
// Opens alternate cold/warm; the popup is opened as a tab at the popup's size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { METERS } from '../lib/domain/limits';
import { SNAPSHOT_KEY } from '../lib/storage/keys';
import { MAIN_ACCOUNT, type ScaleSession } from './meters-at-scale';
import { type Figure, figure, median, summary } from './report';
import { OUTPUT } from './sizes';

/** The scripts popup.html loads before it can paint (module script and preloads), with their bytes. */
function popupScripts(): { file: string; bytes: number }[] {
  const html = readFileSync(join(OUTPUT, 'popup.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
  return [...new Set(files)].map((file) => ({ file, bytes: readFileSync(join(OUTPUT, file)).length }));
}

/** Every meter the popup paints on a fresh profile: all but the engagement meter, off by default. */
const PAINTED_METERS = METERS.filter((m) => m.kind !== 'engagement').length;

const WATCH = `(() => {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/popup.html')) return;
  const expected = ${PAINTED_METERS};
  const state = (window.__pacerPaint = { domMs: null, paintMs: null, invitesWeekUsed: null, scriptsDoneMs: null });
  document.addEventListener('DOMContentLoaded', () => { state.scriptsDoneMs = performance.now(); }, { once: true });
  const ready = () => {
    const els = document.querySelectorAll('[data-meter]');
    if (els.length < expected) return false;
    for (const el of els) if (!/^\\d+$/.test(el.getAttribute('data-used') || '')) return false;
    return true;
  };
  const mo = new MutationObserver(() => {
    if (!ready()) return;
    mo.disconnect();
    state.domMs = performance.now();
    const w = document.querySelector('[data-meter="invites"][data-window="week"]');
    state.invitesWeekUsed = w ? Number(w.getAttribute('data-used')) : null;
    requestAnimationFrame(() => setTimeout(() => { state.paintMs = performance.now(); }, 0));
  });
  mo.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

interface Paint {
  domMs: number | null;
  paintMs: number | null;
  invitesWeekUsed: number | null;
  /** DOMContentLoaded: the popup's module scripts have been fetched, compiled and run. */
  scriptsDoneMs: number | null;
}

export async function benchPopupPaint(
  s: ScaleSession,
  o: { opens: number },
): Promise<{ figures: Figure[]; diagnostics: Record<string, unknown> }> {
  const { pacer, probe } = s;
  await pacer.context.addInitScript({ content: WATCH });
  const snapshot = () => probe.evaluate((key) => localStorage.getItem(key), SNAPSHOT_KEY);
  const cold: Paint[] = [];
  const warm: Paint[] = [];
  for (let i = 0; i < o.opens * 2; i++) {
    const isCold = i % 2 === 0;
    if (isCold) await probe.evaluate((key) => localStorage.removeItem(key), SNAPSHOT_KEY);
    else if (!(await snapshot())) throw new Error('the popup left no snapshot for a warm open');
    const popup = await pacer.openPopup();
    try {
      await popup.waitForFunction(
        () => (window as unknown as { __pacerPaint?: Paint }).__pacerPaint?.paintMs,
        null,
        {
          timeout: 10_000,
          polling: 20,
        },
      );
      const paint = await popup.evaluate(() => (window as unknown as { __pacerPaint: Paint }).__pacerPaint);
      (isCold ? cold : warm).push(paint);
      // Closing before the popup stored its snapshot would make the next open cold too.
      for (let j = 0; j < 100 && !(await snapshot()); j++) await new Promise((r) => setTimeout(r, 20));
    } finally {
      await popup.close();
    }
  }
  const ms = (list: Paint[]) => list.map((p) => p.paintMs ?? Number.NaN);
  const detail = (list: Paint[]) => ({
    paintMs: summary(ms(list), 1),
    metersInDomMs: summary(
      list.map((p) => p.domMs ?? Number.NaN),
      1,
    ),
    // Where the time goes: loading and running the popup's scripts, then (cold) the IndexedDB read.
    scriptsDoneMs: summary(
      list.map((p) => p.scriptsDoneMs ?? Number.NaN),
      1,
    ),
  });
  const shown = [...cold, ...warm].map((p) => p.invitesWeekUsed);
  const figures = [
    figure({
      id: 'popup.cold',
      group: 'Popup',
      label: 'opened → meters painted, cold (no snapshot)',
      value: median(ms(cold)),
      unit: 'ms',
      budget: { op: '<=', value: 150 },
      detail: detail(cold),
    }),
    figure({
      id: 'popup.warm',
      group: 'Popup',
      label: 'opened → meters painted, warm (snapshot)',
      value: median(ms(warm)),
      unit: 'ms',
      budget: { op: '<=', value: 150 },
      detail: detail(warm),
    }),
  ];
  const failed = figures.filter((f) => !f.pass).map((f) => f.id);
  const diagnostics: Record<string, unknown> = {
    popupInvitesWeekShown: { account: MAIN_ACCOUNT, values: shown },
  };
  if (failed.length) diagnostics['popup.paint'] = { missed: failed, scriptsLoaded: popupScripts() };
  return { figures, diagnostics };
}
