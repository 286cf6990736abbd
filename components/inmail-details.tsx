// What sits behind the InMail balance, in plain words: credits rolled over, credits that could come
// back (an InMail answered in time refunds its credit), the next refill and credits about to expire.
// Props in, markup out.
import type { InmailDetails } from '../lib/domain/budgets';
import { formatCount, formatWhenWithCountdown, plural } from '../lib/ui/format';

export interface InmailDetailsProps {
  inmail: InmailDetails;
  now: Date;
  timeZone: string;
}

export function InmailDetailsList({ inmail, now, timeZone }: InmailDetailsProps) {
  return (
    <dl class="inmail-details">
      <div>
        <dt>Rolled over</dt>
        <dd>{plural(inmail.rolledOver, 'credit')}</dd>
      </div>
      <div>
        <dt>Could come back if answered</dt>
        <dd>{plural(inmail.pendingRefunds, 'credit')}</dd>
      </div>
      <div>
        <dt>Next refill</dt>
        <dd>
          +{formatCount(inmail.monthlyCredits)} (max {formatCount(inmail.maxBalance)}) ·{' '}
          {formatWhenWithCountdown(inmail.nextRefillAt, now, timeZone, true)}
        </dd>
      </div>
      <div class={inmail.expiringSoon ? 'inmail-expiring' : undefined}>
        <dt>Expiring soon</dt>
        <dd>
          {inmail.expiringSoon
            ? `${plural(inmail.expiringSoon.count, 'credit')} · ${formatWhenWithCountdown(inmail.expiringSoon.at, now, timeZone)}`
            : inmail.expiryDays === null
              ? 'none (credits do not expire)'
              : 'none'}
        </dd>
      </div>
      {inmail.refunded > 0 ? (
        <div>
          <dt>Came back (answered)</dt>
          <dd>{plural(inmail.refunded, 'credit')}</dd>
        </div>
      ) : null}
      {inmail.overdrawn > 0 ? (
        <div class="inmail-expiring">
          <dt>Sent without credits</dt>
          <dd>{formatCount(inmail.overdrawn)} (recalibrate in the options)</dd>
        </div>
      ) : null}
    </dl>
  );
}
