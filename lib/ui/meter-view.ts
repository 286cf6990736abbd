// Geometry and words of one meter's bar, from a reading: where the fill ends, where the amber and
// red segments start, and what a screen reader hears. Pure; zones come from the reading as computed
// by lib/domain/budgets.ts and are never recomputed here (the thresholds only place the marks).
// Words in the browser's language, numbers in its locale.
import type { MeterReading } from '../domain/budgets';
import { INMAIL_WARN_PERCENT } from '../domain/budgets';
import type { ZoneThresholds } from '../domain/zones';
import { t } from '../i18n/t';
import { formatCount, zoneText } from './format';

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
      valueText: zoneText('none'),
      countText: '—',
      leftText: t('meter.notOnPlan'),
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
      valueText: t('meter.balanceValue', available, {
        count: formatCount(available),
        cap: formatCount(cap),
        sent: formatCount(r.used),
        zone: zoneText(r.zone),
      }),
      countText: t('meter.available', available, { count: formatCount(available) }),
      leftText: t('meter.creditsLeft', available, { count: formatCount(available) }),
    };
  }
  if (r.limit === null) {
    return {
      shape: 'unlimited',
      ...empty,
      valueText: t('meter.usedNoLimit', r.used, { count: formatCount(r.used) }),
      countText: t('meter.used', r.used, { count: formatCount(r.used) }),
      leftText: t('meter.noLimit'),
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
    valueText: t('meter.usedOf', {
      used: formatCount(r.used),
      limit: formatCount(limit),
      left: formatCount(left),
      zone: zoneText(r.zone),
    }),
    countText: `${formatCount(r.used)} / ${formatCount(limit)}`,
    leftText: t('meter.leftCount', left, { count: formatCount(left) }),
  };
}
