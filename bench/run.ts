// `npm run bench` (after `wxt build`): measures what Pacer costs LinkedIn's page and the browser,
// against the budgets of the "Fast and light" issue, prints a table and writes bench/results.json.
// See bench/README.md for what each figure means. `--quick` runs fewer rounds (a smoke check).
// `--only a,b` runs only the named groups (weight, classifier, reconcile, overhead, overhead-firefox,
// scale, popup, log, history, badge, memory, wake);
// a partial run writes results.partial.json and leaves results.json as it was.
// Exits 1 when a budget is missed or a step failed.
import { loadavg } from 'node:os';
import { benchActivityLog } from './activity-log';
import { benchClassifier } from './classifier';
import { benchColdWake } from './cold-wake';
import { benchHistory } from './history';
import { benchMeters, type ScaleSession, startScaleSession } from './meters-at-scale';
import { benchPageOverhead } from './page-overhead';
import { benchPageOverheadFirefox } from './page-overhead-firefox';
import { benchPopupPaint } from './popup-paint';
import { benchReconcile } from './reconcile';
import {
  type Figure,
  PARTIAL_RESULTS_FILE,
  printTable,
  RESULTS_FILE,
  type RunInfo,
  writeResults,
} from './report';
import { benchSendToBadge } from './send-to-badge';
import { benchSizes } from './sizes';
import { benchWorkerMemory } from './worker-memory';

const quick = process.argv.includes('--quick');
const onlyArg = process.argv.find((a, i) => process.argv[i - 1] === '--only' || a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.replace('--only=', '').split(',')) : null;
const wanted = (group: string) => only === null || only.has(group);
const PLAN = {
  overheadRounds: quick ? 3 : 15,
  // Each Firefox run takes ~9 s (every request goes through BiDi interception).
  firefoxRounds: quick ? 3 : 9,
  controlRounds: quick ? 1 : 3,
  requests: 2000,
  popupOpens: quick ? 3 : 7,
  badgeSends: quick ? 8 : 20,
  memorySends: quick ? 200 : 300,
  wakeRounds: quick ? 5 : 15,
};

const startedAt = new Date();
const t0 = performance.now();
const figures: Figure[] = [];
const run: RunInfo = { startedAt, durationMs: 0, errors: [], diagnostics: {} };
const steps: Record<string, number> = {};

async function step(
  name: string,
  fn: () => Promise<{ figures: Figure[]; diagnostics?: Record<string, unknown> }>,
) {
  const t = performance.now();
  process.stdout.write(`· ${name}… `);
  try {
    const r = await fn();
    figures.push(...r.figures);
    Object.assign(run.diagnostics, r.diagnostics ?? {});
  } catch (e) {
    const message = e instanceof Error ? (e.message.split('\n')[0] ?? String(e)) : String(e);
    run.errors.push({ step: name, message });
    process.stdout.write(`failed (${message}) `);
  }
  steps[name] = Math.round(performance.now() - t);
  process.stdout.write(`${(steps[name] / 1000).toFixed(1)} s\n`);
}

const loadBefore = loadavg()[0] ?? 0;
console.log(`Pacer benchmark${quick ? ' (quick)' : ''}: load average ${loadBefore.toFixed(2)}`);

if (wanted('weight')) await step('weight', benchSizes);
if (wanted('classifier')) await step('classifier', async () => ({ figures: benchClassifier() }));
if (wanted('reconcile')) await step('reconcile a sent list', () => benchReconcile(quick ? 3 : 7));
if (wanted('overhead'))
  await step('page overhead', () =>
    benchPageOverhead({
      rounds: PLAN.overheadRounds,
      controlRounds: PLAN.controlRounds,
      requests: PLAN.requests,
    }),
  );
if (wanted('overhead-firefox'))
  await step('page overhead in Firefox', () =>
    benchPageOverheadFirefox({ rounds: PLAN.firefoxRounds, requests: PLAN.requests }),
  );

let scale: ScaleSession | null = null;
if (['scale', 'popup', 'log', 'history', 'badge', 'memory', 'wake'].some(wanted))
  await step('seed a year of data', async () => {
    scale = await startScaleSession();
    run.chromium = scale.pacer.context.browser()?.version();
    return { figures: [] };
  });
const s = scale as ScaleSession | null;
if (s) {
  if (wanted('scale')) await step('meters at scale', () => benchMeters(s));
  if (wanted('popup')) await step('popup paint', () => benchPopupPaint(s, { opens: PLAN.popupOpens }));
  if (wanted('log')) await step('activity log', () => benchActivityLog(s, { opens: PLAN.popupOpens }));
  if (wanted('history'))
    await step('history', () => benchHistory(s, { opens: PLAN.popupOpens, exports: quick ? 2 : 5 }));
  if (wanted('badge'))
    await step('send → badge', () => benchSendToBadge(s, { sends: PLAN.badgeSends, warmup: 2 }));
  if (wanted('memory'))
    await step('worker memory', () =>
      benchWorkerMemory(s, { sends: PLAN.memorySends, burst: 20, maxMs: 60_000 }),
    );
  // Last: it closes the extension's pages (they would keep its process alive while the worker is stopped).
  if (wanted('wake')) await step('cold wake', () => benchColdWake(s, { rounds: PLAN.wakeRounds, warmup: 1 }));
  await s.pacer.close().catch(() => {});
}

run.durationMs = performance.now() - t0;
run.diagnostics.run = {
  plan: PLAN,
  stepMs: steps,
  loadAverage: { before: Number(loadBefore.toFixed(2)), after: Number((loadavg()[0] ?? 0).toFixed(2)) },
};
console.log('');
printTable(figures);
const resultsFile = only === null ? RESULTS_FILE : PARTIAL_RESULTS_FILE;
writeResults(figures, run, resultsFile);
const failed = figures.filter((f) => f.budget && !f.pass);
console.log(
  `\n${figures.filter((f) => f.pass).length}/${figures.filter((f) => f.budget).length} budgets met` +
    (failed.length ? `; missed: ${failed.map((f) => f.id).join(', ')}` : '') +
    (run.errors.length ? `; ${run.errors.length} step(s) failed` : '') +
    `. ${(run.durationMs / 1000).toFixed(0)} s. Results: ${resultsFile}`,
);
process.exit(failed.length || run.errors.length ? 1 : 0);
