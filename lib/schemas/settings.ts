// The settings' zod schema: what the worker accepts from the options page (a patch, checked field by
// field, then merged and checked whole), what a backup file may hold, and what a stored row must be.
// A bad value is rejected with a message that names its field; nothing is half-applied. zod/mini,
// as the service worker validates settings too. The Settings type is the domain's
// (lib/domain/settings.ts, which imports no schema library); the assertion below holds the two equal.
import * as z from 'zod/mini';
import { METER_IDS, type MeterId, PLANS } from '../domain/limits';
import { isValidTimeZone } from '../domain/local-time';
import {
  type AccountSettings,
  type FieldError,
  mergeSettingsPatch,
  type Settings,
  type SettingsPatch,
  type SettingsResult,
  WEEKLY_MODES,
} from '../domain/settings';
import { t } from '../i18n/t';

/** A message worded when zod reports it (the browser's language), not when the schema is built. */
const say = (word: () => string) => ({ error: word });

/** How a value that is not the expected type is named in a message. */
function kindOf(v: unknown): string {
  return v === null || Number.isNaN(v) ? String(v) : Array.isArray(v) ? t('errors.aList') : typeof v;
}

/** A plain object with exactly the keys of `shape`, with the messages the options form shows. */
function strict<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? t('errors.unknownFields', issue.keys.length, { fields: issue.keys.map((k) => `"${k}"`).join(', ') })
        : t('errors.notObject', { kind: kindOf(issue.input) }),
  });
}

const finite = () =>
  z.number({
    error: (issue) =>
      issue.input === undefined ? t('errors.missing') : t('errors.notFinite', { kind: kindOf(issue.input) }),
  });
const whole = (min: number, max: number | null, range: () => string) =>
  finite().check(
    z.int(say(() => t('errors.wholeNumber'))),
    z.gte(min, say(range)),
    ...(max === null ? [] : [z.lte(max, say(range))]),
  );
const count = whole(0, null, () => t('errors.zeroOrMore'));
const instant = whole(0, null, () => t('errors.timeOrLater'));
const percent = finite().check(
  z.gte(
    1,
    say(() => t('errors.between1And100')),
  ),
  z.lte(
    100,
    say(() => t('errors.between1And100')),
  ),
);
const flag = (nullable: boolean) =>
  z.boolean({
    error: (issue) =>
      t(nullable ? 'errors.trueFalseNull' : 'errors.trueFalse', { kind: kindOf(issue.input) }),
  });

const overridesShape = Object.fromEntries(METER_IDS.map((id) => [id, z.optional(count)])) as Record<
  MeterId,
  z.ZodMiniOptional<typeof count>
>;

const ceiling = strict({
  count,
  at: instant,
  code: z
    .string({ error: (issue) => t('errors.notText', { kind: kindOf(issue.input) }) })
    .check(z.maxLength(100)),
});
const ceilingsShape = Object.fromEntries(METER_IDS.map((id) => [id, z.optional(ceiling)])) as Record<
  MeterId,
  z.ZodMiniOptional<typeof ceiling>
>;

