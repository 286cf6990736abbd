// The popup's data: paint synchronously from the last snapshot (localStorage), then read IndexedDB
// (read-only: openDb + loadAccountReport) and keep reading it while open — on every change Dexie's
// liveQuery sees (the background writes from another context; Dexie relays it over BroadcastChannel)
// and every few seconds, so reset countdowns and windows that roll over stay right. It opens on the
// account of the LinkedIn tab in use (the badge's), else the account last picked here.
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HealthLine } from '../../components/health-line';
import { PopupView } from '../../components/popup-view';
import { UnconfirmedNotice } from '../../components/unconfirmed-notice';
import { watchHealth } from '../../lib/db/health-store';
import { loadAccountReport } from '../../lib/db/load-report';
import { openDb } from '../../lib/db/schema';
import type { AccountReport } from '../../lib/domain/account-report';
import type { InvitationHealth } from '../../lib/domain/invitation-health';
import type { PlanId } from '../../lib/domain/limits';
import { recentUnconfirmed, type UnconfirmedSend } from '../../lib/domain/unconfirmed';
import { t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging';
import { readAccountInUse } from '../../lib/storage/account-in-use';
import { readFault, type StorageFault, touchesFault } from '../../lib/storage/fault';
import { ACCOUNT_PICK_KEY, SNAPSHOT_KEY } from '../../lib/storage/keys';
import { readUnconfirmed, touchesUnconfirmed } from '../../lib/storage/unconfirmed-sends';
import { formatCount } from '../../lib/ui/format';
import { parseSnapshot, serializeSnapshot } from '../../lib/ui/snapshot';
import { unconfirmedReport } from '../../lib/ui/unconfirmed-report';

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
  return storageGet(ACCOUNT_PICK_KEY);
}

/** The last report shown, if still valid now: lets the first paint carry real numbers. */
export function readSnapshot(now: Date): AccountReport | null {
  return parseSnapshot(storageGet(SNAPSHOT_KEY), readPick(), now);
}

interface Shown {
  data: AccountReport | null;
  now: Date;
}

/** The writes IndexedDB refused, as the worker recorded them (read with lib/storage/fault.ts). */
function useStorageFault(): StorageFault | null {
  const [fault, setFault] = useState<StorageFault | null>(null);
  useEffect(() => {
    const read = () => readFault().then(setFault, () => setFault(null));
    void read();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && touchesFault(Object.keys(changes))) void read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return fault;
}

/** The unconfirmed sends the worker keeps (lib/storage/unconfirmed-sends.ts), reread when they change. */
function useUnconfirmedSends(): UnconfirmedSend[] {
  const [sends, setSends] = useState<UnconfirmedSend[]>([]);
  useEffect(() => {
    const read = () =>
      readUnconfirmed().then(
        (s) => setSends(s.sends),
        () => setSends([]),
      );
    void read();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && touchesUnconfirmed(Object.keys(changes))) void read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return sends;
}

/** The shown account's invitation health (lib/db/health-store.ts), followed while the popup is open. */
function useHealth(account: string | null): InvitationHealth | null {
  const [health, setHealth] = useState<InvitationHealth | null>(null);
  useEffect(() => {
    const db = openDb();
    const stop = watchHealth(db, account, setHealth, () => setHealth(null));
    return () => {
      stop();
      db.close();
    };
  }, [account]);
  return health;
}

export function PopupApp({ initial, initialNow }: { initial: AccountReport | null; initialNow: Date }) {
  const [shown, setShown] = useState<Shown>({ data: initial, now: initialNow });
  const [pick, setPick] = useState<string | null>(readPick);
  const [error, setError] = useState<string | null>(null);
  const fault = useStorageFault();
  const unconfirmed = recentUnconfirmed(
    useUnconfirmedSends(),
    shown.now.getTime(),
    shown.data?.account?.account ?? null,
  );
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const onCopyReport = () => {
    const text = unconfirmedReport(unconfirmed, browser.runtime.getManifest().version);
    navigator.clipboard.writeText(text).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  };

  // A layout effect: the read starts right after the first render, not after the first paint (a
  // frame later), so a first open without a snapshot shows its numbers sooner.
  useLayoutEffect(() => {
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
    storageSet(ACCOUNT_PICK_KEY, account);
    setPick(account);
  }, []);

  // The LinkedIn tab in use decides (kept as the pick, so the next first paint is this account's).
  useEffect(() => {
    let closed = false;
    void readAccountInUse().then((account) => {
      if (!closed && account) onPickAccount(account);
    });
    return () => {
      closed = true;
    };
  }, [onPickAccount]);

  const shownAccount = shown.data?.account?.account ?? null;
  const health = useHealth(error ? null : shownAccount);
  const onConfirmPlan = useCallback(
    async (plan: PlanId): Promise<string | null> => {
      if (!shownAccount) return t('popup.noAccountShown');
      const reply = await sendMessage('updateSettings', { plan, account: shownAccount });
      return reply.ok ? null : reply.errors.map((e) => e.message).join('; ');
    },
    [shownAccount],
  );

  const onOpenOptions = useCallback(() => {
    void browser.runtime.openOptionsPage();
  }, []);

  return (
    <>
      {error ? (
        <p class="error popup" role="alert">
          {t('popup.readError', { error })}
        </p>
      ) : null}
      {fault && !error ? (
        <p class="error popup" role="alert">
          {t('popup.notSaved', fault.pending, { count: formatCount(fault.pending), message: fault.message })}
        </p>
      ) : null}
      <PopupView
        data={error ? null : shown.data}
        now={shown.now}
        onPickAccount={onPickAccount}
        onOpenOptions={onOpenOptions}
        onConfirmPlan={onConfirmPlan}
        sourcesHref="options.html#sources"
      >
        <HealthLine health={health} detailsHref="options.html#health" />
        {error ? null : (
          <UnconfirmedNotice
            sends={unconfirmed}
            now={shown.now}
            timeZone={shown.data?.timeZone ?? browserZone()}
            onCopy={onCopyReport}
            copied={copied}
          />
        )}
      </PopupView>
    </>
  );
}
