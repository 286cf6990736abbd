// The history page: owns its I/O. It reads the store itself (read-only: index-range reads of the
// event times, lib/db/history-read.ts, kept live with Dexie's liveQuery), charts one account's last
// 12 weeks, and builds the daily-counts CSV on demand as an ordinary download.
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { HistoryView, type HistoryViewProps } from '../../components/history-view';
import { historyTimes, readCsvAccounts } from '../../lib/db/history-read';
import { openDb, type PacerDb } from '../../lib/db/schema';
import { loadSettings } from '../../lib/db/settings-store';
import type { SeenAccount } from '../../lib/domain/account-report';
import { csvFileName, dailyCsv } from '../../lib/domain/csv';
import { HISTORY_WEEKS, type HistoryKind, historyLimit, weeklyHistory } from '../../lib/domain/history';
import { DAY_MS } from '../../lib/domain/local-time';
import { effectiveTimeZone } from '../../lib/domain/settings';
import { t } from '../../lib/i18n/t';
import { UNKNOWN_ACCOUNT } from '../../lib/linkedin/urns';
import { readAccountInUse } from '../../lib/storage/account-in-use';
import { formatCount } from '../../lib/ui/format';

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

interface Shown {
  accounts: SeenAccount[];
  /** null: no account seen yet. */
  account: string | null;
  kind: HistoryKind;
  timeZone: string;
  data: NonNullable<HistoryViewProps['data']> | null;
}

/**
 * Everything the page shows, in one read: the accounts, which one (`wanted`, else the one in use,
 * else the most recent), its settings and its times for `kind`. One read rather than a chain of
 * effects, each of which would wait for a frame.
 */
async function readHistory(
  db: PacerDb,
  wanted: string | null | undefined,
  kind: HistoryKind,
  inUse: string | null,
): Promise<Shown> {
  const now = new Date();
  const first = wanted ?? inUse;
  // Read alongside the settings (the zone they name sets the weeks' bounds): from a day more than
  // 12 weeks back in any zone; weeklyHistory leaves out what falls before the first week.
  const from = now.getTime() - (HISTORY_WEEKS * 7 + 2) * DAY_MS;
  const read = (account: string) =>
    Promise.all([loadSettings(db, now, account), historyTimes(db, account, kind, from)]);
  const [all, guess] = await Promise.all([
    db.accounts.orderBy('lastSeenAt').reverse().toArray(),
    first ? read(first) : null,
  ]);
  const accounts = all.filter((a) => a.account !== UNKNOWN_ACCOUNT);
  const account = accounts.find((a) => a.account === first)?.account ?? accounts[0]?.account ?? null;
  if (!account) return { accounts, account, kind, timeZone: browserZone(), data: null };
  const [settings, times] = account === first && guess ? guess : await read(account);
  const timeZone = effectiveTimeZone(settings, browserZone());
  return {
    accounts,
    account,
    kind,
    timeZone,
    data: { weeks: weeklyHistory(times, now, timeZone), limit: historyLimit(settings, kind, now, timeZone) },
  };
}

/**
 * `early` is what main.tsx started before the page's first words: the database opening and the
 * account in use, under way while the messages load (~10 ms on a first open).
 */
export function HistoryApp({ early }: { early?: { db: PacerDb; inUse: Promise<string | null> } } = {}) {
  const db = useMemo(() => early?.db ?? openDb(), [early]);
  // Asked at once, while the page renders: the account in use (as the options page picks it).
  const inUse = useMemo(() => early?.inUse ?? readAccountInUse(), [early]);
  /** The account picked (undefined: not yet, the default applies) and the kind. */
  const [wanted, setWanted] = useState<{ account?: string; kind: HistoryKind }>({ kind: 'invites' });
  const [shown, setShown] = useState<Shown | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exportStatus, setExportStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  // A layout effect: the read starts right after the render, not a frame later.
  useLayoutEffect(() => {
    let sub: { unsubscribe(): void } | null = null;
    let closed = false;
    void inUse.then((used) => {
      if (closed) return;
      sub = liveQuery(() => readHistory(db, wanted.account, wanted.kind, used)).subscribe({
        next: (s) => {
          setShown(s);
          setError(null);
        },
        error: (e) => setError(e instanceof Error ? e.message : String(e)),
      });
    });
    return () => {
      closed = true;
      sub?.unsubscribe();
    };
  }, [db, inUse, wanted]);

  useEffect(() => () => db.close(), [db]);
  const onAccount = useCallback((account: string) => setWanted((w) => ({ ...w, account })), []);
  const onKind = useCallback((kind: HistoryKind) => setWanted((w) => ({ ...w, kind })), []);

  const onExport = useCallback(async () => {
    setExporting(true);
    setExportStatus('');
    try {
      const now = new Date();
      const zone = effectiveTimeZone(await loadSettings(db, now), browserZone());
      const text = dailyCsv(await readCsvAccounts(db, now), now, zone);
      const fileName = csvFileName(now, zone);
      saveFile(fileName, text);
      setExportStatus(t('history.saved', { file: fileName }));
    } catch (e) {
      setExportStatus(t('history.csvFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setExporting(false);
    }
  }, [db]);

  return (
    <main class="history">
      <header>
        <h1>{t('history.heading')}</h1>
        <p class="lede">
          {t('history.lede', { weeks: formatCount(HISTORY_WEEKS) })}{' '}
          <a href="activity.html">{t('history.linkLog')}</a> ·{' '}
          <a href="options.html">{t('history.linkSettings')}</a>
        </p>
      </header>
      {error ? (
        <p class="field-error" role="alert">
          {t('history.readError', { error })}
        </p>
      ) : null}
      {shown ? (
        <HistoryView
          accounts={shown.accounts}
          account={shown.account}
          onAccount={onAccount}
          kind={wanted.kind}
          onKind={onKind}
          data={
            shown.kind === wanted.kind && (wanted.account ?? shown.account) === shown.account
              ? shown.data
              : null
          }
          timeZone={shown.timeZone}
          onExport={() => void onExport()}
          exporting={exporting}
          exportStatus={exportStatus}
        />
      ) : null}
    </main>
  );
}
