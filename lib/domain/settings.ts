// User settings: their shape, the defaults of a fresh install, and how a patch merges. Pure; the
// schema that validates them lives at the trust boundary (lib/schemas/settings.ts).
import type { MeterId, PlanId } from './limits';

export const WEEKLY_MODES = ['calendar-week', 'rolling-7d'] as const;
export type WeeklyMode = (typeof WEEKLY_MODES)[number];

/**
 * What LinkedIn itself enforced: how many the meter's window held when LinkedIn refused it. The
 * meter's limit is the lower of this and the configured one, for 8 weeks after the refusal.
 */
export interface LearnedCeiling {
  count: number;
  /** When LinkedIn refused (epoch ms). */
  at: number;
  /** LinkedIn's own code for the refusal. */
  code: string;
}

export interface Settings {
  plan: PlanId;
  /** The user chose the plan (welcome page, options, the popup's question); false: Pacer asks once. */
  planConfirmed: boolean;
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
  /** Learned ceilings per meter (absent: none). Written by the worker, cleared by "Forget". */
  ceilings: { [id in MeterId]?: LearnedCeiling | undefined };
  /**
   * New-account ramp-up (per account): when on, the invite limits follow the ramp that started at
   * `startedAt` (epoch ms), held while acceptance is amber or red (lib/domain/ramp-up.ts); null: off.
   */
  rampUp: { startedAt: number; heldDays: number; heldSince: number | null } | null;
  /** Pending invitations: amber from `warn`, red from `red` (shared). */
  pending: { warn: number; red: number };
  /** The optional engagement meter (messages, profile views, comments and reactions a day; shared). */
  engagementMeter: boolean;
}

/**
 * The settings that belong to one LinkedIn account; the rest (zones, the weekly mode, the zone,
 * "Send anyway?") are the user's, shared by every account.
 */
export const ACCOUNT_SETTING_KEYS = [
  'plan',
  'planChosenAt',
  'planConfirmed',
  'overrides',
  'inmail',
  'ceilings',
  'rampUp',
] as const satisfies readonly (keyof Settings)[];
export type AccountSettings = Pick<Settings, (typeof ACCOUNT_SETTING_KEYS)[number]>;

/** One account's part of `settings`. */
export function accountPart(settings: Settings): AccountSettings {
  const out = {} as Record<string, unknown>;
  for (const k of ACCOUNT_SETTING_KEYS) out[k] = settings[k];
  return out as AccountSettings;
}

/** The shared settings with one account's own part laid over them. */
export function withAccountPart(shared: Settings, own: AccountSettings | null | undefined): Settings {
  return own ? { ...shared, ...accountPart(own as Settings) } : shared;
}

/** What the options page sends to change settings: any of the fields, the zone and InMail groups field by field. */
export type SettingsPatch = {
  [K in Exclude<keyof Settings, 'zones' | 'inmail' | 'pending'>]?: Settings[K] | undefined;
} & {
  zones?: Partial<Settings['zones']> | undefined;
  pending?: Partial<Settings['pending']> | undefined;
  inmail?: Partial<Settings['inmail']> | undefined;
};

export function defaultSettings(now: Date): Settings {
  return {
    plan: 'free',
    planConfirmed: false,
    planChosenAt: now.getTime(),
    weeklyMode: 'calendar-week',
    overrides: {},
    zones: { warn: 70, red: 90 },
    inmail: { refillDay: 1, expires: null, calibration: null },
    timeZone: null,
    confirmRedSend: true,
    ceilings: {},
    rampUp: null,
    pending: { warn: 300, red: 500 },
    engagementMeter: false,
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
    pending: group(current.pending, patch.pending),
    inmail: group(current.inmail, patch.inmail),
    overrides: patch.overrides === undefined ? current.overrides : group({}, patch.overrides),
    ceilings: patch.ceilings === undefined ? current.ceilings : group({}, patch.ceilings),
  };
  if (patch.plan !== undefined && patch.plan !== current.plan && patch.planChosenAt === undefined) {
    merged.planChosenAt = now.getTime();
  }
  // Choosing a plan, even the same one, answers the popup's question.
  if (patch.plan !== undefined && patch.planConfirmed === undefined) merged.planConfirmed = true;
  return merged;
}

/** The zone budgets and windows use: the setting, else the browser's own. */
export function effectiveTimeZone(settings: Pick<Settings, 'timeZone'>, browserZone: string): string {
  return settings.timeZone ?? browserZone;
}

export type { PlanId };
