// The history chart: one bar per Monday week (the current one last) and the limit as a dashed line.
// A small hand-written SVG rather than a chart library: it draws bars, a line and a few labels,
// which no library makes shorter, and it keeps the page free of a dependency (the smallest
// maintained ones weigh 10–40 KB minified). Accessible: role="img" with a text alternative (title
// and description), focusable, and each bar carries its own title for pointer users.
import type { HistoryKind, HistoryLimit, HistoryWeek } from '../lib/domain/history';
import { t } from '../lib/i18n/t';
import { formatCount } from '../lib/ui/format';
import { historySummary, weekLabel } from '../lib/ui/history-text';

export interface HistoryChartProps {
  kind: HistoryKind;
  weeks: readonly HistoryWeek[];
  limit: HistoryLimit;
  /** Names the title and description (several charts on a page stay apart). */
  id?: string;
}

const W = 640;
const H = 250;
const M = { top: 18, right: 12, bottom: 34, left: 40 };

/** The axis top: the next 1, 2 or 5 × 10ⁿ at or above `max` (4 for an empty chart). */
export function niceMax(max: number): number {
  if (max <= 0) return 4;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const f of [1, 2, 5, 10]) if (f * p >= max) return f * p;
  return 10 * p;
}

/** A bar's own title: its week, its count, its busiest day, and whether it is over the line. */
function barTitle(w: HistoryWeek, over: boolean): string {
  const words = { week: weekLabel(w.week), count: formatCount(w.total), busiest: formatCount(w.busiest) };
  if (w.total === 0) return t('history.barTitleNone', { week: words.week, count: words.count });
  return over ? t('history.barTitleOver', words) : t('history.barTitle', words);
}

export function HistoryChart({ kind, weeks, limit, id = 'history' }: HistoryChartProps) {
  const line = limit.perWeek !== null && limit.perWeek > 0 ? limit.perWeek : null;
  const top = niceMax(Math.max(line ?? 0, ...weeks.map((w) => w.total)));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const slot = plotW / Math.max(1, weeks.length);
  const barW = Math.max(4, slot * 0.62);
  const summary = historySummary(kind, weeks, limit);
  return (
    <svg
      data-chart="history"
      data-kind={kind}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      // Focusable on purpose: keyboard users reach the chart (its focus ring, its text alternative)
      // as they reach the table toggle next to it.
      tabindex={0}
      viewBox={`0 0 ${W} ${H}`}
      class="history-chart"
    >
      <title id={`${id}-title`}>{summary}</title>
      <desc id={`${id}-desc`}>{t('history.chartHint', { button: t('history.showTable') })}</desc>
      <g class="h-axis">
        {[0, top / 2, top].map((v) => (
          <g key={v}>
            <line class="h-grid" x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
            {/* Counts are whole numbers: a half-way line (top 1 or 5) gets no label. */}
            {Number.isInteger(v) ? (
              <text class="h-tick" x={M.left - 6} y={y(v) + 4} text-anchor="end">
                {formatCount(v)}
              </text>
            ) : null}
          </g>
        ))}
      </g>
      <g class="h-bars">
        {weeks.map((w, i) => {
          const x = M.left + i * slot + (slot - barW) / 2;
          // A week with activity always shows: at least 2 px, however tall the axis.
          const h = w.total > 0 ? Math.max(2, y(0) - y(w.total)) : 0;
          const over = line !== null && w.total > line;
          return (
            <g key={w.week}>
              <rect
                class={over ? 'h-bar h-over' : 'h-bar'}
                data-week={w.week}
                data-count={w.total}
                x={x}
                y={y(0) - h}
                width={barW}
                height={h}
              >
                <title>{barTitle(w, over)}</title>
              </rect>
              {w.total > 0 ? (
                <text class="h-value" x={x + barW / 2} y={y(0) - h - 4} text-anchor="middle">
                  {formatCount(w.total)}
                </text>
              ) : null}
              <text
                class="h-week"
                x={M.left + i * slot + slot / 2}
                y={H - M.bottom + 16}
                text-anchor="middle"
              >
                {weekLabel(w.week)}
              </text>
            </g>
          );
        })}
      </g>
      {line !== null ? (
        <g class="h-limit" data-limit={line}>
          <line x1={M.left} x2={W - M.right} y1={y(line)} y2={y(line)} />
          <text x={W - M.right} y={y(line) - 5} text-anchor="end">
            {t('history.limitMark', { limit: formatCount(line) })}
          </text>
        </g>
      ) : null}
    </svg>
  );
}
