// One budget meter on one line: its name, a bar with the amber and red segments marked, and the count;
// a toggle opens its details on demand — what is left and when it resets, a LinkedIn refusal, the
// limit LinkedIn taught (a learned ceiling), the rolling 7 days of calendar-week invites, the week of
// a new account's ramp-up, the limit's source. The details stay in the DOM (hidden while closed), so
// screen readers' aria-describedby and checks that read them work either way.
// Carries the data-* contract (lib/ui/meter-data.ts); props in, markup out.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { MeterReading } from '../lib/domain/budgets';
import { RAMP_WEEKS } from '../lib/domain/ramp-up';
import type { ZoneThresholds } from '../lib/domain/zones';
import { t } from '../lib/i18n/t';
import { ceilingText } from '../lib/ui/ceiling-text';
import { formatCount, formatWhen, formatWhenWithCountdown, refusalText, resetText } from '../lib/ui/format';
import { meterDataAttributes } from '../lib/ui/meter-data';
import { meterLabel } from '../lib/ui/meter-labels';
import { meterView } from '../lib/ui/meter-view';

export interface MeterProps {
  reading: MeterReading;
  now: Date;
  timeZone: string;
  thresholds: ZoneThresholds;
  /** For the InMail balance: the rollover cap sets the bar's scale. */
  maxBalance?: number;
  /** The row's name; overrides the full name (`meterLabel`), which the details still give. */
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

function zoneWord(zone: MeterReading['zone']): string | null {
  if (zone === 'warn') return t('meter.zoneWarn');
  if (zone === 'red') return t('meter.zoneRed');
  if (zone === 'over') return t('meter.zoneOver');
  return null;
}

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
  const name = meterLabel(reading.id);
  const labelId = `meter-${reading.id}-label`;
  const detailId = `meter-${reading.id}-detail`;
  const borrowed = reading.refusal !== null && refusalStatedBy !== null;
  // A refusal stated by another meter holds this one at 0 until that meter resets: no reset of its own.
  const reset = borrowed ? null : resetText(reading, now, timeZone);
  const zone = zoneWord(reading.zone);
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
            {view.ticks.map((tick) => (
              <span key={tick} class="bar-tick" style={{ left: `${tick}%` }} />
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
          aria-label={t('meter.details', { meter: name })}
          title={t('meter.detailsTitle')}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
      </div>
      <div class="meter-details" id={detailId} hidden={!open}>
        <p class="meter-foot">
          {label && label !== name ? (
            <span class="meter-name">{t('meter.named', { meter: name })} </span>
          ) : null}
          <span class="meter-left">{view.leftText}</span>
          {zone ? <span class="meter-zone"> · {zone}</span> : null}
          {reset ? <span class="meter-reset"> · {reset}</span> : null}
        </p>
        {reading.refusal && !borrowed ? (
          <p class="meter-refusal">
            {refusalText(reading.refusal)}
            <span class="meter-refusal-at"> ({formatWhen(reading.refusal.at, now, timeZone)})</span>
          </p>
        ) : null}
        {borrowed ? <p class="meter-refusal-ref">{t('meter.heldBy', { meter: refusalStatedBy })}</p> : null}
        {reading.ceiling ? (
          <p class="meter-ceiling">{ceilingText(reading.id, reading.ceiling, reading.limit, timeZone)}</p>
        ) : null}
        {reading.rolling7d && reading.limit !== null ? (
          <p class={`meter-rolling zone-text-${reading.rolling7d.zone}`}>
            {t('meter.rolling', {
              used: formatCount(reading.rolling7d.used),
              limit: formatCount(reading.limit),
            })}
            {reading.rolling7d.nextFreeAt
              ? ` · ${t('format.nextSlot', { when: formatWhenWithCountdown(reading.rolling7d.nextFreeAt, now, timeZone) })}`
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
  const weeks = formatCount(RAMP_WEEKS);
  if (ramp.paused) return t('meter.rampHeld', { week: formatCount(Math.min(ramp.week, RAMP_WEEKS)), weeks });
  if (ramp.complete) return t('meter.rampComplete');
  return t('meter.rampWeek', { week: formatCount(ramp.week), weeks });
}
