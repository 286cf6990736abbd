// The history page: owns its I/O. It reads the store itself (read-only: index-range reads of the
// event times, lib/db/history-read.ts, kept live with Dexie's liveQuery), charts one account's last
// 12 weeks, and builds the daily-counts CSV on demand as an ordinary download.
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { HistoryView, type HistoryViewProps } from '../../components/history-view';
import { historyTimes, readCsvAccounts } from '../../lib/db/history-read';
import { openDb } from '../../lib/db/schema';
import { loadSettings } from '../../lib/db/settings-store';
import type { SeenAccount } from '../../lib/domain/account-report';
import { csvFileName, dailyCsv } from '../../lib/domain/csv';
import { type HistoryKind, historyDays, historyLimit, weeklyHistory } from '../../lib/domain/history';
import { effectiveTimeZone } from '../../lib/domain/settings';
import { UNKNOWN_ACCOUNT } from '../../lib/linkedin/urns';
import { readAccountInUse } from '../../lib/storage/account-in-use';

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** An ordinary page download: a Blob URL and an `<a download>` click. */
function saveFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the browser may still be reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function HistoryApp() {
  const db = useMemo(() => openDb(), []);
  const [accounts, setAccounts] = useState<SeenAccount[] | null>(null);
  /** undefined: not decided yet; null: no account seen. */
  const [account, setAccount] = useState<string | null | undefined>(undefined);
  const [kind, setKind] = useState<HistoryKind>('invites');
  const [data, setData] = useState<{ key: string; value: NonNullable<HistoryViewProps['data']> } | null>(
    null,
  );
  const [timeZone, setTimeZone] = useState(browserZone());
  const [exporting, setExporting] = useState(false);
  const [exportStatus, setExportStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fail = useCallback((e: unknown) => setError(e instanceof Error ? e.message : String(e)), []);

  useEffect(() => {
    const sub = liveQuery(async () =>
      (await db.accounts.orderBy('lastSeenAt').reverse().toArray()).filter(
        (a) => a.account !== UNKNOWN_ACCOUNT,
      ),
    ).subscribe({ next: setAccounts, error: fail });
    return () => sub.unsubscribe();
  }, [db, fail]);

  // The account shown first: the one in use (as the options page picks it), else the most recent.
  useEffect(() => {
    if (accounts === null || account !== undefined) return;
    let closed = false;
    void readAccountInUse().then((inUse) => {
      if (!closed)
        setAccount(accounts.find((a) => a.account === inUse)?.account ?? accounts[0]?.account ?? null);
    });
    return () => {
      closed = true;
    };
  }, [accounts, account]);

  const key = `${account}|${kind}`;
  useEffect(() => {
    if (!account) return;
    const sub = liveQuery(async () => {
      const now = new Date();
      const settings = await loadSettings(db, now, account);
      const zone = effectiveTimeZone(settings, browserZone());
      const from = historyDays(now, zone)[0]?.start ?? now.getTime();
      const times = await historyTimes(db, account, kind, from);
      return { zone, weeks: weeklyHistory(times, now, zone), limit: historyLimit(settings, kind, now, zone) };
    }).subscribe({
      next: (r) => {
        setTimeZone(r.zone);
        setData({ key: `${account}|${kind}`, value: { weeks: r.weeks, limit: r.limit } });
        setError(null);
      },
      error: fail,
    });
    return () => sub.unsubscribe();
  }, [db, account, kind, fail]);

  useEffect(() => () => db.close(), [db]);

  const onExport = useCallback(async () => {
    setExporting(true);
    setExportStatus('');
    try {
      const now = new Date();
      const zone = effectiveTimeZone(await loadSettings(db, now), browserZone());
      const text = dailyCsv(await readCsvAccounts(db, now), now, zone);
      const fileName = csvFileName(now, zone);
      saveFile(fileName, text);
      setExportStatus(`Saved ${fileName}.`);
    } catch (e) {
      setExportStatus(`Could not build the CSV (${e instanceof Error ? e.message : String(e)}).`);
    } finally {
      setExporting(false);
    }
  }, [db]);

  return (
    <main class="history">
      <header>
        <h1>History</h1>
        <p class="lede">
          The last 12 weeks of one account, against the limit its meter uses now.{' '}
          <a href="activity.html">What was counted</a> · <a href="options.html">Settings</a>
        </p>
      </header>
      {error ? (
        <p class="field-error" role="alert">
          Could not read the history: {error}
        </p>
      ) : null}
      {accounts !== null && account !== undefined ? (
        <HistoryView
          accounts={accounts}
          account={account}
          onAccount={setAccount}
          kind={kind}
          onKind={setKind}
          data={data && data.key === key ? data.value : null}
          timeZone={timeZone}
          onExport={() => void onExport()}
          exporting={exporting}
          exportStatus={exportStatus}
        />
      ) : null}
    </main>
  );
}
