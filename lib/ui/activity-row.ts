// How one row of the activity log reads: its kind in words, when, where it came from, the note
// yes/no, and who it was with as far as Pacer stored it. Words in the browser's language (`t`).
import { type ActivityEvent, type EventSource, sourceOf } from '../domain/activity';
import { isLogKind, type LogKind } from '../domain/log-kinds';
import { t } from '../i18n/t';
import { profileLink } from '../linkedin/profile-link';
import { PROFILE_URN_PREFIX } from '../linkedin/urns';
import { formatWhen } from './format';

/** A kind of the log in words: "Invite", "Profile view". Asked each time: the language may change. */
export function logKindLabel(kind: LogKind): string {
  switch (kind) {
    case 'invite':
      return t('log.kindInvite');
    case 'message':
      return t('log.kindMessage');
    case 'inmail':
      return t('log.kindInmail');
    case 'open-profile-message':
      return t('log.kindOpenProfileMessage');
    case 'profile-view':
      return t('log.kindProfileView');
    case 'invite-withdrawn':
      return t('log.kindInviteWithdrawn');
    case 'inmail-response':
      return t('log.kindInmailResponse');
  }
}

/** Where a counted action came from, in words: "seen in this browser", "added by hand". */
export function sourceLabel(source: EventSource): string {
  switch (source) {
    case 'observed':
      return t('log.sourceObserved');
    case 'linkedin':
      return t('log.sourceLinkedin');
    case 'manual':
      return t('log.sourceManual');
    case 'imported':
      return t('log.sourceImported');
  }
}

export interface ActivityRow {
  key: string;
  kind: string;
  kindLabel: string;
  /** ISO 8601 instant. */
  at: string;
  when: string;
  source: EventSource;
  /** Invites only: whether it carried a note; null for other kinds. */
  withNote: boolean | null;
  /** Invites only: "with a note" / "no note"; null for other kinds. */
  note: string | null;
  unconfirmed: boolean;
  /** The profile link when the counterpart is a public slug. */
  href?: string;
  /** What identifies the counterpart, as stored (a slug, or a short profile id); null: nothing stored. */
  counterpart: string | null;
}

export function activityRow(e: ActivityEvent, now: Date, timeZone: string): ActivityRow {
  const href = profileLink(e.target);
  let counterpart: string | null = null;
  if (href) counterpart = e.target ?? null;
  else if (e.target?.startsWith(PROFILE_URN_PREFIX))
    counterpart = t('log.profileId', {
      id: e.target.slice(PROFILE_URN_PREFIX.length, PROFILE_URN_PREFIX.length + 12),
    });
  else if (e.target) counterpart = t('log.salesNavLead');
  const withNote = e.kind === 'invite' ? e.withNote === true : null;
  return {
    key: e.key,
    kind: e.kind,
    kindLabel: isLogKind(e.kind) ? logKindLabel(e.kind) : e.kind,
    at: new Date(e.at).toISOString(),
    when: formatWhen(new Date(e.at), now, timeZone, true),
    source: sourceOf(e),
    withNote,
    note: withNote === null ? null : withNote ? t('log.withNote') : t('log.noNote'),
    unconfirmed: e.unconfirmed === true,
    ...(href ? { href } : {}),
    counterpart,
  };
}
