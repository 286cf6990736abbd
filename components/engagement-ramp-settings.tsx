// The options page's two optional features: the engagement meter (a shared switch) and the
// new-account ramp-up of the shown account (start it now, or stop it), with the ramp's table for
// this account's limits. Props in, callbacks out: the page saves the patch for the account it shows.
import { useState } from 'preact/hooks';
import { limitFor } from '../lib/domain/budgets';
import { ENGAGEMENT_SOURCE, RAMP_UP_SOURCE } from '../lib/domain/limit-sources';
import {
  RAMP_FIRST_DAY,
  RAMP_FIRST_WEEK,
  RAMP_WEEKS,
  rampLimit,
  rampState,
  startRamp,
} from '../lib/domain/ramp-up';
import type { Settings, SettingsPatch } from '../lib/domain/settings';
import { t } from '../lib/i18n/t';
import { formatCount, formatDate } from '../lib/ui/format';
import { SourceText } from './source-text';

export interface EngagementRampSettingsProps {
  settings: Settings;
  /** The account the page shows, in words; null: the shared settings (accounts not seen yet). */
  accountName: string | null;
  now: Date;
  timeZone: string;
  /** Saves a patch for the shown account; resolves with the errors, if any. */
  onSave: (patch: SettingsPatch) => Promise<{ ok: true } | { ok: false; errors: { message: string }[] }>;
}

export function EngagementRampSettings({
  settings,
  accountName,
  now,
  timeZone,
  onSave,
}: EngagementRampSettingsProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (patch: SettingsPatch) => {
    setBusy(true);
    setError(null);
    try {
      const reply = await onSave(patch);
      if (!reply.ok) setError(reply.errors.map((e) => e.message).join('; '));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const day = limitFor(settings, 'invites-day', now, timeZone).limit;
  const week = limitFor(settings, 'invites-week', now, timeZone).limit;
  const ramp = settings.rampUp
    ? rampState({ ramp: settings.rampUp, now, timeZone, acceptance: { zone: 'unknown' } })
    : null;

  return (
    <section class="engagement-ramp" aria-labelledby="engagement-ramp-title">
      <h2 id="engagement-ramp-title">{t('options.ramp.title')}</h2>
      <fieldset>
        <legend>{t('options.ramp.engagementLegend')}</legend>
        <label>
          <input
            type="checkbox"
            name="engagementMeter"
            checked={settings.engagementMeter}
            disabled={busy}
            onChange={(e) => void save({ engagementMeter: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          {t('options.ramp.engagementLabel')}
        </label>
        <p class="fieldset-note">
          {t('options.ramp.engagementNote')} <SourceText text={ENGAGEMENT_SOURCE} />
        </p>
      </fieldset>
      <fieldset data-section="ramp-up">
        <legend>
          {accountName
            ? t('options.ramp.legendFor', { account: accountName })
            : t('options.ramp.legendShared')}
        </legend>
        {ramp && settings.rampUp ? (
          <p class="ramp-status" data-ramp-week={ramp.week}>
            {ramp.complete
              ? t('options.ramp.complete', {
                  date: formatDate(new Date(settings.rampUp.startedAt), timeZone),
                })
              : t('options.ramp.week', {
                  date: formatDate(new Date(settings.rampUp.startedAt), timeZone),
                  week: formatCount(ramp.week),
                  weeks: formatCount(RAMP_WEEKS),
                })}{' '}
            <button
              type="button"
              data-action="stop-ramp"
              disabled={busy}
              onClick={() => void save({ rampUp: null })}
            >
              {t('options.ramp.stop')}
            </button>
          </p>
        ) : (
          <p class="ramp-status">
            {t('options.ramp.off')}{' '}
            <button
              type="button"
              data-action="start-ramp"
              disabled={busy}
              onClick={() => void save({ rampUp: startRamp(Date.now()) })}
            >
              {t('options.ramp.start')}
            </button>
          </p>
        )}
        <table class="ramp-table">
          <caption>{t('options.ramp.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('options.ramp.colWeek')}</th>
              <th scope="col">{t('options.ramp.colDay')}</th>
              <th scope="col">{t('options.ramp.colWeekly')}</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: RAMP_WEEKS }, (_, i) => i + 1).map((w) => (
              <tr key={w} aria-current={ramp && !ramp.complete && ramp.step === w ? 'true' : undefined}>
                <th scope="row">
                  {w === RAMP_WEEKS ? t('options.ramp.lastWeek', { week: formatCount(w) }) : formatCount(w)}
                </th>
                <td>{text(rampLimit(w, day, RAMP_FIRST_DAY))}</td>
                <td>{text(rampLimit(w, week, RAMP_FIRST_WEEK))}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="fieldset-note">
          <SourceText text={RAMP_UP_SOURCE} />
        </p>
      </fieldset>
      {error ? (
        <p class="field-error" role="alert">
          {t('options.ramp.saveFailed', { error })}
        </p>
      ) : null}
    </section>
  );
}

const text = (n: number | null) => (n === null ? t('options.ramp.noLimit') : formatCount(n));
