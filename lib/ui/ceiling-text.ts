// How a learned ceiling is worded, in the user's zone: "LinkedIn stopped you at 87 invites on
// Tue 1 Dec; Pacer uses 87 as this account's weekly limit until 26 Jan". Pure.
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { ActiveCeiling } from '../domain/ceilings';
import type { MeterId } from '../domain/limits';
import { assertTimeZone } from '../domain/local-time';
import { formatCount } from './format';

/** What the meter counts, and its limit's name, for the meters a refusal teaches. */
const WORDS: Partial<Record<MeterId, { one: string; many: string; limit: string }>> = {
  'invites-week': { one: 'invite', many: 'invites', limit: 'weekly limit' },
  'invite-notes-month': {
    one: 'personalized note',
    many: 'personalized notes',
    limit: 'monthly limit of personalized notes',
  },
  'messages-day': { one: 'message', many: 'messages', limit: 'daily message limit' },
};
const FALLBACK = { one: 'send', many: 'sends', limit: 'limit' };

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
  assertTimeZone(timeZone);
  const w = WORDS[id] ?? FALLBACK;
  const on = format(ceiling.at, 'EEE d MMM', { in: tz(timeZone) });
  const until = format(ceiling.expiresAt, 'd MMM', { in: tz(timeZone) });
  const count = formatCount(ceiling.count);
  const stopped = `LinkedIn stopped you at ${count} ${ceiling.count === 1 ? w.one : w.many} on ${on}`;
  if (limit !== null && limit < ceiling.count)
    return `${stopped}; your own ${w.limit} of ${formatCount(limit)} is lower (Pacer remembers ${count} until ${until})`;
  return `${stopped}; Pacer uses ${count} as this account's ${w.limit} until ${until}`;
}
