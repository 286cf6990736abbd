// The options page's account health: the acceptance rate with what it rests on, the pending backlog
// with when LinkedIn's list was last seen and its thresholds, the invitations pending over 3 weeks
// (withdrawn on LinkedIn's own page: Pacer never withdraws), and the connection count against the
// cap. Props in, markup out; the thresholds are edited in the settings form.
import type { InvitationHealth } from '../lib/domain/invitation-health';
import { CONNECTION_CAP, CONNECTION_CAP_WARN } from '../lib/domain/invitation-health';
import { t } from '../lib/i18n/t';
import { profileLink } from '../lib/linkedin/profile-link';
import { formatCount, formatDate } from '../lib/ui/format';
import { acceptanceLong, capLong, HEALTH_SOURCES, pendingLong, zoneWord } from '../lib/ui/health-text';
import { citedParts } from '../lib/ui/source-parts';
import { SourceParts } from './source-text';

export interface HealthSectionProps {
  health: InvitationHealth | null;
  /** LinkedIn's sent-invitations page, where the user withdraws. */
  withdrawHref: string;
  timeZone: string;
  /** How many of the oldest stale invitations to list (the rest are counted). */
  listMax?: number;
}

export function HealthSection({ health, withdrawHref, timeZone, listMax = 50 }: HealthSectionProps) {
  return (
    <section
      class="options-section"
      data-section="health"
      id="health"
      aria-labelledby="health-title"
      tabIndex={-1}
    >
      <h2 id="health-title">{t('health.title')}</h2>
      {health ? (
        <HealthDetails health={health} withdrawHref={withdrawHref} timeZone={timeZone} listMax={listMax} />
      ) : (
        <p class="muted">{t('health.noAccount')}</p>
      )}
    </section>
  );
}

function HealthDetails({
  health,
  withdrawHref,
  timeZone,
  listMax,
}: Required<HealthSectionProps> & { health: InvitationHealth }) {
  const { acceptance, pending, cap } = health;
  const shown = pending.stale.slice(0, listMax);
  return (
    <>
      <h3>{t('health.acceptanceTitle')}</h3>
      <p data-health-part="acceptance" data-zone={acceptance.zone} data-basis={acceptance.basis}>
        <strong class={`zone-text-${acceptance.zone}`}>{zoneWord(acceptance.zone)}</strong>{' '}
        {acceptanceLong(acceptance)}
      </p>
      <p class="muted">
        <SourceParts
          parts={citedParts({ valley: HEALTH_SOURCES.valley, botdog: HEALTH_SOURCES.botdog }, (m) =>
            t('health.acceptanceAbout', m),
          )}
        />
      </p>
      <h3>{t('health.pendingTitle')}</h3>
      <p data-health-part="pending" data-zone={pending.zone} data-count={pending.count ?? undefined}>
        <strong class={`zone-text-${pending.zone}`}>{zoneWord(pending.zone)}</strong>{' '}
        {pendingLong(pending, timeZone)}
      </p>
      <p class="muted">
        <SourceParts
          parts={citedParts(
            { linkedHelper: HEALTH_SOURCES.linkedHelper, restrictions: HEALTH_SOURCES.restrictions },
            (m) =>
              t('health.pendingAbout', {
                ...m,
                warn: formatCount(pending.warn),
                red: formatCount(pending.red),
              }),
          )}
        />
      </p>
      {pending.stale.length > 0 ? (
        <>
          <p>
            {t('health.stale', pending.stale.length, { count: formatCount(pending.stale.length) })}{' '}
            <a href={withdrawHref} target="_blank" rel="noopener" data-link="withdraw">
              {t('health.withdraw')}
            </a>{' '}
            {t('health.withdrawNote')}
          </p>
          <ul class="stale-list" data-list="stale-pending">
            {shown.map((s) => (
              <li key={s.key} data-invitation={s.key} data-sent-at={new Date(s.sentAt).toISOString()}>
                {t(s.sentAtExact ? 'health.sentOn' : 'health.sentBy', {
                  date: formatDate(new Date(s.sentAt), timeZone),
                })}{' '}
                · <Invitee invitee={s.inviteeSlug ?? s.invitee} />
              </li>
            ))}
          </ul>
          {pending.stale.length > shown.length ? (
            <p class="muted">
              {t('health.more', pending.stale.length - shown.length, {
                count: formatCount(pending.stale.length - shown.length),
              })}
            </p>
          ) : null}
        </>
      ) : null}
      <h3>{t('health.capTitle')}</h3>
      <p data-health-part="cap" data-zone={cap.zone} data-count={cap.count ?? undefined}>
        {cap.count === null ? null : (
          <>
            <strong class={`zone-text-${cap.zone}`}>{zoneWord(cap.zone)}</strong>{' '}
          </>
        )}
        {capLong(cap, timeZone)}{' '}
        <SourceParts
          parts={citedParts({ restrictions: HEALTH_SOURCES.restrictions }, (m) =>
            t('health.capAbout', {
              ...m,
              warn: formatCount(CONNECTION_CAP_WARN),
              cap: formatCount(CONNECTION_CAP),
            }),
          )}
        />
      </p>
    </>
  );
}

/**
 * The invitee: a link to the profile when Pacer knows the public slug; a profile id is shown by its
 * last characters (enough to tell rows apart; LinkedIn's own sent page shows the names).
 */
function Invitee({ invitee }: { invitee: string | undefined }) {
  const href = profileLink(invitee);
  if (href)
    return (
      <a href={href} target="_blank" rel="noopener">
        {invitee}
      </a>
    );
  const id = invitee?.slice(invitee.lastIndexOf(':') + 1);
  return <span class="muted">{id ? t('health.profileId', { id: id.slice(-6) }) : t('health.someone')}</span>;
}
