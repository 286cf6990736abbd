// How long events are kept: 13 months covers every window the meters and the popup use (the
// longest is a calendar month; a year of history is plenty for comparisons) and no more.
import { addLocalMonths } from './local-time';

export const RETENTION_MONTHS = 13;

/** Events before this instant (epoch ms) may be deleted: the same time of day, 13 calendar months ago (UTC). */
export function retentionCutoff(now: Date): number {
  const d = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
  const then = addLocalMonths(d, -RETENTION_MONTHS);
  return Date.UTC(then.year, then.month - 1, then.day) + (now.getTime() % 86_400_000);
}
