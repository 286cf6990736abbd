// User settings: one zod schema, validated whole. A bad value is rejected with a message that
// names its field, and nothing is half-applied: a patch is merged, then the result is validated.
import { z } from 'zod';
import { METER_IDS, type MeterId, PLANS, type PlanId } from './limits';
import { isValidTimeZone } from './local-time';

export const WEEKLY_MODES = ['calendar-week', 'rolling-7d'] as const;
export type WeeklyMode = (typeof WEEKLY_MODES)[number];

const count = z.number().int('must be a whole number').min(0, 'must be 0 or more');
const percent = z.number().min(1, 'must be between 1 and 100').max(100, 'must be between 1 and 100');

const overridesShape = Object.fromEntries(METER_IDS.map((id) => [id, count.optional()])) as Record<
  MeterId,
  z.ZodOptional<typeof count>
>;

export const settingsSchema = z
  .strictObject({
    plan: z.enum(PLANS, { error: () => `unknown plan (one of ${PLANS.join(', ')})` }),
    /** When the plan was last chosen: the InMail subscription starts here until calibrated. */
    planChosenAt: z.number().int().min(0),
    weeklyMode: z.enum(WEEKLY_MODES, { error: () => `must be ${WEEKLY_MODES.join(' or ')}` }),
    /** Per-meter limit overrides; absent = the plan default. For inmails-balance: the monthly grant. */
    overrides: z.strictObject(overridesShape),
    zones: z.strictObject({ warn: percent, red: percent }),
    inmail: z.strictObject({
      refillDay: z.number().int('must be a whole number').min(1, 'must be 1–31').max(31, 'must be 1–31'),
      /** null = the plan's default (90 days on most plans, none on Sales Navigator). */
      expires: z.boolean().nullable(),
      calibration: z.strictObject({ balance: count, at: z.number().int().min(0) }).nullable(),
    }),
    /** IANA zone; null = the browser's zone. */
    timeZone: z
      .string()
      .refine((tz) => isValidTimeZone(tz), { error: (issue) => `unknown time zone "${String(issue.input)}"` })
      .nullable(),
    /** In the red, a Send click asks "Send anyway?" first. */
    confirmRedSend: z.boolean(),
  })
  .superRefine((s, ctx) => {
    if (s.zones.warn > s.zones.red) {
      ctx.addIssue({
        code: 'custom',
        path: ['zones', 'warn'],
        message: 'must not be above the red threshold',
      });
    }
  });

export type Settings = z.infer<typeof settingsSchema>;

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

export function parseSettings(input: unknown): SettingsResult {
  const r = settingsSchema.safeParse(input);
  if (r.success) return { ok: true, settings: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => {
      const field = i.path.map(String).join('.') || '(settings)';
      const message =
        i.code === 'invalid_type' && typeof i.input !== 'object' ? invalidTypeMessage(i) : i.message;
      return { field, message: `${field}: ${message}` };
    }),
  };
}

function invalidTypeMessage(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  if (typeof input === 'number' && Number.isNaN(input)) return 'must be a number, not NaN';
  return issue.message;
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
  const merged = {
    ...current,
    ...patch,
    zones: { ...current.zones, ...patch.zones },
    inmail: { ...current.inmail, ...patch.inmail },
    overrides: patch.overrides ? stripUndefined(patch.overrides) : current.overrides,
  };
  if (patch.plan !== undefined && patch.plan !== current.plan && patch.planChosenAt === undefined) {
    merged.planChosenAt = now.getTime();
  }
  return parseSettings(merged);
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** The zone budgets and windows use: the setting, else the browser's own. */
export function effectiveTimeZone(settings: Pick<Settings, 'timeZone'>, browserZone: string): string {
  return settings.timeZone ?? browserZone;
}

export type { PlanId };
