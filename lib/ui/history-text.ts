// Words for the history chart: week labels, the limit line's caption and the chart's text
// alternative (what a screen reader says, and what the chart's title tells everyone). Pure.
import {
  HISTORY_KIND_LABELS,
  type HistoryKind,
  type HistoryLimit,
  type HistoryWeek,
} from '../domain/history';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-03-16` → `16 Mar`. */
export function weekLabel(date: string): string {
  const [, m, d] = date.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? ''}`;
}

/** What the dashed line stands for, or why there is none. */
export function limitCaption(limit: HistoryLimit): string {
  if (limit.meterLimit === 0) return 'Not on your plan: no limit line.';
  switch (limit.basis) {
    case 'week':
      return `Limit line: ${limit.perWeek} a week, the weekly meter’s limit now.`;
    case 'day':
      return `Limit line: ${limit.perWeek} a week, 7 × the daily limit of ${limit.meterLimit}; the table shows each week’s busiest day.`;
    case 'month':
      return `Metered per month (limit ${limit.meterLimit}): a month has no fair weekly share, so no line.`;
    default:
      return limit.meter ? 'Unlimited on your plan: no limit line.' : 'Pacer has no limit for this: no line.';
  }
}

/** The chart's text alternative: the span, the total, the busiest week, this week, the limit. */
export function historySummary(
  kind: HistoryKind,
  weeks: readonly HistoryWeek[],
  limit: HistoryLimit,
): string {
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return `${HISTORY_KIND_LABELS[kind]}: no weeks to show.`;
  const total = weeks.reduce((a, w) => a + w.total, 0);
  const head = `${HISTORY_KIND_LABELS[kind]} per week, ${weeks.length} weeks from ${weekLabel(first.week)} to the week of ${weekLabel(last.week)}`;
  if (total === 0) return `${head}: none.`;
  let top = first;
  for (const w of weeks) if (w.total > top.total) top = w;
  let text = `${head}: ${total} in all; most ${top.total} in the week of ${weekLabel(top.week)}; this week ${last.total}.`;
  if (limit.perWeek !== null && limit.perWeek > 0) {
    const over = weeks.filter((w) => w.total > (limit.perWeek as number)).length;
    text += ` Limit line ${limit.perWeek} a week: ${over === 0 ? 'no week' : over === 1 ? '1 week' : `${over} weeks`} over it.`;
  }
  return text;
}
