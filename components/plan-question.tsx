// The popup asks a newly seen account's plan once (its limits depend on it), and offers what
// LinkedIn's own signals suggest as a one-click answer. Later, a suggestion from pages used since the
// choice is offered the same way. Never switched silently: only a click saves a plan.
import { useState } from 'preact/hooks';
import type { SeenAccount } from '../lib/domain/account-report';
import { PLAN_LABELS, PLANS, type PlanId } from '../lib/domain/limits';
import { SIGNAL_REASONS, suggestPlan } from '../lib/domain/plan-suggestion';
import type { Settings } from '../lib/domain/settings';
import { accountLabel } from '../lib/ui/format';

export interface PlanQuestionProps {
  account: SeenAccount;
  settings: Settings;
  /** Saves the plan for the account; resolves to an error message, or null once saved. */
  onConfirm?: (plan: PlanId) => Promise<string | null>;
}

export function PlanQuestion({ account, settings, onConfirm }: PlanQuestionProps) {
  const [choice, setChoice] = useState<PlanId>(settings.plan);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const suggestion = suggestPlan(account, settings);
  if (settings.planConfirmed && !suggestion) return null;

  const save = async (plan: PlanId) => {
    if (!onConfirm || busy) return;
    setBusy(true);
    setError(null);
    try {
      setError(await onConfirm(plan));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const suggest = suggestion ? (
    <p class="plan-suggestion">
      {SIGNAL_REASONS[suggestion.because]}:{' '}
      <button
        type="button"
        class="suggest-button"
        data-suggest="plan"
        value={suggestion.plan}
        disabled={busy}
        onClick={() => void save(suggestion.plan)}
      >
        Use {PLAN_LABELS[suggestion.plan]}
      </button>
    </p>
  ) : null;

  if (settings.planConfirmed) {
    return (
      <section class="plan-question" aria-label="Plan suggestion">
        {suggest}
        {error ? <p class="field-error">{error}</p> : null}
      </section>
    );
  }
  // Compact: one line of question, one row of answers (the popup must fit 600 px).
  return (
    <section class="plan-question" data-ask="plan" aria-label="Which plan is this account on?">
      <p class="plan-ask">
        Which LinkedIn plan is <strong>{accountLabel(account)}</strong> on? Its limits depend on it.
        {suggestion ? ` ${SIGNAL_REASONS[suggestion.because]}.` : ''}
      </p>
      <form
        class="plan-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save(choice);
        }}
      >
        <select
          name="plan"
          aria-label="LinkedIn plan"
          value={choice}
          onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value as PlanId)}
        >
          {PLANS.map((p) => (
            <option key={p} value={p}>
              {PLAN_LABELS[p]}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy}>
          Confirm
        </button>
        {suggestion ? (
          <button
            type="button"
            class="suggest-button"
            data-suggest="plan"
            value={suggestion.plan}
            disabled={busy}
            onClick={() => void save(suggestion.plan)}
          >
            Use {PLAN_LABELS[suggestion.plan]}
          </button>
        ) : null}
      </form>
      {error ? (
        <p class="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
