// The welcome page, opened once on install: what Pacer sees and what it cannot (and how to add
// that), the LinkedIn plan, and what was already sent before installing. Props in, callbacks out.
import { PLAN_LABELS, PLANS, type PlanId } from '../lib/domain/limits';
import type { WeeklyMode } from '../lib/domain/settings';
import { BackfillForm, type BackfillFormProps } from './backfill-form';

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
  return (
    <main class="options welcome">
      <header>
        <h1>Welcome to Pacer</h1>
        <p class="lede">
          Pacer meters what you do on LinkedIn against LinkedIn's limits. It only observes; it never clicks or
          sends anything, and everything stays in this browser.
        </p>
      </header>

      <section aria-labelledby="sees">
        <h2 id="sees">What Pacer sees, and what it cannot</h2>
        <p>
          Pacer counts what you send from LinkedIn tabs <strong>in this browser</strong>: the main site, Sales
          Navigator and Recruiter (invites, messages, InMails, Open Profile messages, profile views).
        </p>
        <p>
          It cannot see what you do in the <strong>LinkedIn phone app</strong>, on{' '}
          <strong>another computer</strong> or in <strong>another browser</strong>. LinkedIn counts those
          against the same limits: add them by hand with the <a href={addActivityHref}>add-activity form</a>{' '}
          (in Pacer's settings) and they count like the rest. The <a href={activityHref}>activity log</a>{' '}
          lists everything counted, and removes what should not be.
        </p>
      </section>

      <section aria-labelledby="plan-title">
        <h2 id="plan-title">Your LinkedIn plan</h2>
        <div class="field">
          <label for="field-plan">Your LinkedIn plan</label>
          <div class="field-control">
            <select
              id="field-plan"
              name="plan"
              value={plan}
              onChange={(e) => onPlan((e.currentTarget as HTMLSelectElement).value as PlanId)}
            >
              {PLANS.map((p) => (
                <option key={p} value={p}>
                  {PLAN_LABELS[p]}
                </option>
              ))}
            </select>
            <span role="status" aria-live="polite" class="status">
              {planStatus}
            </span>
          </div>
          <p class="field-hint">
            Limits depend on it (Sales Navigator and Premium have InMail credits, for one). It applies to the
            LinkedIn account Pacer sees first; a second account gets its own plan later.
          </p>
        </div>
      </section>

      <section aria-labelledby="before">
        <h2 id="before">Already sent before installing</h2>
        <p>
          What you sent before Pacer was there, so the meters start from the right numbers. Each column
          includes the ones before it: this week includes today, this month includes this week (its days in
          this month). Leave a box empty for none.
        </p>
        <BackfillForm weeklyMode={weeklyMode} onSubmit={onBackfill} />
      </section>
    </main>
  );
}
