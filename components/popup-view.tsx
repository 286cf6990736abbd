// The popup: the headline (invites left this week), every meter of report.meters grouped by what
// it counts, the InMail details, an estimates note with the sources, and the account picker.
// Props in, markup out: the entry point (entrypoints/popup/app.tsx) owns the data and the clock.
import type { ComponentChildren } from 'preact';
import type { AccountReport } from '../lib/domain/account-report';
import type { MeterReading } from '../lib/domain/budgets';
import { meterSource } from '../lib/domain/limit-sources';
import { METER_LABELS, type MeterKind, PLAN_LABELS, type PlanId } from '../lib/domain/limits';
import {
  accountLabel,
  formatCount,
  formatWhenWithCountdown,
  limitText,
  refusalText,
  resetText,
} from '../lib/ui/format';
import { InmailDetailsList } from './inmail-details';
import { Meter } from './meter';
import { PlanQuestion } from './plan-question';
import { SourceText } from './source-text';

export interface PopupViewProps {
  /** null before the first read (a cold start with no snapshot): the shell paints without numbers. */
  data: AccountReport | null;
  now: Date;
  onPickAccount?: (account: string) => void;
  onOpenOptions?: () => void;
  /** Saves the shown account's plan (its question, or a suggestion); an error message, or null. */
  onConfirmPlan?: (plan: PlanId) => Promise<string | null>;
  /** Where "where the numbers come from" leads. */
  sourcesHref?: string;
  /** Notices shown above the numbers (the page decides which). */
  children?: ComponentChildren;
}

const GROUPS: { title: string; kinds: readonly MeterKind[] }[] = [
  { title: 'Invites', kinds: ['invites', 'invite-notes'] },
  { title: 'Messages', kinds: ['messages'] },
  { title: 'InMail', kinds: ['inmails'] },
  { title: 'Open Profile', kinds: ['open-profile'] },
  { title: 'Profile views', kinds: ['profile-views'] },
  { title: 'Engagement', kinds: ['engagement'] },
];

export function PopupView({
  data,
  now,
  onPickAccount,
  onOpenOptions,
  onConfirmPlan,
  sourcesHref = 'options.html#sources',
  children,
}: PopupViewProps) {
  return (
    <main class="popup" aria-busy={data ? undefined : 'true'}>
      <header class="popup-header">
        <h1 class="brand">Pacer</h1>
        {data ? <AccountPicker data={data} onPick={onPickAccount} /> : null}
        <button type="button" class="link-button" onClick={onOpenOptions}>
          Settings
        </button>
      </header>
      {data?.account ? (
        <PlanQuestion
          key={data.account.account}
          account={data.account}
          settings={data.settings}
          onConfirm={onConfirmPlan}
        />
      ) : null}
      {children}
      {data ? <Body data={data} now={now} sourcesHref={sourcesHref} /> : <Skeleton />}
    </main>
  );
}

function AccountPicker({ data, onPick }: { data: AccountReport; onPick?: (account: string) => void }) {
  if (!data.account) return <span class="account muted">No LinkedIn account yet</span>;
  if (data.accounts.length <= 1) return <span class="account">{accountLabel(data.account)}</span>;
  return (
    <label class="account">
      <span class="visually-hidden">LinkedIn account</span>
      <select
        name="account"
        value={data.account.account}
        onChange={(e) => onPick?.((e.currentTarget as HTMLSelectElement).value)}
      >
        {data.accounts.map((a) => (
          <option key={a.account} value={a.account}>
            {accountLabel(a)}
          </option>
        ))}
      </select>
    </label>
  );
}

