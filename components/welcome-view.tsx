// The welcome page, opened once on install: what Pacer sees and what it cannot (and how to add
// that), the LinkedIn plan, and what was already sent before installing. Props in, callbacks out.
import type { ComponentChild } from 'preact';
import { PLANS, type PlanId } from '../lib/domain/limits';
import type { WeeklyMode } from '../lib/domain/settings';
import { t } from '../lib/i18n/t';
import { planLabel } from '../lib/ui/meter-labels';
import { BackfillForm, type BackfillFormProps } from './backfill-form';

/**
 * A message whose `{name}` placeholders are elements (a link, emphasis): the whole sentence is one
 * message, so a translator can move them. `message` is `t(key, { name: '{name}', … })`.
 */
function withParts(message: string, parts: Record<string, ComponentChild>): ComponentChild[] {
  return message.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 1 ? (parts[piece] ?? piece) : piece));
}

export interface WelcomeViewProps {
  plan: PlanId;
  onPlan: (plan: PlanId) => void;
  /** What saving the plan came to ("Saved", or what is wrong). */
  planStatus: string;
  weeklyMode: WeeklyMode;
  onBackfill: BackfillFormProps['onSubmit'];
  /** The add-activity form (options page). */
  addActivityHref: string;
  /** The activity log page. */
  activityHref: string;
}

export function WelcomeView({
  plan,
  onPlan,
  planStatus,
  weeklyMode,
  onBackfill,
  addActivityHref,
  activityHref,
}: WelcomeViewProps) {
  const sees = withParts(t('welcome.sees', { where: '{where}' }), {
    where: <strong>{t('welcome.inThisBrowser')}</strong>,
  });
  const cannot = withParts(
    t('welcome.cannot', { app: '{app}', computer: '{computer}', browser: '{browser}' }),
    {
      app: <strong>{t('welcome.phoneApp')}</strong>,
      computer: <strong>{t('welcome.otherComputer')}</strong>,
      browser: <strong>{t('welcome.otherBrowser')}</strong>,
    },
  );
  const byHand = withParts(t('welcome.addByHand', { form: '{form}' }), {
    form: <a href={addActivityHref}>{t('welcome.addForm')}</a>,
  });
  const log = withParts(t('welcome.logLists', { log: '{log}' }), {
    log: <a href={activityHref}>{t('welcome.activityLog')}</a>,
  });
  return (
    <main class="options welcome">
      <header>
        <h1>{t('welcome.title')}</h1>
        <p class="lede">{t('welcome.lede')}</p>
      </header>

      <section aria-labelledby="sees">
        <h2 id="sees">{t('welcome.seesTitle')}</h2>
        <p>{sees}</p>
        <p>
          {cannot} {byHand} {log}
        </p>
      </section>

      <section aria-labelledby="plan-title">
        <h2 id="plan-title">{t('welcome.planTitle')}</h2>
        <div class="field">
          <label for="field-plan">{t('welcome.planLabel')}</label>
          <div class="field-control">
            <select
              id="field-plan"
              name="plan"
              value={plan}
              onChange={(e) => onPlan((e.currentTarget as HTMLSelectElement).value as PlanId)}
            >
              {PLANS.map((p) => (
                <option key={p} value={p}>
                  {planLabel(p)}
                </option>
              ))}
            </select>
            <span role="status" aria-live="polite" class="status">
              {planStatus}
            </span>
          </div>
          <p class="field-hint">{t('welcome.planHint')}</p>
        </div>
      </section>

      <section aria-labelledby="before">
        <h2 id="before">{t('welcome.beforeTitle')}</h2>
        <p>{t('welcome.before')}</p>
        <BackfillForm weeklyMode={weeklyMode} onSubmit={onBackfill} />
      </section>
    </main>
  );
}
