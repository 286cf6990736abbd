// Settings live in two places: one shared row (zones, weekly mode, zone, "Send anyway?", plus the
// plan chosen before any account was seen) and one row per LinkedIn account (plan, overrides,
// InMail, learned ceilings). A missing or unreadable row means a fresh install's defaults.
import {
  type AccountSettings,
  accountPart,
  defaultSettings,
  type Settings,
  withAccountPart,
} from '../domain/settings';
import { UNKNOWN_ACCOUNT } from '../linkedin/urns';
import { parseSettings } from '../schemas/settings';
import type { PacerDb } from './schema';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A stored row with the defaults under it: a field added by a later Pacer is absent from rows an
 * earlier one wrote, and takes its default; a field that is there must still be valid.
 */
function withDefaults(value: unknown, defaults: object): unknown {
  return isRecord(value) ? { ...defaults, ...value } : value;
}

/** The shared row alone: for an account, see loadSettings. */
export async function loadSharedSettings(db: PacerDb, now: Date): Promise<Settings> {
  const row = await db.settings.get('settings');
  const defaults = defaultSettings(now);
  const parsed = row ? parseSettings(withDefaults(row.value, defaults)) : null;
  return parsed?.ok ? parsed.settings : defaults;
}

/**
 * The settings `account` is metered with: the shared ones with the account's own laid over them.
 * No account (none seen yet), or one without a row of its own: the shared row's plan.
 */
export async function loadSettings(db: PacerDb, now: Date, account?: string | null): Promise<Settings> {
  const [shared, own] = await Promise.all([
    loadSharedSettings(db, now),
    account ? db.accountSettings.get(account) : undefined,
  ]);
  if (!own) return shared;
  // The account's part is checked as part of a whole: a bad row falls back to the shared plan.
  const ownPart = withDefaults(own.value, accountPart(defaultSettings(now))) as AccountSettings;
  const parsed = parseSettings(withAccountPart(shared, ownPart));
  return parsed.ok ? parsed.settings : shared;
}

/**
 * Stores settings that are already validated (see applySettingsPatch). With an account, the
 * account's own part goes to its row and the rest to the shared row; without, all to the shared row.
 */
export async function saveSettings(db: PacerDb, settings: Settings, account?: string | null): Promise<void> {
  if (!account) {
    await db.settings.put({ id: 'settings', value: settings });
    return;
  }
  await db.transaction('rw', db.settings, db.accountSettings, async () => {
    const row = await db.settings.get('settings');
    const stored = row ? parseSettings(withDefaults(row.value, defaultSettings(new Date(0)))) : null;
    // The shared row keeps its own plan (the one for accounts not seen yet).
    const template = stored?.ok ? accountPart(stored.settings) : accountPart(settings);
    await db.settings.put({ id: 'settings', value: withAccountPart(settings, template) });
    await db.accountSettings.put({ account, value: accountPart(settings) });
  });
}

/** A fresh install starts on the defaults, stored so the InMail start date stays fixed. */
export async function ensureSettings(db: PacerDb, now: Date): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    if (!(await db.settings.get('settings')))
      await db.settings.put({ id: 'settings', value: defaultSettings(now) });
  });
}

/**
 * A newly seen account's own settings: the first account takes what was chosen before any account
 * was seen (the welcome page); every later one starts from the defaults, and the popup asks its
 * plan. Call inside a transaction over settings and accountSettings.
 */
export async function ensureAccountSettings(db: PacerDb, account: string, now: Date): Promise<void> {
  if (account === UNKNOWN_ACCOUNT || (await db.accountSettings.get(account))) return;
  const first = (await db.accountSettings.count()) === 0;
  const value: AccountSettings = first
    ? accountPart(await loadSharedSettings(db, now))
    : accountPart(defaultSettings(now));
  await db.accountSettings.add({ account, value });
}
