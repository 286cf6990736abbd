// The activity log page: owns its I/O. It reads the store itself (read-only: the paged read of
// lib/db/activity-log.ts, kept live with Dexie's liveQuery) and asks the worker, the only writer, to
// remove an action.
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { ActivityLog, type LogFilter } from '../../components/activity-log';
import { type LogCursor, readActivityPage } from '../../lib/db/activity-log';
import { type AccountRecord, openDb } from '../../lib/db/schema';
import { loadSettings } from '../../lib/db/settings-store';
import { effectiveTimeZone } from '../../lib/domain/settings';
import { t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging';
import { type ActivityRow, activityRow } from '../../lib/ui/activity-row';

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

interface Shown {
  rows: ActivityRow[];
  next: LogCursor | null;
  accounts: AccountRecord[];
  timeZone: string;
}

// A character no message holds: where the link goes in its sentence, so a translator can move it.
const LINK = '\uE000';

/** "Something Pacer could not see …? Add it by hand.": the sentence with its link where the language puts it. */
function AddByHand() {
  const [before, after = ''] = t('log.addByHand', { link: LINK }).split(LINK);
  return (
    <>
      {before}
      <a href="options.html#add-activity">{t('log.addByHandLink')}</a>
      {after}
    </>
  );
}

export function ActivityApp() {
  const db = useMemo(() => openDb(), []);
  const [filter, setFilter] = useState<LogFilter>({ kind: null, account: null });
  // The cursor each page starts after: the newest page starts after none.
  const [cursors, setCursors] = useState<(LogCursor | null)[]>([null]);
  const [shown, setShown] = useState<Shown | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const after = cursors.at(-1) ?? null;

  useEffect(() => {
    const sub = liveQuery(async () => {
      const now = new Date();
      const [page, accounts, settings] = await Promise.all([
        readActivityPage(db, { kind: filter.kind, account: filter.account, after }),
        db.accounts.orderBy('lastSeenAt').reverse().toArray(),
        loadSettings(db, now),
      ]);
      const timeZone = effectiveTimeZone(settings, browserZone());
      return {
        rows: page.rows.map((e) => activityRow(e, now, timeZone)),
        next: page.next,
        accounts,
        timeZone,
      };
    }).subscribe({
      next: (s) => {
        setShown(s);
        setError(null);
      },
      error: (e) => setError(e instanceof Error ? e.message : String(e)),
    });
    return () => sub.unsubscribe();
  }, [db, filter, after]);

  useEffect(() => () => db.close(), [db]);

  const onFilter = useCallback((f: LogFilter) => {
    setFilter(f);
    setCursors([null]);
  }, []);
  const onOlder = useCallback(() => {
    const next = shown?.next;
    if (next) setCursors((c) => [...c, next]);
  }, [shown]);
  const onNewer = useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []);
  const onRemove = useCallback(async (key: string) => {
    setStatus('');
    try {
      const res = await sendMessage('removeActivity', { key });
      setStatus(res.ok ? t('log.removed') : res.error);
    } catch (e) {
      setStatus(t('log.removeFailed', { error: e instanceof Error ? e.message : String(e) }));
    }
  }, []);

  return (
    <main class="activity">
      <header>
        <h1>{t('log.heading')}</h1>
        <p class="lede">
          {t('log.lede')} <AddByHand />
        </p>
      </header>
      {error ? (
        <p class="field-error" role="alert">
          {t('log.readError', { error })}
        </p>
      ) : null}
      <ActivityLog
        rows={shown?.rows ?? null}
        accounts={shown?.accounts ?? []}
        filter={filter}
        onFilter={onFilter}
        page={cursors.length}
        hasOlder={shown?.next != null}
        onOlder={onOlder}
        onNewer={onNewer}
        onRemove={(key) => void onRemove(key)}
        status={status}
        timeZone={shown?.timeZone ?? browserZone()}
      />
    </main>
  );
}
