// "Already sent before installing": today / this week / this month, per kind. Props in, callbacks
// out: the page turns the counts into manual entries (lib/domain/backfill.ts) and sends them.
import { useState } from 'preact/hooks';
import {
  BACKFILL_KINDS,
  BACKFILL_PERIODS,
  type BackfillCounts,
  type BackfillError,
  type BackfillKind,
  type BackfillPeriod,
  type BackfillProblem,
  emptyBackfill,
  MAX_BACKFILL,
} from '../lib/domain/backfill';
import type { FieldError, WeeklyMode } from '../lib/domain/settings';
import { t } from '../lib/i18n/t';
import { formatCount } from '../lib/ui/format';

/** The counts' own errors (backfill.ts) or the worker's, when it refuses an entry. */
export type BackfillResult =
  | { ok: true; added: number }
  | { ok: false; errors: readonly (BackfillError | FieldError)[] };

export interface BackfillFormProps {
  weeklyMode: WeeklyMode;
  onSubmit: (counts: BackfillCounts) => Promise<BackfillResult>;
}

function kindLabel(kind: BackfillKind): string {
  switch (kind) {
    case 'invite':
      return t('welcome.kind.invite');
    case 'invite-note':
      return t('welcome.kind.inviteNote');
    case 'message':
      return t('welcome.kind.message');
    case 'inmail':
      return t('welcome.kind.inmail');
    case 'profile-view':
      return t('welcome.kind.profileView');
  }
}

/** A column's heading: "This week" (or "Last 7 days" when the week rolls). */
function columnLabel(period: BackfillPeriod, rolling: boolean): string {
  if (period === 'today') return t('welcome.column.today');
  if (period === 'month') return t('welcome.column.month');
  return rolling ? t('welcome.column.rollingWeek') : t('welcome.column.week');
}

/** A box's name, for screen readers and the error list: "Invites, this week". */
function cellLabel(kind: BackfillKind, period: BackfillPeriod, rolling: boolean): string {
  const k = { kind: kindLabel(kind) };
  if (period === 'today') return t('welcome.cell.today', k);
  if (period === 'month') return t('welcome.cell.month', k);
  return rolling ? t('welcome.cell.rollingWeek', k) : t('welcome.cell.week', k);
}

/** What is wrong with a count, in words. */
function problemText(problem: BackfillProblem, count: number): string {
  const n = formatCount(count);
  switch (problem) {
    case 'not-whole':
      return t('welcome.problem.notWhole', { max: n });
    case 'below-today':
      return t('welcome.problem.belowToday', { n });
    case 'below-month':
      return t('welcome.problem.belowMonth', { n });
    case 'below-week':
      return t('welcome.problem.belowWeek', { n });
    case 'week-began-today':
      return t('welcome.problem.weekBeganToday', { n });
    case 'month-began-today':
      return t('welcome.problem.monthBeganToday', { n });
    case 'month-began-this-week':
      return t('welcome.problem.monthBeganThisWeek', { n });
    case 'notes-over-invites':
      return t('welcome.problem.notesOverInvites', { n });
  }
}

const inputName = (kind: BackfillKind, period: BackfillPeriod) => `${kind}-${period}`;
/** The box an error names (`invite.week` → `invite-week`), if it is one of the form's. */
const CELLS = new Map(
  BACKFILL_KINDS.flatMap((kind) =>
    BACKFILL_PERIODS.map((period) => [inputName(kind, period), { kind, period }] as const),
  ),
);

export function BackfillForm({ weeklyMode, onSubmit }: BackfillFormProps) {
  const [raw, setRaw] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const rolling = weeklyMode === 'rolling-7d';

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
          bad[inputName(kind, period)] = problemText('not-whole', MAX_BACKFILL);
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
          next[name] ??=
            'problem' in err ? problemText(err.problem, err.n) : err.message.replace(/^[\w.-]+: /, '');
        }
        setErrors(next);
        return;
      }
      setRaw({});
      setStatus(
        res.added === 0
          ? t('welcome.nothingAdded')
          : t('welcome.added', res.added, { count: formatCount(res.added) }),
      );
    } catch (err) {
      setErrors({
        form: t('welcome.couldNotAdd', { error: err instanceof Error ? err.message : String(err) }),
      });
    } finally {
      setBusy(false);
    }
  };

  const messages = Object.entries(errors);
  const fieldLabel = (name: string) => {
    const cell = CELLS.get(name);
    return cell ? cellLabel(cell.kind, cell.period, rolling) : name;
  };
  return (
    <form name="backfill" class="backfill" onSubmit={submit} noValidate>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">{t('welcome.what')}</span>
            </th>
            {BACKFILL_PERIODS.map((p) => (
              <th scope="col" key={p}>
                {columnLabel(p, rolling)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {BACKFILL_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{kindLabel(kind)}</th>
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
                      aria-label={cellLabel(kind, period, rolling)}
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
            <li key={name}>
              {name === 'form' ? message : t('welcome.fieldError', { field: fieldLabel(name), message })}
            </li>
          ))}
        </ul>
      ) : null}
      <p class="form-actions">
        <button type="submit" disabled={busy}>
          {t('welcome.submit')}
        </button>{' '}
        <span role="status" aria-live="polite" class="status">
          {status}
        </span>
      </p>
    </form>
  );
}
