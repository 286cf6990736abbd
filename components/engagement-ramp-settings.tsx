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
import { formatDate } from '../lib/ui/format';
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
  const whose = accountName ? ` for ${accountName}` : ' for accounts Pacer has not seen yet';
  return (
    <section class="engagement-ramp" aria-labelledby="engagement-ramp-title">
      <h2 id="engagement-ramp-title">Engagement and ramp-up</h2>
      <fieldset>
        <legend>Engagement meter (all accounts)</legend>
        <label>
          <input
            type="checkbox"
            name="engagementMeter"
            checked={settings.engagementMeter}
            disabled={busy}
            onChange={(e) => void save({ engagementMeter: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          Show a daily meter of messages to connections, profile views, comments and reactions together
        </label>
        <p class="fieldset-note">
          Replies, InMails and Open Profile messages are not part of it.{' '}
          <SourceText text={ENGAGEMENT_SOURCE} />
        </p>
      </fieldset>
      <fieldset data-section="ramp-up">
        <legend>New-account ramp-up{whose}</legend>
        {ramp && settings.rampUp ? (
          <p class="ramp-status" data-ramp-week={ramp.week}>
            Started {formatDate(new Date(settings.rampUp.startedAt), timeZone)}:{' '}
            {ramp.complete
              ? 'the ramp is complete, the full limits apply.'
              : `week ${ramp.week} of ${RAMP_WEEKS}. While your acceptance rate is amber or red, the ramp holds at week 1.`}{' '}
            <button
              type="button"
              data-action="stop-ramp"
              disabled={busy}
              onClick={() => void save({ rampUp: null })}
            >
              Stop the ramp-up
            </button>
          </p>
        ) : (
          <p class="ramp-status">
            Off: the invite limits are the plan's or yours.{' '}
            <button
              type="button"
              data-action="start-ramp"
              disabled={busy}
              onClick={() => void save({ rampUp: startRamp(Date.now()) })}
            >
              Start the ramp-up now
            </button>
          </p>
        )}
        <table class="ramp-table">
          <caption>
            Invite limits week by week (they never go above the plan's, yours or what LinkedIn enforced)
          </caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Invites a day</th>
              <th scope="col">Invites a week</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: RAMP_WEEKS }, (_, i) => i + 1).map((w) => (
              <tr key={w} aria-current={ramp && !ramp.complete && ramp.step === w ? 'true' : undefined}>
                <th scope="row">{w === RAMP_WEEKS ? `${w} and after` : w}</th>
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
          Could not save: {error}
        </p>
      ) : null}
    </section>
  );
}

const text = (n: number | null) => (n === null ? 'no limit' : String(n));
