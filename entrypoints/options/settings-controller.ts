// The options page's settings I/O: the background is the only writer, so a save is a message; the
// page reads the settings itself (read-only) and follows them live.
import { liveQuery } from 'dexie';
import type { PacerDb } from '../../lib/db/schema';
import { loadSettings } from '../../lib/db/settings-store';
import type { Settings, SettingsPatch } from '../../lib/domain/settings';
import { type SaveReply, sendMessage } from '../../lib/messaging';

/** Asks the background to apply `patch`; it checks it again and answers with the errors, if any. */
export function saveSettings(patch: SettingsPatch): Promise<SaveReply> {
  return sendMessage('updateSettings', patch);
}

/** The stored settings (defaults until the first save). */
export function readSettings(db: PacerDb): Promise<Settings> {
  return loadSettings(db, new Date());
}

/** Calls `next` with the settings now and after every change to them; returns the unsubscribe. */
export function watchSettings(
  db: PacerDb,
  next: (settings: Settings) => void,
  fail: (error: unknown) => void,
): () => void {
  const sub = liveQuery(() => readSettings(db)).subscribe({ next, error: fail });
  return () => sub.unsubscribe();
}
