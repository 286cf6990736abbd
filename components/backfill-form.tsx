// "Already sent before installing": today / this week / this month, per kind. Props in, callbacks
// out: the page turns the counts into manual entries (lib/domain/backfill.ts) and sends them.
import { useState } from 'preact/hooks';
import {
  BACKFILL_KINDS,
  BACKFILL_PERIODS,
  type BackfillCounts,
  type BackfillKind,
  type BackfillPeriod,
  emptyBackfill,
  MAX_BACKFILL,
} from '../lib/domain/backfill';
import type { FieldError, WeeklyMode } from '../lib/domain/settings';

export type BackfillResult = { ok: true; added: number } | { ok: false; errors: readonly FieldError[] };

export interface BackfillFormProps {
  weeklyMode: WeeklyMode;
  onSubmit: (counts: BackfillCounts) => Promise<BackfillResult>;
}

const KIND_LABELS: Record<BackfillKind, string> = {
  invite: 'Invites',
  'invite-note': '… of them with a note',
  message: 'Messages',
  inmail: 'InMails',
  'profile-view': 'Profile views',
};

const inputName = (kind: BackfillKind, period: BackfillPeriod) => `${kind}-${period}`;

export function BackfillForm({ weeklyMode, onSubmit }: BackfillFormProps) {
  const [raw, setRaw] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const periodLabel: Record<BackfillPeriod, string> = {
    today: 'Today',
    week: weeklyMode === 'rolling-7d' ? 'Last 7 days' : 'This week',
    month: 'This month',
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setStatus('');
    const counts = emptyBackfill();
    const bad: Record<string, string> = {};
    for (const kind of BACKFILL_KINDS)
      for (const period of BACKFILL_PERIODS) {
        const text = (raw[inputName(kind, period)] ?? '').trim();
        const n = text === '' ? 0 : Number(text);
        if (!/^\d*$/.test(text) || n > MAX_BACKFILL)
          bad[inputName(kind, period)] = `must be a whole number from 0 to ${MAX_BACKFILL}`;
        else counts[kind][period] = n;
      }
    setErrors(bad);
    if (Object.keys(bad).length > 0) return;
    setBusy(true);
    try {
      const res = await onSubmit(counts);
      if (!res.ok) {
        const next: Record<string, string> = {};
        for (const err of res.errors) {
          const name = err.field.replace('.', '-');
          next[name] ??= err.message.replace(/^[\w.-]+: /, '');
        }
        setErrors(next);
        return;
      }
      setRaw({});
      setStatus(
        res.added === 0
          ? 'Nothing to add.'
          : `Added ${res.added} action${res.added === 1 ? '' : 's'}: the meters count them from now on.`,
      );
    } catch (err) {
      setErrors({ form: `could not be added (${err instanceof Error ? err.message : String(err)})` });
    } finally {
      setBusy(false);
    }
  };

  const messages = Object.entries(errors);
  return (
    <form name="backfill" class="backfill" onSubmit={submit} noValidate>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">What</span>
            </th>
            {BACKFILL_PERIODS.map((p) => (
              <th scope="col" key={p}>
                {periodLabel[p]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {BACKFILL_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{KIND_LABELS[kind]}</th>
              {BACKFILL_PERIODS.map((period) => {
                const name = inputName(kind, period);
                return (
                  <td key={period}>
                    <input
                      type="number"
                      name={name}
                      min={0}
                      max={MAX_BACKFILL}
                      step={1}
                      inputMode="numeric"
                      placeholder="0"
                      aria-label={`${KIND_LABELS[kind]}, ${periodLabel[period].toLowerCase()}`}
                      aria-invalid={errors[name] ? 'true' : undefined}
                      value={raw[name] ?? ''}
                      onInput={(e) => {
                        const value = (e.currentTarget as HTMLInputElement).value;
                        setRaw((r) => ({ ...r, [name]: value }));
                      }}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {messages.length > 0 ? (
        <ul class="field-error" role="alert">
          {messages.map(([name, message]) => (
            <li key={name}>{name === 'form' ? message : `${name.replace(/-/g, ' ')}: ${message}`}</li>
          ))}
        </ul>
      ) : null}
      <p class="form-actions">
        <button type="submit" disabled={busy}>
          Add to the meters
        </button>{' '}
        <span role="status" aria-live="polite" class="status">
          {status}
        </span>
      </p>
    </form>
  );
}
