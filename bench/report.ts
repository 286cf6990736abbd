// The benchmark's output: every figure with its unit and budget, as a table on stdout and as
// machine-readable JSON in bench/results.json (git-ignored).
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';

export const RESULTS_FILE = resolve(import.meta.dirname, 'results.json');
/** Where a partial run (`--only`) writes, so the full run's results stay. */
export const PARTIAL_RESULTS_FILE = resolve(import.meta.dirname, 'results.partial.json');

export interface Budget {
  op: '<=' | '>=';
  value: number;
}

export interface Figure {
  /** Stable id, e.g. `weight.observer`. */
  id: string;
  /** The heading: Weight, Page overhead, Classifier, Meters at scale, … */
  group: string;
  label: string;
  value: number;
  unit: string;
  /** Absent: an informational figure (context for a budgeted one). */
  budget?: Budget;
  pass?: boolean;
  /** Samples, counts, how it was measured. */
  detail?: Record<string, unknown>;
}

/** A figure with its pass/fail worked out. */
export function figure(f: Omit<Figure, 'pass'>): Figure {
  if (!f.budget || !Number.isFinite(f.value)) return f.budget ? { ...f, pass: false } : f;
  const pass = f.budget.op === '<=' ? f.value <= f.budget.value : f.value >= f.budget.value;
  return { ...f, pass };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function summary(xs: readonly number[], digits = 2) {
  const s = [...xs].sort((a, b) => a - b);
  const r = (n: number | undefined) => (n === undefined ? null : Number(n.toFixed(digits)));
  return {
    n: s.length,
    median: r(median(s)),
    min: r(s[0]),
    max: r(s[s.length - 1]),
    samples: xs.map((x) => r(x)),
  };
}

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (unit === 'ops/s') return Math.round(value).toLocaleString('en-US');
  if (unit === '×' || unit === 'ratio') return value.toFixed(3);
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 100) return value.toFixed(1);
  return value.toFixed(2);
}

function formatBudget(b: Budget | undefined, unit: string): string {
  if (!b) return '(info)';
  return `${b.op === '<=' ? '≤' : '≥'} ${format(b.value, unit)}`;
}

export interface RunInfo {
  startedAt: Date;
  durationMs: number;
  chromium?: string;
  errors: { step: string; message: string }[];
  diagnostics: Record<string, unknown>;
}

export function printTable(figures: readonly Figure[]): void {
  const rows = figures.map((f) => [
    f.group,
    f.label,
    format(f.value, f.unit),
    f.unit,
    formatBudget(f.budget, f.unit),
    f.budget ? (f.pass ? 'pass' : 'FAIL') : '',
  ]);
  const head = ['Group', 'Figure', 'Value', 'Unit', 'Budget', 'Result'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 2 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  let group = '';
  for (const r of rows) {
    const cells = [...r];
    if (cells[0] === group) cells[0] = '';
    else group = cells[0] as string;
    console.log(line(cells));
  }
}

export function writeResults(figures: readonly Figure[], run: RunInfo, file = RESULTS_FILE): void {
  const budgeted = figures.filter((f) => f.budget);
  const cpu = cpus();
  const out = {
    generatedAt: run.startedAt.toISOString(),
    durationMs: Math.round(run.durationMs),
    machine: {
      platform: `${process.platform} ${process.arch}`,
      cpus: cpu.length,
      cpuModel: cpu[0]?.model ?? 'unknown',
      memoryGB: Number((totalmem() / 2 ** 30).toFixed(1)),
      node: process.version,
      chromium: run.chromium ?? null,
    },
    summary: {
      budgets: budgeted.length,
      passed: budgeted.filter((f) => f.pass).length,
      failed: budgeted.filter((f) => !f.pass).map((f) => f.id),
      errors: run.errors,
    },
    figures,
    diagnostics: run.diagnostics,
  };
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
}
