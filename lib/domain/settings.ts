// User settings: their shape, the defaults of a fresh install, and how a patch merges. Pure; the
// schema that validates them lives at the trust boundary (lib/schemas/settings.ts).
import type { MeterId, PlanId } from './limits';

export const WEEKLY_MODES = ['calendar-week', 'rolling-7d'] as const;
export type WeeklyMode = (typeof WEEKLY_MODES)[number];

export interface Settings {
  plan: PlanId;
  /** When the plan was last chosen: the InMail subscription starts here until calibrated. */
  planChosenAt: number;
  weeklyMode: WeeklyMode;
  /** Per-meter limit overrides; absent = the plan default. For inmails-balance: the monthly grant. */
  overrides: { [id in MeterId]?: number | undefined };
  zones: { warn: number; red: number };
  inmail: {
    refillDay: number;
    /** null = the plan's default (90 days on most plans, none on Sales Navigator). */
    expires: boolean | null;
    calibration: { balance: number; at: number } | null;
  };
  /** IANA zone; null = the browser's zone. */
  timeZone: string | null;
  /** In the red, a Send click asks "Send anyway?" first. */
  confirmRedSend: boolean;
}

/** What the options page sends to change settings: any of the fields, the zone and InMail groups field by field. */
export type SettingsPatch = {
  [K in Exclude<keyof Settings, 'zones' | 'inmail'>]?: Settings[K] | undefined;
} & {
  zones?: Partial<Settings['zones']> | undefined;
  inmail?: Partial<Settings['inmail']> | undefined;
};

export function defaultSettings(now: Date): Settings {
  return {
    plan: 'free',
    planChosenAt: now.getTime(),
    weeklyMode: 'calendar-week',
    overrides: {},
    zones: { warn: 70, red: 90 },
    inmail: { refillDay: 1, expires: null, calibration: null },
    timeZone: null,
    confirmRedSend: true,
  };
}

export interface FieldError {
  /** Dotted path, e.g. `zones.warn` or `overrides.invites-week`; `(settings)` for the whole. */
  field: string;
  message: string;
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: FieldError[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A patch merged into settings, not yet validated (lib/schemas/settings.ts checks the result). Choosing
 * a different plan restarts the InMail subscription (`planChosenAt = now`) unless the patch sets it.
 */
export function mergeSettingsPatch(current: Settings, patch: SettingsPatch, now: Date): unknown {
  // A group that is not an object is kept as sent, so the check rejects it instead of ignoring it.
  const group = <T extends object>(base: T, part: unknown): T =>
    part === undefined ? base : isRecord(part) ? { ...base, ...part } : (part as T);
  const merged = {
    ...current,
    ...patch,
    zones: group(current.zones, patch.zones),
    inmail: group(current.inmail, patch.inmail),
    overrides: patch.overrides === undefined ? current.overrides : group({}, patch.overrides),
  };
  if (patch.plan !== undefined && patch.plan !== current.plan && patch.planChosenAt === undefined) {
    merged.planChosenAt = now.getTime();
  }
  return merged;
}

/** The zone budgets and windows use: the setting, else the browser's own. */
export function effectiveTimeZone(settings: Pick<Settings, 'timeZone'>, browserZone: string): string {
  return settings.timeZone ?? browserZone;
}

export type { PlanId };
