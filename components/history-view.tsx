// The history page's view: which account and what to chart, the 12-week chart with its table, and
// the CSV export. Presentational: the page reads the store and builds the file.
import { useState } from 'preact/hooks';
import type { SeenAccount } from '../lib/domain/account-report';
import {
  HISTORY_KINDS,
  HISTORY_WEEKS,
  type HistoryKind,
  type HistoryLimit,
  type HistoryWeek,
} from '../lib/domain/history';
import { t } from '../lib/i18n/t';
import { accountFullLabel, formatCount } from '../lib/ui/format';
import { historyKindLabel, historySummary, limitCaption, weekLabel } from '../lib/ui/history-text';
import { HistoryChart } from './history-chart';

export interface HistoryViewProps {
  /** Every account seen, most recent first. */
  accounts: readonly SeenAccount[];
  /** The account charted (null: none seen yet). */
  account: string | null;
  onAccount: (account: string) => void;
  kind: HistoryKind;
  onKind: (kind: HistoryKind) => void;
  /** The chart's data for `account` and `kind`; null while it loads. */
  data: { weeks: HistoryWeek[]; limit: HistoryLimit } | null;
  timeZone: string;
  onExport: () => void;
  exporting: boolean;
  exportStatus: string;
}

export function HistoryView(p: HistoryViewProps) {
  const [table, setTable] = useState(false);
  const weeks = formatCount(HISTORY_WEEKS);
  return (
    <>
      <div class="history-pickers">
        {p.accounts.length > 0 && p.account !== null ? (
          <label>
            {t('history.accountPicker')}{' '}
            <select
              name="account"
              value={p.account}
              onChange={(e) => p.onAccount((e.currentTarget as HTMLSelectElement).value)}
            >
              {p.accounts.map((a) => (
                <option key={a.account} value={a.account}>
                  {accountFullLabel(a)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          {t('history.kindPicker')}{' '}
          <select
            name="kind"
            value={p.kind}
            onChange={(e) => p.onKind((e.currentTarget as HTMLSelectElement).value as HistoryKind)}
          >
            {HISTORY_KINDS.map((k) => (
              <option key={k} value={k}>
                {historyKindLabel(k)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {p.account === null ? (
        <p class="muted" role="note">
          {t('history.noAccount')}
        </p>
      ) : p.data === null ? (
        <p class="muted">{t('history.reading', { weeks })}</p>
      ) : (
        <section class="history-chart-section" aria-label={t('history.chartLabel', { weeks })}>
          {/* The chart's text alternative, shown: the gist at a glance (the chart says it to screen readers). */}
          <p class="history-summary" aria-hidden="true">
            {historySummary(p.kind, p.data.weeks, p.data.limit)}
          </p>
          <HistoryChart kind={p.kind} weeks={p.data.weeks} limit={p.data.limit} />
          <p class="muted limit-caption">
            {limitCaption(p.data.limit)} {t('history.weeksStart', { zone: p.timeZone })}
          </p>
          <button
            type="button"
            data-action="toggle-table"
            aria-expanded={table}
            aria-controls="history-table"
            onClick={() => setTable(!table)}
          >
            {table ? t('history.hideTable') : t('history.showTable')}
          </button>
          {table ? <HistoryTable kind={p.kind} weeks={p.data.weeks} limit={p.data.limit} /> : null}
        </section>
      )}
      <section class="history-export" aria-labelledby="export-heading">
        <h2 id="export-heading">{t('history.exportHeading')}</h2>
        <p class="muted">{t('history.exportText', { zone: p.timeZone })}</p>
        <button type="button" data-action="export-csv" disabled={p.exporting} onClick={p.onExport}>
          {t('history.download')}
        </button>
        <p class="status" role="status">
          {p.exportStatus}
        </p>
      </section>
    </>
  );
}

function HistoryTable({
  kind,
  weeks,
  limit,
}: {
  kind: HistoryKind;
  weeks: readonly HistoryWeek[];
  limit: HistoryLimit;
}) {
  const line = limit.perWeek !== null && limit.perWeek > 0 ? limit.perWeek : null;
  const label = historyKindLabel(kind);
  return (
    <table id="history-table" data-table="history">
      <caption>{t('history.tableCaption', { kind: label })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('history.weekOf')}</th>
          <th scope="col">{label}</th>
          <th scope="col">{t('history.busiestDay')}</th>
          {line !== null ? <th scope="col">{t('history.limitLine')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {weeks.map((w) => (
          <tr key={w.week} data-week={w.week}>
            <th scope="row">{weekLabel(w.week)}</th>
            <td data-count={w.total}>{formatCount(w.total)}</td>
            <td>{formatCount(w.busiest)}</td>
            {line !== null ? (
              <td>
                {w.total > line ? t('history.overLine', { limit: formatCount(line) }) : formatCount(line)}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
