// How long events are kept: 13 months covers every window the meters and the popup use (the
// longest is a calendar month; a year of history is plenty for comparisons) and no more.
import { subMonths } from 'date-fns';
import { wallClock } from './local-time';

export const RETENTION_MONTHS = 13;

/** Events before this instant (epoch ms) may be deleted: the same time of day, 13 calendar months ago (UTC). */
export function retentionCutoff(now: Date): number {
  return subMonths(wallClock(now, 'UTC'), RETENTION_MONTHS).getTime();
}
