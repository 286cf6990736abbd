// Words for the history chart: the kinds, week labels, the limit line's caption and the chart's
// text alternative (what a screen reader says, and what the chart's title tells everyone), in the
// browser's language (`t`), dates and numbers in its locale (format.ts).
import type { HistoryKind, HistoryLimit, HistoryWeek } from '../domain/history';
import { t } from '../i18n/t';
import { formatCount, formatDayMonth } from './format';

/** What the history charts, in words: "Invites", "Profile views". */
export function historyKindLabel(kind: HistoryKind): string {
  switch (kind) {
    case 'invites':
      return t('history.kindInvites');
    case 'invite-notes':
      return t('history.kindInviteNotes');
    case 'messages':
      return t('history.kindMessages');
    case 'inmails':
      return t('history.kindInmails');
    case 'open-profile':
      return t('history.kindOpenProfile');
    case 'profile-views':
      return t('history.kindProfileViews');
    case 'comments':
      return t('history.kindComments');
    case 'reactions':
      return t('history.kindReactions');
  }
}

/**
 * `2026-03-16` → "16 Mar" (en-GB), "Mar 16" (en-US), "16 mars" (fr). The date is already the
 * user's local one: worded at noon UTC in UTC, so no zone can move it to another day.
 */
export function weekLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return formatDayMonth(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12)), 'UTC');
}

/** What the dashed line stands for, or why there is none. */
export function limitCaption(limit: HistoryLimit): string {
  if (limit.meterLimit === 0) return t('history.captionNotOnPlan');
  const perWeek = formatCount(limit.perWeek ?? 0);
  switch (limit.basis) {
    case 'week':
      return t('history.captionWeek', { limit: perWeek });
    case 'day':
      return t('history.captionDay', { limit: perWeek, daily: formatCount(limit.meterLimit ?? 0) });
    case 'month':
      return t('history.captionMonth', { limit: formatCount(limit.meterLimit ?? 0) });
    default:
      return limit.meter ? t('history.captionUnlimited') : t('history.captionNoMeter');
  }
}

/** The chart's text alternative: the span, the total, the busiest week, this week, the limit. */
export function historySummary(
  kind: HistoryKind,
  weeks: readonly HistoryWeek[],
  limit: HistoryLimit,
): string {
  const label = historyKindLabel(kind);
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return t('history.summaryNoWeeks', { kind: label });
  const total = weeks.reduce((a, w) => a + w.total, 0);
  const span = {
    kind: label,
    weeks: formatCount(weeks.length),
    from: weekLabel(first.week),
    to: weekLabel(last.week),
  };
  if (total === 0) return t('history.summaryNone', span);
  let top = first;
  for (const w of weeks) if (w.total > top.total) top = w;
  const text = t('history.summary', {
    ...span,
    total: formatCount(total),
    most: formatCount(top.total),
    busiest: weekLabel(top.week),
    current: formatCount(last.total),
  });
  if (limit.perWeek === null || limit.perWeek <= 0) return text;
  const line = limit.perWeek;
  const over = weeks.filter((w) => w.total > line).length;
  return `${text} ${t('history.summaryOver', over, { limit: formatCount(line), count: formatCount(over) })}`;
}
