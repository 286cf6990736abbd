// The learned ceilings' I/O on the options page: the account's settings, followed live (the worker
// writes a ceiling when LinkedIn refuses), and "Forget" as an updateSettings message.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { PacerDb } from '../../lib/db/schema';
import { loadSettings } from '../../lib/db/settings-store';
import type { Settings } from '../../lib/domain/settings';
import { type SaveReply, sendMessage } from '../../lib/messaging';

export interface ShownAccount {
  account: string;
  settings: Settings;
}

/** `account`'s settings (null: the account seen most recently), live; null while none is known. */
export function useAccountSettings(db: PacerDb, account: string | null): ShownAccount | null {
  const [shown, setShown] = useState<ShownAccount | null>(null);
  useEffect(() => {
    const sub = liveQuery(async () => {
      const id = account ?? (await db.accounts.orderBy('lastSeenAt').last())?.account;
      return id ? { account: id, settings: await loadSettings(db, new Date(), id) } : null;
    }).subscribe({ next: setShown, error: () => setShown(null) });
    return () => sub.unsubscribe();
  }, [db, account]);
  return shown;
}

/** The account's remaining ceilings replace the whole set. */
export function saveCeilings(change: {
  ceilings: Settings['ceilings'];
  account: string;
}): Promise<SaveReply> {
  return sendMessage('updateSettings', change);
}
