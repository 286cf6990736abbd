// The history page's view: which account and what to chart, the 12-week chart with its table, and
// the CSV export. Presentational: the page reads the store and builds the file.
import { useState } from 'preact/hooks';
import type { SeenAccount } from '../lib/domain/account-report';
import {
  HISTORY_KIND_LABELS,
  HISTORY_KINDS,
  type HistoryKind,
  type HistoryLimit,
  type HistoryWeek,
} from '../lib/domain/history';
import { accountFullLabel } from '../lib/ui/format';
import { historySummary, limitCaption, weekLabel } from '../lib/ui/history-text';
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
  return (
    <>
      <div class="history-pickers">
        {p.accounts.length > 0 && p.account !== null ? (
          <label>
            LinkedIn account{' '}
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
          Show{' '}
          <select
            name="kind"
            value={p.kind}
            onChange={(e) => p.onKind((e.currentTarget as HTMLSelectElement).value as HistoryKind)}
          >
            {HISTORY_KINDS.map((k) => (
              <option key={k} value={k}>
                {HISTORY_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {p.account === null ? (
        <p class="muted" role="note">
          Pacer has not seen a LinkedIn account yet: the history starts with the first thing it counts.
        </p>
      ) : p.data === null ? (
        <p class="muted">Reading the last 12 weeks…</p>
      ) : (
        <section class="history-chart-section" aria-label="Last 12 weeks">
          {/* The chart's text alternative, shown: the gist at a glance (the chart says it to screen readers). */}
          <p class="history-summary" aria-hidden="true">
            {historySummary(p.kind, p.data.weeks, p.data.limit)}
          </p>
          <HistoryChart kind={p.kind} weeks={p.data.weeks} limit={p.data.limit} />
          <p class="muted limit-caption">
            {limitCaption(p.data.limit)} Weeks start on Monday, in {p.timeZone}.
          </p>
          <button
            type="button"
            data-action="toggle-table"
            aria-expanded={table}
            aria-controls="history-table"
            onClick={() => setTable(!table)}
          >
            {table ? 'Hide the table' : 'Show as a table'}
          </button>
          {table ? <HistoryTable kind={p.kind} weeks={p.data.weeks} limit={p.data.limit} /> : null}
        </section>
      )}
      <section class="history-export" aria-labelledby="export-heading">
        <h2 id="export-heading">Daily counts as CSV</h2>
        <p class="muted">
          One row per day and account since Pacer started (at most 13 months), dates in {p.timeZone}: counts
          only, never what you wrote. Opens in any spreadsheet.
        </p>
        <button type="button" data-action="export-csv" disabled={p.exporting} onClick={p.onExport}>
          Download CSV
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
  return (
    <table id="history-table" data-table="history">
      <caption>{HISTORY_KIND_LABELS[kind]} per week</caption>
      <thead>
        <tr>
          <th scope="col">Week of</th>
          <th scope="col">{HISTORY_KIND_LABELS[kind]}</th>
          <th scope="col">Busiest day</th>
          {line !== null ? <th scope="col">Limit line</th> : null}
        </tr>
      </thead>
      <tbody>
        {weeks.map((w) => (
          <tr key={w.week} data-week={w.week}>
            <th scope="row">{weekLabel(w.week)}</th>
            <td data-count={w.total}>{w.total}</td>
            <td>{w.busiest}</td>
            {line !== null ? <td>{w.total > line ? `${line} (over)` : line}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
