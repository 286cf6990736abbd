// User settings, validated whole. A bad value is rejected with a message that names its field, and
// nothing is half-applied: a patch is merged, then the result is validated.
// The checker is written by hand, not with zod: it runs in the service worker, whose weight budget
// (150 KB, Dexie alone is 86) leaves no room for zod; a test holds it to a zod reference schema.
import { METER_IDS, type MeterId, PLANS, type PlanId } from './limits';
import { isValidTimeZone } from './local-time';

export const WEEKLY_MODES = ['calendar-week', 'rolling-7d'] as const;
export type WeeklyMode = (typeof WEEKLY_MODES)[number];

export interface Settings {
  plan: PlanId;
  /** When the plan was last chosen: the InMail subscription starts here until calibrated. */
  planChosenAt: number;
  weeklyMode: WeeklyMode;
  /** Per-meter limit overrides; absent = the plan default. For inmails-balance: the monthly grant. */
  overrides: Partial<Record<MeterId, number>>;
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
  /** Dotted path, e.g. `zones.warn` or `overrides.invites-week`. */
  field: string;
  message: string;
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: FieldError[] };

type Report = (path: string, message: string) => void;
type Rec = Record<string, unknown>;

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A plain object with exactly the known keys (missing ones are reported by their own checks). */
function strict(v: unknown, path: string, keys: readonly string[], report: Report): v is Rec {
  if (!isRecord(v)) {
    report(path, `must be an object, not ${kindOf(v)}`);
    return false;
  }
  const extra = Object.keys(v).filter((k) => !keys.includes(k));
  if (extra.length)
    report(path, `unknown field${extra.length > 1 ? 's' : ''} ${extra.map((k) => `"${k}"`).join(', ')}`);
  return true;
}

function kindOf(v: unknown): string {
  return v === null || Number.isNaN(v) ? String(v) : Array.isArray(v) ? 'a list' : typeof v;
}

/** A finite number in [min, max], whole when `whole`, with the messages the options form shows. */
function number(
  v: unknown,
  path: string,
  report: Report,
  rule: { whole?: boolean; min: number; max?: number; range: string },
): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    report(path, v === undefined ? 'is missing' : `must be a finite number, not ${kindOf(v)}`);
    return;
  }
  if (rule.whole && !Number.isInteger(v)) report(path, 'must be a whole number');
  if (v < rule.min || (rule.max !== undefined && v > rule.max)) report(path, rule.range);
}

const COUNT = { whole: true, min: 0, range: 'must be 0 or more' };
const INSTANT = { whole: true, min: 0, range: 'must be a time (0 or later)' };
const PERCENT = { min: 1, max: 100, range: 'must be between 1 and 100' };
const REFILL_DAY = { whole: true, min: 1, max: 31, range: 'must be 1–31' };

function oneOf(v: unknown, path: string, options: readonly string[], report: Report, message: string): void {
  if (typeof v !== 'string' || !options.includes(v)) report(path, message);
}

function boolean(v: unknown, path: string, report: Report, nullable = false): void {
  if (typeof v !== 'boolean' && !(nullable && v === null))
    report(path, `must be true or false${nullable ? ' or null' : ''}, not ${kindOf(v)}`);
}

const KEYS = [
  'plan',
  'planChosenAt',
  'weeklyMode',
  'overrides',
  'zones',
  'inmail',
  'timeZone',
  'confirmRedSend',
];

export function parseSettings(input: unknown): SettingsResult {
  const errors: FieldError[] = [];
  const report: Report = (path, message) => {
    const field = path || '(settings)';
    errors.push({ field, message: `${field}: ${message}` });
  };
  if (strict(input, '', KEYS, report)) {
    const s = input;
    oneOf(s.plan, 'plan', PLANS, report, `unknown plan (one of ${PLANS.join(', ')})`);
    number(s.planChosenAt, 'planChosenAt', report, INSTANT);
    oneOf(s.weeklyMode, 'weeklyMode', WEEKLY_MODES, report, `must be ${WEEKLY_MODES.join(' or ')}`);
    if (strict(s.overrides, 'overrides', METER_IDS, report)) {
      for (const id of METER_IDS) {
        const v = s.overrides[id];
        if (v !== undefined) number(v, `overrides.${id}`, report, COUNT);
      }
    }
    if (strict(s.zones, 'zones', ['warn', 'red'], report)) {
      number(s.zones.warn, 'zones.warn', report, PERCENT);
      number(s.zones.red, 'zones.red', report, PERCENT);
    }
    if (strict(s.inmail, 'inmail', ['refillDay', 'expires', 'calibration'], report)) {
      const m = s.inmail;
      number(m.refillDay, 'inmail.refillDay', report, REFILL_DAY);
      boolean(m.expires, 'inmail.expires', report, true);
      if (m.calibration !== null && strict(m.calibration, 'inmail.calibration', ['balance', 'at'], report)) {
        number(m.calibration.balance, 'inmail.calibration.balance', report, COUNT);
        number(m.calibration.at, 'inmail.calibration.at', report, INSTANT);
      }
    }
    const tz = s.timeZone;
    if (tz !== null && (typeof tz !== 'string' || !isValidTimeZone(tz)))
      report(
        'timeZone',
        typeof tz === 'string'
          ? `unknown time zone "${tz}"`
          : `must be a time zone name or null, not ${kindOf(tz)}`,
      );
    boolean(s.confirmRedSend, 'confirmRedSend', report);
    // Only once every field is valid on its own (a message about a field that is itself wrong helps nobody).
    const zones = s.zones as Settings['zones'];
    if (errors.length === 0 && zones.warn > zones.red)
      report('zones.warn', 'must not be above the red threshold');
  }
  if (errors.length) return { ok: false, errors };
  // A copy (only known fields are left), so the caller never holds a reference into its input.
  return { ok: true, settings: structuredClone(input as unknown as Settings) };
}

export type SettingsPatch = Partial<Omit<Settings, 'zones' | 'inmail'>> & {
  zones?: Partial<Settings['zones']>;
  inmail?: Partial<Settings['inmail']>;
};

/**
 * Merges a patch into valid settings and validates the whole result. Choosing a different
 * plan restarts the InMail subscription (`planChosenAt = now`) unless the patch sets it.
 */
export function applySettingsPatch(current: Settings, patch: SettingsPatch, now: Date): SettingsResult {
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
  return parseSettings(merged);
}

/** The zone budgets and windows use: the setting, else the browser's own. */
export function effectiveTimeZone(settings: Pick<Settings, 'timeZone'>, browserZone: string): string {
  return settings.timeZone ?? browserZone;
}

export type { PlanId };
