// The options page's account health: the acceptance rate with what it rests on, the pending backlog
// with when LinkedIn's list was last seen and its thresholds, the invitations pending over 3 weeks
// (withdrawn on LinkedIn's own page: Pacer never withdraws), and the connection count against the
// cap. Props in, markup out; the thresholds are edited in the settings form.
import type { InvitationHealth } from '../lib/domain/invitation-health';
import { profileLink } from '../lib/linkedin/profile-link';
import { formatCount, formatDate } from '../lib/ui/format';
import { acceptanceLong, capLong, HEALTH_SOURCES, pendingLong, zoneWord } from '../lib/ui/health-text';

export interface HealthSectionProps {
  health: InvitationHealth | null;
  /** LinkedIn's sent-invitations page, where the user withdraws. */
  withdrawHref: string;
  timeZone: string;
  /** How many of the oldest stale invitations to list (the rest are counted). */
  listMax?: number;
}

const { restrictions, acceptance: valley, month, pending: backlog } = HEALTH_SOURCES;

function Source({ source }: { source: { text: string; href: string | null } }) {
  return source.href ? (
    <a href={source.href} target="_blank" rel="noopener">
      {source.text}
    </a>
  ) : (
    <span>{source.text}</span>
  );
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
      <h2 id="health-title">Account health</h2>
      {health ? (
        <HealthDetails health={health} withdrawHref={withdrawHref} timeZone={timeZone} listMax={listMax} />
      ) : (
        <p class="muted">No LinkedIn account seen yet.</p>
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
      <h3>Acceptance</h3>
      <p data-health-part="acceptance" data-zone={acceptance.zone} data-basis={acceptance.basis}>
        <strong class={`zone-text-${acceptance.zone}`}>{zoneWord(acceptance.zone)}</strong>{' '}
        {acceptanceLong(acceptance)}
      </p>
      <p class="muted">
        Amber under 30 %, red under 20 % (<Source source={valley} />
        ). Counted over invitations 30 to 60 days old: 99 % of acceptances come within 30 days (
        <Source source={month} />
        ). An invitation counts as accepted only when LinkedIn's connections list shows the person.
      </p>
      <h3>Pending invitations</h3>
      <p data-health-part="pending" data-zone={pending.zone} data-count={pending.count ?? undefined}>
        <strong class={`zone-text-${pending.zone}`}>{zoneWord(pending.zone)}</strong>{' '}
        {pendingLong(pending, timeZone)}
      </p>
      <p class="muted">
        Amber from {formatCount(pending.warn)}, red from {formatCount(pending.red)} (set under Pending
        invitations above). About 500 pending is an estimate of where the risk starts (
        <Source source={backlog} />
        ); LinkedIn names outstanding invitations as a cause of restrictions (<Source source={restrictions} />
        ).
      </p>
      {pending.stale.length > 0 ? (
        <>
          <p>
            {formatCount(pending.stale.length)} pending for more than 3 weeks.{' '}
            <a href={withdrawHref} target="_blank" rel="noopener" data-link="withdraw">
              Withdraw them on LinkedIn
            </a>{' '}
            (Pacer never withdraws anything itself; after a withdrawal LinkedIn blocks a new invitation to
            that person for 3 weeks).
          </p>
          <ul class="stale-list" data-list="stale-pending">
            {shown.map((s) => (
              <li key={s.key} data-invitation={s.key} data-sent-at={new Date(s.sentAt).toISOString()}>
                sent {s.sentAtExact ? '' : 'by '}
                {formatDate(new Date(s.sentAt), timeZone)} · <Invitee invitee={s.inviteeSlug ?? s.invitee} />
              </li>
            ))}
          </ul>
          {pending.stale.length > shown.length ? (
            <p class="muted">and {formatCount(pending.stale.length - shown.length)} more.</p>
          ) : null}
        </>
      ) : null}
      <h3>Connections</h3>
      <p data-health-part="cap" data-zone={cap.zone} data-count={cap.count ?? undefined}>
        {cap.count === null ? (
          'Not seen yet: open My Network › Connections on LinkedIn.'
        ) : (
          <>
            <strong class={`zone-text-${cap.zone}`}>{zoneWord(cap.zone)}</strong> {capLong(cap)}, as LinkedIn
            showed them on {formatDate(new Date(cap.at ?? 0), timeZone)}.
          </>
        )}{' '}
        Amber from 29,000: at 30,000 the Connect button turns into Follow (<Source source={restrictions} />
        ).
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
  return <span class="muted">{id ? `profile …${id.slice(-6)}` : 'someone'}</span>;
}
