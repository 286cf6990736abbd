// Geometry and words of one meter's bar, from a reading: where the fill ends, where the amber and
// red segments start, and what a screen reader hears. Pure; zones come from the reading as computed
// by lib/domain/budgets.ts and are never recomputed here (the thresholds only place the marks).
import type { MeterReading } from '../domain/budgets';
import { INMAIL_WARN_PERCENT } from '../domain/budgets';
import type { ZoneThresholds } from '../domain/zones';
import { formatCount, plural, zoneText } from './format';

export type MeterShape = 'bar' | 'unlimited' | 'none';

export interface MeterView {
  shape: MeterShape;
  /** Percent of the track the fill covers, 0–100. */
  fillPct: number;
  /** Where the amber and red segments start and end, in percent of the track. */
  warn: { from: number; to: number } | null;
  red: { from: number; to: number } | null;
  /** Tick marks at the thresholds, in percent of the track. */
  ticks: number[];
  /** ARIA meter values (valuenow is clamped into [min, max]). */
  valueMin: number;
  valueMax: number;
  valueNow: number;
  valueText: string;
  /** "37 / 100", "12 available", "12 used" */
  countText: string;
  /** "63 left", "No limit on your plan", "Not on your plan" */
  leftText: string;
}

function clampPct(n: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.min(100, Math.max(0, Math.round(n * 10) / 10));
}

export function meterView(
  r: MeterReading,
  thresholds: ZoneThresholds,
  inmail?: { maxBalance: number } | null,
): MeterView {
  const empty = { fillPct: 0, warn: null, red: null, ticks: [], valueMin: 0, valueMax: 0, valueNow: 0 };
  if (r.zone === 'none') {
    return {
      shape: 'none',
      ...empty,
      valueText: 'not on your plan',
      countText: '—',
      leftText: 'Not on your plan',
    };
  }
  if (r.window === 'balance') {
    const available = Math.max(0, r.remaining ?? 0);
    const grant = Math.max(0, r.limit ?? 0);
    const cap = Math.max(available, grant, inmail?.maxBalance ?? 0, 1);
    const warnTo = clampPct((grant * INMAIL_WARN_PERCENT) / cap);
    return {
      shape: 'bar',
      fillPct: clampPct((available * 100) / cap),
      warn: warnTo > 0 ? { from: 0, to: warnTo } : null,
      red: null,
      ticks: warnTo > 0 ? [warnTo] : [],
      valueMin: 0,
      valueMax: cap,
      valueNow: Math.min(available, cap),
      valueText: `${plural(available, 'credit')} available of at most ${formatCount(cap)}; ${formatCount(r.used)} sent since the last refill; ${zoneText(r.zone)}`,
      countText: `${formatCount(available)} available`,
      leftText: `${plural(available, 'credit')} left`,
    };
  }
  if (r.limit === null) {
    return {
      shape: 'unlimited',
      ...empty,
      valueText: `${formatCount(r.used)} used, no limit on your plan`,
      countText: `${formatCount(r.used)} used`,
      leftText: 'No limit on your plan',
    };
  }
  const limit = r.limit;
  // The reading's remaining: 0 once LinkedIn refused, and capped by the week meter.
  const left = Math.max(0, Math.min(r.remaining ?? Number.POSITIVE_INFINITY, limit - r.used));
  const warn = clampPct(thresholds.warn);
  const red = clampPct(thresholds.red);
  return {
    shape: 'bar',
    fillPct: clampPct((r.used * 100) / limit),
    warn: red > warn ? { from: warn, to: red } : null,
    red: { from: red, to: 100 },
    ticks: red > warn ? [warn, red] : [red],
    valueMin: 0,
    valueMax: limit,
    valueNow: Math.min(Math.max(0, r.used), limit),
    valueText: `${formatCount(r.used)} of ${formatCount(limit)} used, ${formatCount(left)} left; ${zoneText(r.zone)}`,
    countText: `${formatCount(r.used)} / ${formatCount(limit)}`,
    leftText: `${formatCount(left)} left`,
  };
}
