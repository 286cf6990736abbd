// The popup's data: paint synchronously from the last snapshot (localStorage), then read IndexedDB
// (read-only: openDb + loadAccountReport) and keep reading it while open — on every change Dexie's
// liveQuery sees (the background writes from another context; Dexie relays it over BroadcastChannel)
// and every few seconds, so reset countdowns and windows that roll over stay right.
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/popup-view';
import { type AccountReport, loadAccountReport } from '../../lib/db/load-report';
import { openDb } from '../../lib/db/schema';
import { ACCOUNT_KEY, parseSnapshot, SNAPSHOT_KEY, serializeSnapshot } from '../../lib/ui/snapshot';

const REFRESH_MS = 5_000;

export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function storageGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function storageSet(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage full or unavailable: the popup still works, it just paints later next time.
  }
}

export function readPick(): string | null {
  return storageGet(ACCOUNT_KEY);
}

/** The last report shown, if still valid now: lets the first paint carry real numbers. */
export function readSnapshot(now: Date): AccountReport | null {
  return parseSnapshot(storageGet(SNAPSHOT_KEY), readPick(), now);
}

interface Shown {
  data: AccountReport | null;
  now: Date;
}

export function PopupApp({ initial, initialNow }: { initial: AccountReport | null; initialNow: Date }) {
  const [shown, setShown] = useState<Shown>({ data: initial, now: initialNow });
  const [pick, setPick] = useState<string | null>(readPick);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const db = openDb();
    const zone = browserZone();
    let closed = false;
    let lastSnapshot = '';
    const load = async (): Promise<Shown> => {
      const now = new Date();
      return { data: await loadAccountReport(db, now, zone, pick), now };
    };
    const show = (s: Shown) => {
      if (closed) return;
      setShown(s);
      setError(null);
      const text = s.data ? serializeSnapshot(s.data, pick, s.now) : '';
      // Only the countdowns change between most reads; skip identical writes.
      if (text && text.slice(text.indexOf('"pick"')) !== lastSnapshot) {
        lastSnapshot = text.slice(text.indexOf('"pick"'));
        storageSet(SNAPSHOT_KEY, text);
      }
    };
    const fail = (e: unknown) => {
      if (!closed) setError(e instanceof Error ? e.message : String(e));
    };
    const subscription = liveQuery(load).subscribe({ next: show, error: fail });
    const timer = setInterval(() => load().then(show, fail), REFRESH_MS);
    return () => {
      closed = true;
      subscription.unsubscribe();
      clearInterval(timer);
      db.close();
    };
  }, [pick]);

  const onPickAccount = useCallback((account: string) => {
    storageSet(ACCOUNT_KEY, account);
    setPick(account);
  }, []);

  const onOpenOptions = useCallback(() => {
    void browser.runtime.openOptionsPage();
  }, []);

  return (
    <>
      <PopupView
        data={shown.data}
        now={shown.now}
        onPickAccount={onPickAccount}
        onOpenOptions={onOpenOptions}
        sourcesHref="options.html#sources"
      />
      {error ? (
        <p class="error popup" role="alert">
          Could not read Pacer's data: {error}
        </p>
      ) : null}
    </>
  );
}
