// Settings live in one row; a missing or unreadable row means a fresh install's defaults.
import { defaultSettings, type Settings } from '../domain/settings';
import { parseSettings } from '../schemas/settings';
import type { PacerDb } from './schema';

export async function loadSettings(db: PacerDb, now: Date): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = row ? parseSettings(row.value) : null;
  return parsed?.ok ? parsed.settings : defaultSettings(now);
}

/** Stores settings that are already validated (see applySettingsPatch). */
export async function saveSettings(db: PacerDb, settings: Settings): Promise<void> {
  await db.settings.put({ id: 'settings', value: settings });
}

/** A fresh install starts on the defaults, stored so the InMail start date stays fixed. */
export async function ensureSettings(db: PacerDb, now: Date): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    if (!(await db.settings.get('settings')))
      await db.settings.put({ id: 'settings', value: defaultSettings(now) });
  });
}
