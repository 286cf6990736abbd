// The options form's fields: input names, how a raw input value becomes a SettingsPatch, and which
// input a FieldError (a dotted path such as `zones.warn`) belongs to. Pure.
import { METER_IDS, type MeterId, PLANS, type PlanId } from '../domain/limits';
import type { FieldError, Settings, SettingsPatch, WeeklyMode } from '../domain/settings';
import { WEEKLY_MODES } from '../domain/settings';
import { t } from '../i18n/t';

export type LimitFieldName = `limit-${MeterId}`;
export type FieldName =
  | 'plan'
  | 'weekly-mode'
  | LimitFieldName
  | 'zone-warn'
  | 'zone-red'
  | 'pending-warn'
  | 'pending-red'
  | 'inmail-refill-day'
  | 'inmail-expiry'
  | 'inmail-balance'
  | 'time-zone'
  | 'confirm-red-send';

export const LIMIT_FIELDS: readonly { id: MeterId; name: LimitFieldName }[] = METER_IDS.map((id) => ({
  id,
  name: `limit-${id}` as LimitFieldName,
}));

const SETTINGS_PATHS: Record<string, FieldName> = {
  plan: 'plan',
  planChosenAt: 'plan',
  weeklyMode: 'weekly-mode',
  'zones.warn': 'zone-warn',
  'zones.red': 'zone-red',
  'pending.warn': 'pending-warn',
  'pending.red': 'pending-red',
  'inmail.refillDay': 'inmail-refill-day',
  'inmail.expires': 'inmail-expiry',
  'inmail.calibration': 'inmail-balance',
  'inmail.calibration.balance': 'inmail-balance',
  'inmail.calibration.at': 'inmail-balance',
  balance: 'inmail-balance',
  timeZone: 'time-zone',
  confirmRedSend: 'confirm-red-send',
};

/** The input a FieldError's dotted path speaks about, or null if none does. */
export function fieldForPath(path: string): FieldName | null {
  const direct = SETTINGS_PATHS[path];
  if (direct) return direct;
  const m = /^overrides\.(.+)$/.exec(path);
  if (m && (METER_IDS as readonly string[]).includes(m[1] ?? '')) return `limit-${m[1]}` as LimitFieldName;
  if (path === 'zones') return 'zone-warn';
  if (path === 'pending') return 'pending-warn';
  if (path === 'inmail') return 'inmail-refill-day';
  return null;
}

/** A FieldError's message without its leading "zones.warn: " path. */
export function errorMessage(e: FieldError): string {
  const prefix = `${e.field}: `;
  return e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
}

/**
 * Errors keyed by input name. The field the user just changed always gets a message (even when the
 * schema blames another: lowering red below amber is reported on `zones.warn`), so the value that
 * was refused is the one marked invalid.
 */
export function errorsByField(
  errors: readonly FieldError[],
  changed: FieldName,
): Partial<Record<FieldName, string>> {
  const out: Partial<Record<FieldName, string>> = {};
  for (const e of errors) {
    const name = fieldForPath(e.field);
    if (name && out[name] === undefined) out[name] = errorMessage(e);
  }
  if (out[changed] === undefined) {
    const first = errors[0];
    const amber = changed === 'zone-red' ? 'zone-warn' : changed === 'pending-red' ? 'pending-warn' : null;
    if (amber && out[amber] !== undefined) {
      out[changed] = t('errors.belowAmber');
      delete out[amber];
    } else {
      out[changed] = first ? errorMessage(first) : t('errors.couldNotSave');
    }
  }
  return out;
}

/** What an input shows for the current settings. */
export function fieldValue(name: FieldName, s: Settings): string {
  switch (name) {
    case 'plan':
      return s.plan;
    case 'weekly-mode':
      return s.weeklyMode;
    case 'zone-warn':
      return String(s.zones.warn);
    case 'zone-red':
      return String(s.zones.red);
    case 'pending-warn':
      return String(s.pending.warn);
    case 'pending-red':
      return String(s.pending.red);
    case 'inmail-refill-day':
      return String(s.inmail.refillDay);
    case 'inmail-expiry':
      return s.inmail.expires === null ? '' : s.inmail.expires ? 'on' : 'off';
    case 'inmail-balance':
      return '';
    case 'time-zone':
      return s.timeZone ?? '';
    case 'confirm-red-send':
      return s.confirmRedSend ? 'on' : 'off';
    default: {
      const v = s.overrides[name.slice('limit-'.length) as MeterId];
      return v === undefined ? '' : String(v);
    }
  }
}

