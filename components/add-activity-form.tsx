// The form to add actions done where Pacer cannot see them (the phone app, another computer, another
// browser). Props in, callbacks out: the page sends the entry to the worker, which dates it in the
// user's zone and answers with what was added or which fields are wrong.
import { useState } from 'preact/hooks';
import { MANUAL_KINDS, MAX_MANUAL_COUNT, type ManualKind } from '../lib/domain/manual-entries';
import type { FieldError } from '../lib/domain/settings';

export const MANUAL_KIND_LABELS: Record<ManualKind, [one: string, many: string]> = {
  invite: ['invite', 'invites'],
  message: ['message', 'messages'],
  inmail: ['InMail', 'InMails'],
  'open-profile-message': ['Open Profile message', 'Open Profile messages'],
  'profile-view': ['profile view', 'profile views'],
};

export interface AddActivityEntry {
  kind: ManualKind;
  count: number;
  date: string;
  withNote?: boolean;
}

export type AddActivityResult =
  | { ok: true; added: number; at: number }
  | { ok: false; errors: readonly FieldError[] };

export interface AddActivityFormProps {
  /** The account the entries are for (null: the one seen most recently, or none yet). */
  account: string | null;
  /** How the page names that account ("pat-pacer"); absent: not said. */
  accountName?: string;
  /** Today in the user's zone, `YYYY-MM-DD`: the date's default and latest value. */
  today: string;
  onAdd: (entry: AddActivityEntry, account: string | null) => Promise<AddActivityResult>;
}

type Field = 'kind' | 'count' | 'date' | 'withNote';

function describe(entry: AddActivityEntry, added: number, today: string): string {
  const [one, many] = MANUAL_KIND_LABELS[entry.kind];
  const what = `${added} ${added === 1 ? one : many}${entry.kind === 'invite' && entry.withNote ? ' with a note' : ''}`;
  return `Added ${what} ${entry.date === today ? 'today' : `on ${entry.date}`}.`;
}

export function AddActivityForm({ account, accountName, today, onAdd }: AddActivityFormProps) {
  const [kind, setKind] = useState<ManualKind>('invite');
  const [count, setCount] = useState('1');
  const [date, setDate] = useState(today);
  const [withNote, setWithNote] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field | 'form', string>>>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setStatus('');
    const n = Number(count);
    if (!/^\d+$/.test(count.trim()) || n < 1 || n > MAX_MANUAL_COUNT) {
      setErrors({ count: `must be a whole number from 1 to ${MAX_MANUAL_COUNT}` });
      return;
    }
    const entry: AddActivityEntry = { kind, count: n, date };
    if (kind === 'invite') entry.withNote = withNote;
    setBusy(true);
    try {
      const res = await onAdd(entry, account);
      if (!res.ok) {
        const next: Partial<Record<Field | 'form', string>> = {};
        for (const err of res.errors) {
          const field =
            (['kind', 'count', 'date', 'withNote'] as const).find((f) => f === err.field) ?? 'form';
          next[field] ??= err.message.replace(/^[\w.()]+: /, '');
        }
        setErrors(next);
        return;
      }
      setErrors({});
      setStatus(describe(entry, res.added, today));
    } catch (err) {
      setErrors({ form: `could not be added (${err instanceof Error ? err.message : String(err)})` });
    } finally {
      setBusy(false);
    }
  };

  const invalid = (f: Field) =>
    errors[f] ? { 'aria-invalid': 'true' as const, 'aria-describedby': `add-${f}-error` } : {};
  const error = (f: Field | 'form') =>
    errors[f] ? (
      <span class="field-error" id={`add-${f}-error`} role={f === 'form' ? 'alert' : undefined}>
        {errors[f]}
      </span>
    ) : null;

  return (
    <form name="add-activity" class="add-activity" onSubmit={submit} noValidate>
      <p class="fieldset-note">
        For what you did where Pacer cannot see it: the LinkedIn phone app, another computer or another
        browser. Added actions count exactly like the ones Pacer sees
        {accountName ? ` (for ${accountName})` : ''}; the activity log lists them, and can remove them.
      </p>
      <div class="field">
        <label for="add-kind">What</label>
        <div class="field-control">
          <select
            id="add-kind"
            name="kind"
            value={kind}
            {...invalid('kind')}
            onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as ManualKind)}
          >
            {MANUAL_KINDS.map((k) => (
              <option key={k} value={k}>
                {MANUAL_KIND_LABELS[k][1].replace(/^./, (c) => c.toUpperCase())}
              </option>
            ))}
          </select>
          {error('kind')}
        </div>
      </div>
      <div class="field">
        <label for="add-count">How many</label>
        <div class="field-control">
          <input
            id="add-count"
            name="count"
            type="number"
            min={1}
            max={MAX_MANUAL_COUNT}
            step={1}
            inputMode="numeric"
            value={count}
            {...invalid('count')}
            onInput={(e) => setCount((e.currentTarget as HTMLInputElement).value)}
          />
          {error('count')}
        </div>
      </div>
      <div class="field">
        <label for="add-date">On</label>
        <div class="field-control">
          <input
            id="add-date"
            name="date"
            type="date"
            max={today}
            value={date}
            {...invalid('date')}
            onInput={(e) => setDate((e.currentTarget as HTMLInputElement).value)}
          />
          {error('date')}
        </div>
      </div>
      {kind === 'invite' ? (
        <div class="field">
          <label for="add-with-note">With a note</label>
          <div class="field-control">
            <input
              id="add-with-note"
              name="with-note"
              type="checkbox"
              checked={withNote}
              {...invalid('withNote')}
              onChange={(e) => setWithNote((e.currentTarget as HTMLInputElement).checked)}
            />
            {error('withNote')}
          </div>
        </div>
      ) : null}
      <p class="form-actions">
        <button type="submit" disabled={busy}>
          Add
        </button>{' '}
        <span role="status" aria-live="polite" class="status">
          {status}
        </span>
        {error('form')}
      </p>
    </form>
  );
}
