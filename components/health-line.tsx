// The popup's one-line account health: acceptance, pending invitations, and the connection count
// when it nears LinkedIn's cap. Props in, a link out (the details are on the options page).
import type { InvitationHealth } from '../lib/domain/invitation-health';
import { t } from '../lib/i18n/t';
import { acceptanceShort, capShort, pendingShort, worstHealthZone, zoneWord } from '../lib/ui/health-text';

export interface HealthLineProps {
  health: InvitationHealth | null;
  /** The options page's health section. */
  detailsHref: string;
}

export function HealthLine({ health, detailsHref }: HealthLineProps) {
  if (!health) return null;
  const { acceptance, pending, cap } = health;
  const nearCap = cap.zone === 'warn' || cap.zone === 'red';
  const zone = worstHealthZone(acceptance.zone, pending.zone, nearCap ? cap.zone : 'unknown');
  const texts = [acceptanceShort(acceptance), pendingShort(pending), ...(nearCap ? [capShort(cap)] : [])];
  const parts = [
    <span
      key="a"
      class={`zone-text-${acceptance.zone}`}
      data-health-part="acceptance"
      data-zone={acceptance.zone}
    >
      {acceptanceShort(acceptance)}
    </span>,
    <span
      key="p"
      class={`zone-text-${pending.zone}`}
      data-health-part="pending"
      data-zone={pending.zone}
      data-count={pending.count ?? undefined}
    >
      {pendingShort(pending)}
    </span>,
  ];
  if (nearCap)
    parts.push(
      <span
        key="c"
        class={`zone-text-${cap.zone}`}
        data-health-part="cap"
        data-zone={cap.zone}
        data-count={cap.count ?? undefined}
      >
        {capShort(cap)}
      </span>,
    );
  return (
    <p class={`health-line zone-${zone}`} data-health data-zone={zone} title={texts.join(' · ')}>
      <a
        href={detailsHref}
        target="_blank"
        rel="noopener"
        title={t('health.linkTitle', { zone: zoneWord(zone) })}
      >
        {t('health.line')}
      </a>
      {t('health.lineColon')} {parts.flatMap((p, i) => (i === 0 ? [p] : [' · ', p]))}
    </p>
  );
}
