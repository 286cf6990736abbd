// The form to add actions done where Pacer cannot see them (the phone app, another computer, another
// browser). Props in, callbacks out: the page sends the entry to the worker, which dates it in the
// user's zone and answers with what was added or which fields are wrong.
import { useState } from 'preact/hooks';
import { MANUAL_KINDS, MAX_MANUAL_COUNT, type ManualKind } from '../lib/domain/manual-entries';
import type { FieldError } from '../lib/domain/settings';
import { t } from '../lib/i18n/t';
import { formatCount, formatDate } from '../lib/ui/format';

/** A kind as the list names it: "Invites". */
export function manualKindLabel(kind: ManualKind): string {
  switch (kind) {
    case 'invite':
      return t('addActivity.kind.invite');
    case 'message':
      return t('addActivity.kind.message');
    case 'inmail':
      return t('addActivity.kind.inmail');
    case 'open-profile-message':
      return t('addActivity.kind.openProfile');
    case 'profile-view':
      return t('addActivity.kind.profileView');
  }
}

/** "4 invites with a note": what was added, counted in the language's plural. */
function addedText(kind: ManualKind, n: number, withNote: boolean): string {
  const count = formatCount(n);
  switch (kind) {
    case 'invite':
      return withNote
        ? t('addActivity.what.inviteNote', n, { count })
        : t('addActivity.what.invite', n, { count });
    case 'message':
      return t('addActivity.what.message', n, { count });
    case 'inmail':
      return t('addActivity.what.inmail', n, { count });
    case 'open-profile-message':
      return t('addActivity.what.openProfile', n, { count });
    case 'profile-view':
      return t('addActivity.what.profileView', n, { count });
  }
}

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
  const what = addedText(entry.kind, added, entry.kind === 'invite' && entry.withNote === true);
  if (entry.date === today) return t('addActivity.addedToday', { what });
  // A calendar day, not an instant: worded at noon UTC so no zone moves it.
  const date = formatDate(new Date(`${entry.date}T12:00:00Z`), 'UTC');
  return t('addActivity.addedOn', { what, date });
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
      setErrors({ count: t('errors.countRange', { max: formatCount(MAX_MANUAL_COUNT) }) });
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
      setErrors({
        form: t('addActivity.failed', { error: err instanceof Error ? err.message : String(err) }),
      });
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
        {accountName ? t('addActivity.introFor', { account: accountName }) : t('addActivity.intro')}
      </p>
      <div class="field">
        <label for="add-kind">{t('addActivity.kindLabel')}</label>
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
                {manualKindLabel(k)}
              </option>
            ))}
          </select>
          {error('kind')}
        </div>
      </div>
      <div class="field">
        <label for="add-count">{t('addActivity.countLabel')}</label>
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
        <label for="add-date">{t('addActivity.dateLabel')}</label>
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
          <label for="add-with-note">{t('addActivity.withNoteLabel')}</label>
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
          {t('addActivity.add')}
        </button>{' '}
        <span role="status" aria-live="polite" class="status">
          {status}
        </span>
        {error('form')}
      </p>
    </form>
  );
}