const fields = {
  plan: z.enum(
    PLANS,
    say(() => t('errors.unknownPlan', { list: PLANS.join(', ') })),
  ),
  /** The user chose the plan; false: the popup asks once. */
  planConfirmed: flag(false),
  /** When the plan was last chosen: the InMail subscription starts here until calibrated. */
  planChosenAt: instant,
  weeklyMode: z.enum(
    WEEKLY_MODES,
    say(() => t('errors.eitherOr', { a: WEEKLY_MODES[0], b: WEEKLY_MODES[1] })),
  ),
  /** Per-meter limit overrides; absent = the plan default. For inmails-balance: the monthly grant. */
  overrides: strict(overridesShape),
  zones: strict({ warn: percent, red: percent }),
  inmail: strict({
    refillDay: whole(1, 31, () => t('errors.refillRange')),
    /** null = the plan's default (90 days on most plans, none on Sales Navigator). */
    expires: z.nullable(flag(true)),
    calibration: z.nullable(strict({ balance: count, at: instant })),
  }),
  /** IANA zone; null = the browser's zone. */
  timeZone: z.nullable(
    z.string({ error: (issue) => t('errors.zoneName', { kind: kindOf(issue.input) }) }).check(
      z.refine(isValidTimeZone, {
        error: (issue) => t('errors.unknownZone', { zone: String(issue.input) }),
      }),
    ),
  ),
  /** In the red, a Send click asks "Send anyway?" first. */
  confirmRedSend: flag(false),
  /** What LinkedIn enforced, per meter (lib/domain/settings.ts LearnedCeiling). */
  ceilings: strict(ceilingsShape),
  /** New-account ramp-up: since when (null: off). */
  rampUp: z.nullable(strict({ startedAt: instant, heldDays: count, heldSince: z.nullable(instant) })),
  /** Pending invitations: amber from `warn`, red from `red`. */
  pending: strict({
    warn: whole(1, 30_000, () => t('errors.pendingRange')),
    red: whole(1, 30_000, () => t('errors.pendingRange')),
  }),
  /** The optional engagement meter. */
  engagementMeter: flag(false),
};

export const settingsSchema = strict(fields).check(
  z.refine((s) => s.zones.warn <= s.zones.red, {
    path: ['zones', 'warn'],
    error: () => t('errors.aboveRed'),
    // Only once every field is valid on its own (a message about a field that is itself wrong helps nobody).
    when: (payload) => payload.issues.length === 0,
  }),
  z.refine((s) => s.pending.warn <= s.pending.red, {
    path: ['pending', 'warn'],
    error: () => t('errors.aboveRed'),
    when: (payload) => payload.issues.length === 0,
  }),
);

/** One account's own settings (lib/domain/settings.ts ACCOUNT_SETTING_KEYS), as stored in its row. */
export const accountSettingsSchema = strict({
  plan: fields.plan,
  planChosenAt: fields.planChosenAt,
  planConfirmed: fields.planConfirmed,
  overrides: fields.overrides,
  inmail: fields.inmail,
  ceilings: fields.ceilings,
  rampUp: fields.rampUp,
});

/**
 * What the options page sends to change settings: any of the fields, the zone and InMail groups
 * field by field. Checked on its own, then merged and checked whole (applySettingsPatch).
 */
export const settingsPatchSchema = z.partial(
  strict({
    ...fields,
    zones: z.partial(fields.zones),
    inmail: z.partial(fields.inmail),
    pending: z.partial(fields.pending),
  }),
);

// Compile-time: the schema's output and the domain's Settings are the same type, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const settingsMatch: Same<z.infer<typeof settingsSchema>, Settings> = true;
const patchMatch: Same<z.infer<typeof settingsPatchSchema>, SettingsPatch> = true;
const accountMatch: Same<z.infer<typeof accountSettingsSchema>, AccountSettings> = true;
void settingsMatch;
void patchMatch;
void accountMatch;

/** zod's issues as the errors the options page shows: `zones.warn: must be between 1 and 100`. */
function fieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(settings)';
    return { field, message: `${field}: ${issue.message}` };
  });
}

/** Valid settings (a copy holding only the known fields), or every field that is wrong. */
export function parseSettings(input: unknown): SettingsResult {
  const r = settingsSchema.safeParse(input);
  return r.success ? { ok: true, settings: r.data } : { ok: false, errors: fieldErrors(r.error.issues) };
}

/** A patch as sent, checked field by field (the merged result is checked by applySettingsPatch). */
export function parseSettingsPatch(
  input: unknown,
): { ok: true; patch: SettingsPatch } | { ok: false; errors: FieldError[] } {
  const r = settingsPatchSchema.safeParse(input);
  return r.success ? { ok: true, patch: r.data } : { ok: false, errors: fieldErrors(r.error.issues) };
}

/** Merges a patch into valid settings (lib/domain/settings.ts) and validates the whole result. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch, now: Date): SettingsResult {
  return parseSettings(mergeSettingsPatch(current, patch, now));
}
