// The ramp-up's pause, stored (worker only): when the acceptance a refresh read turns amber or red
// the ramp is held from then, and released with its held days counted when it is healthy again.
import type { PacerDb } from '../db/schema';
import { loadSettings, saveSettings } from '../db/settings-store';
import { type AcceptanceZone, rampTransition } from '../domain/ramp-up';

/** Stores the account's ramp transition, if the zone calls for one. Whether it stored one. */
export function holdRamp(
  db: PacerDb,
  account: string,
  zone: AcceptanceZone,
  now: number,
  timeZone: string,
): Promise<boolean> {
  return db.transaction('rw', db.settings, db.accountSettings, async () => {
    const settings = await loadSettings(db, new Date(now), account);
    if (!settings.rampUp) return false;
    const next = rampTransition(settings.rampUp, zone, now, timeZone);
    if (next) await saveSettings(db, { ...settings, rampUp: next }, account);
    return next !== null;
  });
}