function Body({ data, now, sourcesHref }: { data: AccountReport; now: Date; sourcesHref: string }) {
  const { report, settings, timeZone } = data;
  const byKind = (kinds: readonly MeterKind[]) => report.meters.filter((m) => kinds.includes(m.kind));
  return (
    <>
      {data.account ? null : (
        <p class="hint" role="note">
          Open LinkedIn to start metering. Until Pacer sees your account, these are your plan's limits with
          nothing counted.
        </p>
      )}
      <Headline
        reading={report.meters.find((m) => m.id === 'invites-week') ?? null}
        now={now}
        tz={timeZone}
      />
      {GROUPS.map((g) => {
        const meters = byKind(g.kinds);
        if (meters.length === 0) return null;
        return (
          <section class="group" key={g.title} aria-label={g.title}>
            <h2 class="group-title">{g.title}</h2>
            {meters.map((m) => (
              <Meter
                key={m.id}
                reading={m}
                now={now}
                timeZone={timeZone}
                thresholds={settings.zones}
                maxBalance={m.window === 'balance' ? report.inmail?.maxBalance : undefined}
              >
                {m.window === 'balance' && report.inmail && m.zone !== 'none' ? (
                  <InmailDetailsList inmail={report.inmail} now={now} timeZone={timeZone} />
                ) : null}
              </Meter>
            ))}
          </section>
        );
      })}
      <footer class="popup-footer">
        <p class="estimates">
          {PLAN_LABELS[settings.plan]} · times in {timeZone}. Limits are estimates: LinkedIn publishes almost
          none of them.{' '}
          <a href={sourcesHref} target="_blank" rel="noopener">
            Where the numbers come from
          </a>{' '}
          ·{' '}
          <a href="activity.html" target="_blank" rel="noopener" data-link="activity-log">
            What was counted
          </a>{' '}
          ·{' '}
          <a href="weekly-history.html" target="_blank" rel="noopener" data-link="history">
            History
          </a>
        </p>
        <details class="sources">
          <summary>Sources for each limit</summary>
          <dl>
            {report.meters.map((m) => (
              <div key={m.id}>
                <dt>
                  {METER_LABELS[m.id]}: {limitText(m.limit)}
                </dt>
                <dd>
                  <SourceText text={meterSource(settings, m.id)} />
                </dd>
              </div>
            ))}
          </dl>
        </details>
      </footer>
    </>
  );
}

/** The invites left this week, large. Repeats the invites/week meter, so it carries no data-meter. */
function Headline({ reading, now, tz }: { reading: MeterReading | null; now: Date; tz: string }) {
  if (!reading) return null;
  let big: string;
  let caption: string;
  if (reading.zone === 'none') {
    big = '—';
    caption = 'no invites on your plan';
  } else if (reading.remaining === null) {
    big = '∞';
    caption = 'no invite limit set';
  } else {
    big = formatCount(reading.remaining);
    caption = `invite${reading.remaining === 1 ? '' : 's'} left this week`;
  }
  const reset = resetText(reading, now, tz);
  // Calendar weeks: 100 on Sunday and 100 more on Monday is risky, so say when the rolling 7 days are tighter.
  const rolling = reading.rolling7d;
  const rollingLeft = rolling && reading.limit !== null ? Math.max(0, reading.limit - rolling.used) : null;
  const tighter =
    rolling && rollingLeft !== null && reading.remaining !== null && rollingLeft < reading.remaining;
  return (
    <section class={`headline zone-${reading.zone}`} aria-label="Invites left this week">
      <p class="headline-main">
        <span class="headline-number">{big}</span> <span class="headline-caption">{caption}</span>
      </p>
      {reading.refusal ? <p class="headline-refusal">{refusalText(reading.refusal)}</p> : null}
      {reset ? <p class="headline-reset">{reset}</p> : null}
      {tighter ? (
        <p class={`headline-rolling zone-text-${rolling.zone}`}>
          Only {formatCount(rollingLeft)} left over the last 7 days
          {rolling.nextFreeAt
            ? ` · next slot frees up ${formatWhenWithCountdown(rolling.nextFreeAt, now, tz)}`
            : ''}
        </p>
      ) : null}
    </section>
  );
}

function Skeleton() {
  return (
    <div class="skeleton" aria-hidden="true">
      <div class="headline" />
      <div class="skeleton-bar" />
      <div class="skeleton-bar" />
      <div class="skeleton-bar" />
    </div>
  );
}
