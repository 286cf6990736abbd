// The popup asks a newly seen account's plan once (its limits depend on it), and offers what
// LinkedIn's own signals suggest as a one-click answer. Later, a suggestion from pages used since the
// choice is offered the same way. Never switched silently: only a click saves a plan.
import { useState } from 'preact/hooks';
import type { SeenAccount } from '../lib/domain/account-report';
import { PLANS, type PlanId } from '../lib/domain/limits';
import { type PlanSignal, suggestPlan } from '../lib/domain/plan-suggestion';
import type { Settings } from '../lib/domain/settings';
import { t } from '../lib/i18n/t';
import { accountLabel } from '../lib/ui/format';
import { planLabel } from '../lib/ui/meter-labels';

const SIGNAL_KEY = {
  recruiter: 'recruiter',
  'sales-navigator': 'salesNavigator',
  premium: 'premium',
  'no-premium': 'noPremium',
} as const satisfies Record<PlanSignal, string>;

/** "Free (Basic)", "Sales Navigator Core": the plan as the question names it. */
const planName = planLabel;
/** Why Pacer suggests a plan: "This account used Sales Navigator pages". */
const reason = (signal: PlanSignal): string => t(`plan.reason.${SIGNAL_KEY[signal]}`);

// The account's name sits in the question wherever the language puts it, in bold.
const MARK = '\uE000';

function Ask({ account }: { account: string }) {
  const [before = '', after = ''] = t('plan.ask', { account: MARK }).split(MARK);
  return (
    <>
      {before}
      <strong>{account}</strong>
      {after}
    </>
  );
}

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
      {t('plan.because', { reason: reason(suggestion.because) })}{' '}
      <button
        type="button"
        class="suggest-button"
        data-suggest="plan"
        value={suggestion.plan}
        disabled={busy}
        onClick={() => void save(suggestion.plan)}
      >
        {t('plan.use', { plan: planName(suggestion.plan) })}
      </button>
    </p>
  ) : null;

  if (settings.planConfirmed) {
    return (
      <section class="plan-question" aria-label={t('plan.suggestionLabel')}>
        {suggest}
        {error ? <p class="field-error">{error}</p> : null}
      </section>
    );
  }
  // Compact: one line of question, one row of answers (the popup must fit 600 px).
  return (
    <section class="plan-question" data-ask="plan" aria-label={t('plan.questionLabel')}>
      <p class="plan-ask">
        <Ask account={accountLabel(account)} />
        {suggestion ? ` ${t('plan.reasonSentence', { reason: reason(suggestion.because) })}` : ''}
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
          aria-label={t('plan.select')}
          value={choice}
          onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value as PlanId)}
        >
          {PLANS.map((p) => (
            <option key={p} value={p}>
              {planName(p)}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy}>
          {t('plan.confirm')}
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
            {t('plan.use', { plan: planName(suggestion.plan) })}
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
