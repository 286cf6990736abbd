// What sits behind the InMail balance, in plain words: credits rolled over, credits that could come
// back (an InMail answered in time refunds its credit), the next refill and credits about to expire.
// Props in, markup out.
import type { InmailDetails } from '../lib/domain/budgets';
import { t } from '../lib/i18n/t';
import { formatCount, formatWhenWithCountdown } from '../lib/ui/format';

export interface InmailDetailsProps {
  inmail: InmailDetails;
  now: Date;
  timeZone: string;
}

const credits = (n: number) => t('meter.inmail.credits', n, { count: formatCount(n) });

export function InmailDetailsList({ inmail, now, timeZone }: InmailDetailsProps) {
  const expiring = inmail.expiringSoon;
  return (
    <dl class="inmail-details">
      <div>
        <dt>{t('meter.inmail.rolledOver')}</dt>
        <dd>{credits(inmail.rolledOver)}</dd>
      </div>
      <div>
        <dt>{t('meter.inmail.couldComeBack')}</dt>
        <dd>{credits(inmail.pendingRefunds)}</dd>
      </div>
      <div>
        <dt>{t('meter.inmail.nextRefill')}</dt>
        <dd>
          {t('meter.inmail.refill', {
            credits: formatCount(inmail.monthlyCredits),
            max: formatCount(inmail.maxBalance),
            when: formatWhenWithCountdown(inmail.nextRefillAt, now, timeZone, true),
          })}
        </dd>
      </div>
      <div class={expiring ? 'inmail-expiring' : undefined}>
        <dt>{t('meter.inmail.expiringSoon')}</dt>
        <dd>
          {expiring
            ? t('meter.inmail.expiring', expiring.count, {
                count: formatCount(expiring.count),
                when: formatWhenWithCountdown(expiring.at, now, timeZone),
              })
            : inmail.expiryDays === null
              ? t('meter.inmail.noneNoExpiry')
              : t('meter.inmail.none')}
        </dd>
      </div>
      {inmail.refunded > 0 ? (
        <div>
          <dt>{t('meter.inmail.cameBack')}</dt>
          <dd>{credits(inmail.refunded)}</dd>
        </div>
      ) : null}
      {inmail.overdrawn > 0 ? (
        <div class="inmail-expiring">
          <dt>{t('meter.inmail.sentWithout')}</dt>
          <dd>{t('meter.inmail.overdrawn', { count: formatCount(inmail.overdrawn) })}</dd>
        </div>
      ) : null}
    </dl>
  );
}
