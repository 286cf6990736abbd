// One budget meter on one line: its name, a bar with the amber and red segments marked, and the count;
// a toggle opens its details on demand — what is left and when it resets, a LinkedIn refusal, the
// limit LinkedIn taught (a learned ceiling), the rolling 7 days of calendar-week invites, the week of
// a new account's ramp-up, the limit's source. The details stay in the DOM (hidden while closed), so
// screen readers' aria-describedby and checks that read them work either way.
// Carries the data-* contract (lib/ui/meter-data.ts); props in, markup out.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
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
  /** The row's name; overrides METER_LABELS (the details still give the full name). */
  label?: string;
  /**
   * The meter that states this meter's LinkedIn refusal, when another one does (the weekly invite
   * refusal is the week's): this one then says so instead of repeating it with its own reset.
   */
  refusalStatedBy?: string | null;
  /** Opened at first (a test, or a page that shows one meter). */
  open?: boolean;
  /** More details: the InMail ledger, the limit's source. */
  children?: ComponentChildren;
}

const ZONE_WORD: Record<string, string | null> = {
  ok: null,
  warn: 'Amber zone',
  red: 'Red zone',
  over: 'Over the limit',
  none: null,
};

export function Meter({
  reading,
  now,
  timeZone,
  thresholds,
  maxBalance,
  label,
  refusalStatedBy = null,
  open: initiallyOpen = false,
  children,
}: MeterProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const view = meterView(reading, thresholds, maxBalance === undefined ? null : { maxBalance });
  const name = METER_LABELS[reading.id];
  const labelId = `meter-${reading.id}-label`;
  const detailId = `meter-${reading.id}-detail`;
  const borrowed = reading.refusal !== null && refusalStatedBy !== null;
  // A refusal stated by another meter holds this one at 0 until that meter resets: no reset of its own.
  const reset = borrowed ? null : resetText(reading, now, timeZone);
  const zoneWord = ZONE_WORD[reading.zone] ?? null;
  return (
    <div class={`meter zone-${reading.zone} shape-${view.shape}`} {...meterDataAttributes(reading)}>
      <div class="meter-row">
        <span class="meter-label" id={labelId} title={label && label !== name ? name : undefined}>
          {label ?? name}
        </span>
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
        <span class="meter-count">{view.countText}</span>
        <button
          type="button"
          class="meter-toggle"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={detailId}
          aria-label={`Details: ${name}`}
          title="Details"
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
      </div>
      <div class="meter-details" id={detailId} hidden={!open}>
        <p class="meter-foot">
          {label && label !== name ? <span class="meter-name">{name}: </span> : null}
          <span class="meter-left">{view.leftText}</span>
          {zoneWord ? <span class="meter-zone"> · {zoneWord}</span> : null}
          {reset ? <span class="meter-reset"> · {reset}</span> : null}
        </p>
        {reading.refusal && !borrowed ? (
          <p class="meter-refusal">
            {refusalText(reading.refusal)}
            <span class="meter-refusal-at"> ({formatWhen(reading.refusal.at, now, timeZone)})</span>
          </p>
        ) : null}
        {borrowed ? (
          <p class="meter-refusal-ref">Held at 0 by LinkedIn's refusal ({refusalStatedBy})</p>
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
