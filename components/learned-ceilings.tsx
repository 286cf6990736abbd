// The options page's list of what LinkedIn enforced on one account: each learned ceiling in words,
// with a "Forget" button that returns the meter to the configured limit. Props in, callbacks out:
// the page sends the change (the remaining ceilings replace the whole set) and says which account.
import { useState } from 'preact/hooks';
import { limitFor } from '../lib/domain/budgets';
import { activeCeiling } from '../lib/domain/ceilings';
import { METER_IDS, type MeterId } from '../lib/domain/limits';
import type { Settings } from '../lib/domain/settings';
import { t } from '../lib/i18n/t';
import { ceilingText } from '../lib/ui/ceiling-text';
import { meterLabel } from '../lib/ui/meter-labels';

export interface LearnedCeilingsProps {
  /** The account whose settings these are (the one the page shows). */
  account: string;
  settings: Settings;
  now: Date;
  timeZone: string;
  /** Saves the account's ceilings (the whole set); resolves with the errors, if any. */
  onSave: (change: {
    ceilings: Settings['ceilings'];
    account: string;
  }) => Promise<{ ok: true } | { ok: false; errors: { message: string }[] }>;
}

export function LearnedCeilings({ account, settings, now, timeZone, onSave }: LearnedCeilingsProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<MeterId | null>(null);
  const active = METER_IDS.flatMap((id) => {
    const c = activeCeiling(settings.ceilings, id, now, timeZone);
    return c ? [{ id, ceiling: c }] : [];
  });

  const forget = async (id: MeterId) => {
    setBusy(id);
    setError(null);
    const { [id]: _, ...rest } = settings.ceilings;
    try {
      const reply = await onSave({ ceilings: rest, account });
      if (!reply.ok) setError(reply.errors.map((e) => e.message).join('; '));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section class="learned-ceilings" aria-labelledby="learned-ceilings-title">
      <h2 id="learned-ceilings-title">{t('ceiling.title')}</h2>
      <p class="fieldset-note">{t('ceiling.note')}</p>
      {active.length === 0 ? (
        <p class="learned-ceilings-empty">{t('ceiling.empty')}</p>
      ) : (
        <ul class="learned-ceilings-list">
          {active.map(({ id, ceiling }) => (
            <li key={id} data-ceiling={id}>
              <strong>{t('ceiling.label', { meter: meterLabel(id) })}</strong>{' '}
              {t('ceiling.sentence', {
                text: ceilingText(id, ceiling, limitFor(settings, id, now, timeZone).limit, timeZone),
              })}{' '}
              <button
                type="button"
                data-action="forget-ceiling"
                data-meter={id}
                disabled={busy !== null}
                onClick={() => void forget(id)}
              >
                {t('ceiling.forget')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p class="field-error" role="alert">
          {t('ceiling.forgetFailed', { error })}
        </p>
      ) : null}
    </section>
  );
}
