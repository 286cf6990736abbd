// How one row of the activity log reads: its kind in words, when, where it came from, the note
// yes/no, and who it was with as far as Pacer stored it. Pure.
import { type ActivityEvent, type EventSource, sourceOf } from '../domain/activity';
import type { LogKind } from '../domain/log-kinds';
import { profileLink } from '../linkedin/profile-link';
import { PROFILE_URN_PREFIX } from '../linkedin/urns';
import { formatWhen } from './format';

export const LOG_KIND_LABELS: Record<LogKind, string> = {
  invite: 'Invite',
  message: 'Message',
  inmail: 'InMail',
  'open-profile-message': 'Open Profile message',
  'profile-view': 'Profile view',
  'invite-withdrawn': 'Invite withdrawn',
  'inmail-response': 'InMail answered',
};

export const SOURCE_LABELS: Record<EventSource, string> = {
  observed: 'seen in this browser',
  linkedin: "from LinkedIn's own list",
  manual: 'added by hand',
  imported: 'from a backup',
};

export interface ActivityRow {
  key: string;
  kind: string;
  kindLabel: string;
  /** ISO 8601 instant. */
  at: string;
  when: string;
  source: EventSource;
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
    counterpart = `profile ${e.target.slice(PROFILE_URN_PREFIX.length, PROFILE_URN_PREFIX.length + 12)}…`;
  else if (e.target) counterpart = 'a Sales Navigator lead';
  return {
    key: e.key,
    kind: e.kind,
    kindLabel: LOG_KIND_LABELS[e.kind as LogKind] ?? e.kind,
    at: new Date(e.at).toISOString(),
    when: formatWhen(new Date(e.at), now, timeZone, true),
    source: sourceOf(e),
    note: e.kind === 'invite' ? (e.withNote ? 'with a note' : 'no note') : null,
    unconfirmed: e.unconfirmed === true,
    ...(href ? { href } : {}),
    counterpart,
  };
}