export type FieldInput =
  | { kind: 'settings'; patch: SettingsPatch }
  | { kind: 'calibrate'; balance: number }
  | { kind: 'invalid'; message: string };

/** A number typed into a number input: null when empty, NaN when it is not a number. */
function parseNumber(raw: string, badInput: boolean): number | null {
  if (badInput) return Number.NaN;
  const text = raw.trim();
  if (text === '') return null;
  return Number(text);
}

/**
 * What a change of `name` to `raw` asks for. Only checks that a number was typed where one is
 * needed; the ranges are the schema's job (applySettingsPatch), so the messages match the background's.
 */
export function fieldInput(name: FieldName, raw: string, s: Settings, badInput = false): FieldInput {
  const settings = (patch: SettingsPatch): FieldInput => ({ kind: 'settings', patch });
  switch (name) {
    case 'plan':
      return (PLANS as readonly string[]).includes(raw)
        ? settings({ plan: raw as PlanId })
        : { kind: 'invalid', message: t('errors.choosePlan') };
    case 'weekly-mode':
      return (WEEKLY_MODES as readonly string[]).includes(raw)
        ? settings({ weeklyMode: raw as WeeklyMode })
        : { kind: 'invalid', message: t('errors.chooseWeekly') };
    case 'zone-warn':
    case 'zone-red': {
      const n = parseNumber(raw, badInput);
      if (n === null || Number.isNaN(n)) return { kind: 'invalid', message: t('errors.enterPercent') };
      return settings({ zones: name === 'zone-warn' ? { warn: n } : { red: n } });
    }
    case 'pending-warn':
    case 'pending-red': {
      const n = parseNumber(raw, badInput);
      if (n === null || Number.isNaN(n)) return { kind: 'invalid', message: t('errors.enterPending') };
      return settings({ pending: name === 'pending-warn' ? { warn: n } : { red: n } });
    }
    case 'inmail-refill-day': {
      const n = parseNumber(raw, badInput);
      if (n === null || Number.isNaN(n)) return { kind: 'invalid', message: t('errors.enterDay') };
      return settings({ inmail: { refillDay: n } });
    }
    case 'inmail-expiry':
      if (raw === '') return settings({ inmail: { expires: null } });
      if (raw === 'on' || raw === 'off') return settings({ inmail: { expires: raw === 'on' } });
      return { kind: 'invalid', message: t('errors.chooseExpiry') };
    case 'inmail-balance': {
      const n = parseNumber(raw, badInput);
      if (n === null || Number.isNaN(n)) return { kind: 'invalid', message: t('errors.enterBalance') };
      if (!Number.isInteger(n)) return { kind: 'invalid', message: t('errors.wholeNumber') };
      if (n < 0) return { kind: 'invalid', message: t('errors.zeroOrMore') };
      return { kind: 'calibrate', balance: n };
    }
    case 'time-zone':
      return settings({ timeZone: raw === '' ? null : raw });
    case 'confirm-red-send':
      return settings({ confirmRedSend: raw === 'on' });
    default: {
      const id = name.slice('limit-'.length) as MeterId;
      if (!(METER_IDS as readonly string[]).includes(id))
        return { kind: 'invalid', message: t('errors.unknownSetting') };
      const n = parseNumber(raw, badInput);
      if (n !== null && Number.isNaN(n)) return { kind: 'invalid', message: t('errors.enterLimit') };
      // applySettingsPatch replaces the overrides object wholesale: send all of it.
      return settings({ overrides: { ...s.overrides, [id]: n === null ? undefined : n } });
    }
  }
}
