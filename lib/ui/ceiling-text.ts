// How a learned ceiling is worded, in the user's language and zone: "LinkedIn stopped you at 87
// invites on Tue 1 Dec; Pacer uses 87 as this account's weekly limit until 26 Jan". Pure.
import type { ActiveCeiling } from '../domain/ceilings';
import type { MeterId } from '../domain/limits';
import { t } from '../i18n/t';
import { formatCount, formatDate, formatDayMonth } from './format';

/** The meters a refusal teaches (lib/domain/ceilings.ts's CEILING_RULES), by their message key. */
type Taught = 'invitesWeek' | 'inviteNotesMonth' | 'messagesDay' | 'other';
const TAUGHT: Partial<Record<MeterId, Taught>> = {
  'invites-week': 'invitesWeek',
  'invite-notes-month': 'inviteNotesMonth',
  'messages-day': 'messagesDay',
};

/**
 * The sentence for a meter's learned ceiling. `limit` is the meter's effective limit: when the
 * user's own limit is lower still, the sentence says so instead of claiming Pacer uses the ceiling.
 */
export function ceilingText(
  id: MeterId,
  ceiling: Pick<ActiveCeiling, 'count' | 'at' | 'expiresAt'>,
  limit: number | null,
  timeZone: string,
): string {
  const key = TAUGHT[id] ?? 'other';
  const n = ceiling.count;
  const subs = {
    count: formatCount(n),
    on: formatDate(new Date(ceiling.at), timeZone),
    until: formatDayMonth(ceiling.expiresAt, timeZone),
  };
  if (limit !== null && limit < n)
    return t(`ceiling.lower.${key}`, n, { ...subs, limit: formatCount(limit) });
  return t(`ceiling.uses.${key}`, n, subs);
}
