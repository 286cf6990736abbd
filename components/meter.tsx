// One budget meter: label, "used / limit", a bar with its amber and red segments marked, what is
// left and when it resets, a LinkedIn refusal if any, the limit LinkedIn taught (a learned ceiling),
// (calendar-week invites) the rolling 7 days, and (invites) the week of a new account's ramp-up.
// Carries the data-* contract (lib/ui/meter-data.ts); props in, markup out.
import type { ComponentChildren } from 'preact';
import type { MeterReading } from '../lib/domain/budgets';
import { METER_LABELS } from '../lib/domain/limits';
import { RAMP_WEEKS } from '../lib/domain/ramp-up';
import type { ZoneThresholds } from '../lib/domain/zones';
import { ceilingText } from '../lib/ui/ceiling-text';
import { formatCount, formatWhen, formatWhenWithCountdown, refusalText, resetText } from '../lib/ui/format';
import { meterDataAttributes } from '../lib/ui/meter-data';
import { meterView } from '../lib/ui/meter-view';

export interface MeterProps {
  reading: MeterReading;
  now: Date;
  timeZone: string;
  thresholds: ZoneThresholds;
  /** For the InMail balance: the rollover cap sets the bar's scale. */
  maxBalance?: number;
  /** Overrides METER_LABELS. */
  label?: string;
  children?: ComponentChildren;
}

const ZONE_WORD: Record<string, string | null> = {
  ok: null,
  warn: 'Amber zone',
  red: 'Red zone',
  over: 'Over the limit',
  none: null,
};

export function Meter({ reading, now, timeZone, thresholds, maxBalance, label, children }: MeterProps) {
  const view = meterView(reading, thresholds, maxBalance === undefined ? null : { maxBalance });
  const labelId = `meter-${reading.id}-label`;
  const detailId = `meter-${reading.id}-detail`;
  const reset = resetText(reading, now, timeZone);
  const zoneWord = ZONE_WORD[reading.zone] ?? null;
  return (
    <div class={`meter zone-${reading.zone} shape-${view.shape}`} {...meterDataAttributes(reading)}>
      <div class="meter-head">
        <span class="meter-label" id={labelId}>
          {label ?? METER_LABELS[reading.id]}
        </span>
        <span class="meter-count">{view.countText}</span>
      </div>
      {view.shape === 'bar' ? (
        // biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot draw the amber/red segments and threshold ticks; this div carries the same ARIA meter semantics.
        <div
          class="bar"
          role="meter"
          aria-labelledby={labelId}
          aria-describedby={detailId}
          aria-valuemin={view.valueMin}
          aria-valuemax={view.valueMax}
          aria-valuenow={view.valueNow}
          aria-valuetext={view.valueText}
        >
          {view.warn ? (
            <span
              class="bar-seg bar-seg-warn"
              style={{ left: `${view.warn.from}%`, width: `${view.warn.to - view.warn.from}%` }}
            />
          ) : null}
          {view.red ? (
            <span
              class="bar-seg bar-seg-red"
              style={{ left: `${view.red.from}%`, width: `${view.red.to - view.red.from}%` }}
            />
          ) : null}
          <span class="bar-fill" style={{ width: `${view.fillPct}%` }} />
          {view.ticks.map((t) => (
            <span key={t} class="bar-tick" style={{ left: `${t}%` }} />
          ))}
        </div>
      ) : (
        <div class="bar bar-empty" aria-hidden="true" />
      )}
      <p class="meter-foot" id={detailId}>
        <span class="meter-left">{view.leftText}</span>
        {zoneWord ? <span class="meter-zone"> · {zoneWord}</span> : null}
        {reset ? <span class="meter-reset"> · {reset}</span> : null}
      </p>
      {reading.refusal ? (
        <p class="meter-refusal">
          {refusalText(reading.refusal)}
          <span class="meter-refusal-at"> ({formatWhen(reading.refusal.at, now, timeZone)})</span>
        </p>
      ) : null}
      {reading.ceiling ? (
        <p class="meter-ceiling">{ceilingText(reading.id, reading.ceiling, reading.limit, timeZone)}</p>
      ) : null}
      {reading.rolling7d && reading.limit !== null ? (
        <p class={`meter-rolling zone-text-${reading.rolling7d.zone}`}>
          Rolling 7 days: {formatCount(reading.rolling7d.used)} / {formatCount(reading.limit)}
          {reading.rolling7d.nextFreeAt
            ? ` · next slot frees up ${formatWhenWithCountdown(reading.rolling7d.nextFreeAt, now, timeZone)}`
            : ''}
        </p>
      ) : null}
      {reading.ramp ? <p class="meter-ramp">{rampText(reading.ramp)}</p> : null}
      {children}
    </div>
  );
}

/** The ramp-up line of an invite meter: which week, and whether it holds. */
export function rampText(ramp: NonNullable<MeterReading['ramp']>): string {
  if (ramp.paused)
    return `Ramp-up week ${Math.min(ramp.week, RAMP_WEEKS)} of ${RAMP_WEEKS}, held (not growing) while acceptance is low`;
  if (ramp.complete) return `Ramp-up complete: the full limit applies`;
  return `Ramp-up week ${ramp.week} of ${RAMP_WEEKS}: the limit grows each week`;
}
