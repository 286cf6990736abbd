// The popup, made to be read in two seconds and to fit Chrome's 600 px popup: the headline (the
// tightest meter, as the badge shows it), one line per meter the plan has (details on demand), the
// meters it lacks folded into one line, a short estimates note, and the account picker.
// Props in, markup out: the entry point (entrypoints/popup/app.tsx) owns the data and the clock.
import type { ComponentChildren } from 'preact';
import type { AccountReport } from '../lib/domain/account-report';
import type { MeterReading } from '../lib/domain/budgets';
import { meterSource } from '../lib/domain/limit-sources';
import type { PlanId } from '../lib/domain/limits';
import { t } from '../lib/i18n/t';
import {
  accountLabel,
  formatCount,
  formatWhenWithCountdown,
  limitText,
  refusalText,
  resetText,
} from '../lib/ui/format';
import { headlineCaption, headlineMeter, unlimitedCaption } from '../lib/ui/headline';
import { meterDataAttributes } from '../lib/ui/meter-data';
import { foldedLabel, meterLabel, planLabel, rowLabel } from '../lib/ui/meter-labels';
import { refusalOwners } from '../lib/ui/refusal-owner';
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
          {t('popup.settings')}
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
  if (!data.account) return <span class="account muted">{t('popup.noAccount')}</span>;
  if (data.accounts.length <= 1) return <span class="account">{accountLabel(data.account)}</span>;
  return (
    <label class="account">
      <span class="visually-hidden">{t('popup.accountLabel')}</span>
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
  const shown = report.meters.filter((m) => m.zone !== 'none');
  const lacking = report.meters.filter((m) => m.zone === 'none');
  const owners = refusalOwners(report.meters);
  const headline = headlineMeter(report);
  return (
    <>
      {data.account ? null : (
        <p class="hint" role="note">
          {t('popup.openLinkedIn')}
        </p>
      )}
      {headline ? <Headline reading={headline} now={now} tz={timeZone} /> : null}
      <section class="meters" aria-label={t('popup.meters')}>
        {shown.map((m) => {
          const owner = owners.get(m.id);
          return (
            <Meter
              key={m.id}
              reading={m}
              now={now}
              timeZone={timeZone}
              thresholds={settings.zones}
              label={rowLabel(m.id)}
              refusalStatedBy={owner && owner !== m.id ? meterLabel(owner) : null}
              maxBalance={m.window === 'balance' ? report.inmail?.maxBalance : undefined}
            >
              {m.window === 'balance' && report.inmail ? (
                <InmailDetailsList inmail={report.inmail} now={now} timeZone={timeZone} />
              ) : null}
              <p class="meter-source">
                {t('popup.limit', { limit: limitText(m.limit) })}{' '}
                <SourceText text={meterSource(settings, m.id)} />
              </p>
            </Meter>
          );
        })}
      </section>
      {lacking.length > 0 ? <NotOnPlan meters={lacking} /> : null}
      <footer class="popup-footer">
        <p class="estimates">
          {t('popup.footer', { plan: planLabel(settings.plan), zone: timeZone })}{' '}
          <a href={sourcesHref} target="_blank" rel="noopener">
            {t('popup.sources')}
          </a>{' '}
          ·{' '}
          <a href="activity.html" target="_blank" rel="noopener" data-link="activity-log">
            {t('popup.counted')}
          </a>{' '}
          ·{' '}
          <a href="weekly-history.html" target="_blank" rel="noopener" data-link="history">
            {t('popup.history')}
          </a>
        </p>
      </footer>
    </>
  );
}

/**
 * The meters the plan lacks, in one quiet line. Each still carries the data-* contract (zone
 * `none`); a kind with two meters (InMail credits and InMails a day) is named once.
 */
function NotOnPlan({ meters }: { meters: readonly MeterReading[] }) {
  const kinds = [...new Set(meters.map((m) => m.kind))];
  return (
    <p class="not-on-plan" data-not-on-plan>
      {t('popup.notOnPlan')}{' '}
      {kinds.map((kind, i) => (
        <span key={kind} class="folded-kind">
          {i > 0 ? ', ' : null}
          {meters
            .filter((m) => m.kind === kind)
            .map((m, j) => (
              <span key={m.id} class="meter folded zone-none" {...meterDataAttributes(m)}>
                {j === 0 ? foldedLabel(kind) : null}
              </span>
            ))}
        </span>
      ))}
    </p>
  );
}

/**
 * The tightest meter, large: the one the toolbar badge shows. It repeats that meter, so it carries
 * no data-meter. A refusal is stated here once, with this meter's own reset.
 */
function Headline({ reading, now, tz }: { reading: MeterReading; now: Date; tz: string }) {
  let big: string;
  let caption: string;
  if (reading.zone === 'none') {
    big = '—';
    caption = t('popup.notOnPlanCaption', { meter: meterLabel(reading.id) });
  } else if (reading.remaining === null) {
    big = '∞';
    caption = unlimitedCaption(reading.id);
  } else {
    big = formatCount(reading.remaining);
    caption = headlineCaption(reading.id, reading.remaining);
  }
  const reset = resetText(reading, now, tz);
  // Calendar weeks: 100 on Sunday and 100 more on Monday is risky, so say when the rolling 7 days are tighter.
  const rolling = reading.rolling7d;
  const rollingLeft = rolling && reading.limit !== null ? Math.max(0, reading.limit - rolling.used) : null;
  const tighter =
    rolling && rollingLeft !== null && reading.remaining !== null && rollingLeft < reading.remaining;
  return (
    <section
      class={`headline zone-${reading.zone}`}
      aria-label={t('popup.tightest', { number: big, caption })}
      data-headline={reading.id}
    >
      <p class="headline-main">
        <span class="headline-number">{big}</span> <span class="headline-caption">{caption}</span>
      </p>
      {reading.refusal ? <p class="headline-refusal">{refusalText(reading.refusal)}</p> : null}
      {reset ? <p class="headline-reset">{reset}</p> : null}
      {tighter ? (
        <p class={`headline-rolling zone-text-${rolling.zone}`}>
          {t('popup.rollingLeft', { count: formatCount(rollingLeft) })}
          {rolling.nextFreeAt
            ? ` · ${t('format.nextSlot', { when: formatWhenWithCountdown(rolling.nextFreeAt, now, tz) })}`
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
