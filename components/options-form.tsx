// The options form: every setting saved on its own `change` event through `onSave` (the page sends
// it to the background, the only writer). A value is checked here first with the same pure schema
// the background uses; an invalid one is marked (aria-invalid + a message referenced by
// aria-describedby) and nothing is saved. The background's own errors are shown the same way.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMIT_SOURCES, planSource } from '../lib/domain/limit-sources';
import { type MeterId, PLAN_LIMITS, PLANS, planDefault } from '../lib/domain/limits';
import type { FieldError, Settings, SettingsPatch } from '../lib/domain/settings';
import { t } from '../lib/i18n/t';
import { applySettingsPatch } from '../lib/schemas/settings';
import { formatCount, formatDate, limitText } from '../lib/ui/format';
import { meterLabel, planLabel } from '../lib/ui/meter-labels';
import {
  errorsByField,
  type FieldName,
  fieldInput,
  fieldValue,
  LIMIT_FIELDS,
} from '../lib/ui/settings-fields';
import { SourceText } from './source-text';

/** What saving a patch came to: the background's verdict. */
export type SaveResult = { ok: true } | { ok: false; errors: readonly FieldError[] };

export interface OptionsFormProps {
  settings: Settings;
  /** Saves a patch the form has checked (the page sends it to the background). */
  onSave: (patch: SettingsPatch) => Promise<SaveResult>;
  /** The browser's own zone, for "Browser default (<zone>)". */
  browserZone: string;
  /** Zones offered in the time-zone list (default: Intl.supportedValuesOf('timeZone')). */
  timeZones?: readonly string[];
  /** Called after a successful save: re-read the settings. */
  onSaved?: () => void | Promise<void>;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
  /**
   * Whose plan, limits and InMail settings these are: the account's label, or null before any
   * account is seen (they then apply to the first one). Zones, windows and warnings are everyone's.
   */
  accountName?: string | null;
}

/** The legend of an account's own fieldset: whose it is (one whole message each, for word order). */
function ownLegend(title: 'plan' | 'limits' | 'inmail', accountName: string | null | undefined): string {
  const [plain, first, mine] = LEGENDS[title];
  if (accountName === undefined) return t(plain);
  return accountName === null ? t(first) : t(mine, { account: accountName });
}

const LEGENDS = {
  plan: ['options.legendPlan', 'options.legendPlanFirst', 'options.legendPlanFor'],
  limits: ['options.legendLimits', 'options.legendLimitsFirst', 'options.legendLimitsFor'],
  inmail: ['options.legendInmail', 'options.legendInmailFirst', 'options.legendInmailFor'],
} as const;

/** A message with one value in bold, wherever the language puts it in the sentence. */
function WithStrong({ text, value }: { text: (mark: string) => string; value: string }) {
  const [before = '', after = ''] = text(MARK).split(MARK);
  return (
    <>
      {before}
      <strong>{value}</strong>
      {after}
    </>
  );
}
const MARK = '\u0001';

type Errors = Partial<Record<FieldName, string>>;
type Drafts = Partial<Record<FieldName, string>>;

const STATUS_MS = 2_500;

/** Each limit field's label: the meter's full name, in the browser's language. */
export function meterFieldLabel(id: MeterId): string {
  return meterLabel(id);
}

export function supportedTimeZones(): readonly string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

export function OptionsForm({
  settings,
  onSave,
  browserZone,
  timeZones,
  onSaved,
  now = () => new Date(),
  accountName,
}: OptionsFormProps) {
  const [drafts, setDrafts] = useState<Drafts>({});
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const statusTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (statusTimer.current) clearTimeout(statusTimer.current);
    },
    [],
  );

  const zones = timeZones ?? supportedTimeZones();
  const value = (name: FieldName) => drafts[name] ?? fieldValue(name, settings);

  const setDraft = (name: FieldName, raw: string) => setDrafts((d) => ({ ...d, [name]: raw }));
  const clearError = (name: FieldName) =>
    setErrors((e) => {
      const { [name]: _gone, ...rest } = e;
      return rest;
    });
  const clearField = (name: FieldName) => {
    setDrafts((d) => {
      const { [name]: _gone, ...rest } = d;
      return rest;
    });
    clearError(name);
  };
  const showErrors = (name: FieldName, list: readonly FieldError[]) => {
    setErrors((e) => ({ ...e, ...errorsByField(list, name) }));
  };
  const saved = (text: string) => {
    setStatus(text);
    if (statusTimer.current) clearTimeout(statusTimer.current);
    statusTimer.current = setTimeout(() => setStatus(''), STATUS_MS);
  };

  const change = async (name: FieldName, raw: string, badInput = false) => {
    setDraft(name, raw);
    setStatus('');
    const input = fieldInput(name, raw, settings, badInput);
    if (input.kind === 'invalid') {
      setErrors((e) => ({ ...e, [name]: input.message }));
      return;
    }
    try {
      if (input.kind === 'calibrate') {
        // The balance LinkedIn shows now: the InMail ledger restarts from it.
        const patch = { inmail: { calibration: { balance: input.balance, at: now().getTime() } } };
        const check = applySettingsPatch(settings, patch, now());
        if (!check.ok) return showErrors(name, check.errors);
        const res = await onSave(patch);
        if (!res.ok) return showErrors(name, res.errors);
        saved(t('options.savedBalance', { count: formatCount(input.balance) }));
      } else {
        const check = applySettingsPatch(settings, input.patch, now());
        if (!check.ok) return showErrors(name, check.errors);
        const res = await onSave(input.patch);
        if (!res.ok) return showErrors(name, res.errors);
        saved(t('options.saved'));
      }
      clearError(name);
      // The other zone threshold's refused value (amber above red) may be what this save fixed.
      const partner = PARTNERS[name] ?? null;
      if (partner) clearField(partner);
      // Keep the typed value until the re-read settings show it, so the old value does not flash.
      await onSaved?.();
      clearField(name);
    } catch (e) {
      setErrors((prev) => ({
        ...prev,
        [name]: t('errors.notSaved', { error: e instanceof Error ? e.message : String(e) }),
      }));
    }
  };

  /** Props shared by every control: name, id, the draft value, the ARIA error wiring, the handlers. */
  const control = (name: FieldName, hint?: boolean) => {
    const err = errors[name];
    const describedBy = [err ? `${name}-error` : null, hint ? `${name}-hint` : null]
      .filter(Boolean)
      .join(' ');
    return {
      name,
      id: `field-${name}`,
      value: value(name),
      'aria-invalid': err ? ('true' as const) : undefined,
      'aria-describedby': describedBy || undefined,
      onInput: (e: Event) => setDraft(name, (e.currentTarget as HTMLInputElement).value),
      onChange: (e: Event) => {
        const el = e.currentTarget as HTMLInputElement;
        void change(name, el.value, el.validity?.badInput === true);
      },
    };
  };

  /** A whole-number field with its label, hint and error. */
  const numberField = (
    name: FieldName,
    label: string,
    hint: ComponentChildren,
    range: { min: number; max?: number; placeholder?: string },
  ) => (
    <Field key={name} name={name} label={label} error={errors[name]} hint={hint}>
      <input
        type="number"
        min={range.min}
        max={range.max}
        step={1}
        inputMode="numeric"
        placeholder={range.placeholder}
        {...control(name, true)}
      />
    </Field>
  );

  const plan = settings.plan;
  const inmailPlan = PLAN_LIMITS[plan].inmail;
  const calibration = settings.inmail.calibration;
  // A plan without InMail hides the InMail settings (unless the user set an InMail limit anyway).
  const hasInmail =
    (inmailPlan.monthlyCredits.limit ?? 0) > 0 ||
    settings.overrides['inmails-balance'] !== undefined ||
    settings.overrides['inmails-day'] !== undefined;

  return (
    <form class="options-form" onSubmit={(e) => e.preventDefault()} noValidate>
      <p role="status" aria-live="polite" class="status">
        {status}
      </p>

      <fieldset>
        <legend>{ownLegend('plan', accountName)}</legend>
        <Field name="plan" label={t('options.planLabel')} error={errors.plan}>
          <select {...control('plan')}>
            {PLANS.map((p) => (
              <option key={p} value={p}>
                {planLabel(p)}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t('options.legendWindows')}</legend>
        <Field
          name="weekly-mode"
          label={t('options.weeklyLabel')}
          error={errors['weekly-mode']}
          hint={t('options.weeklyHint')}
        >
          <select {...control('weekly-mode', true)}>
            <option value="calendar-week">{t('options.weeklyCalendar')}</option>
            <option value="rolling-7d">{t('options.weeklyRolling')}</option>
          </select>
        </Field>
        <Field name="time-zone" label={t('options.timeZoneLabel')} error={errors['time-zone']}>
          <select {...control('time-zone')}>
            <option value="">{t('options.browserZone', { zone: browserZone })}</option>
            {withCurrent(zones, settings.timeZone).map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>

      <fieldset>
        <legend>{ownLegend('limits', accountName)}</legend>
        <p class="fieldset-note">{t('options.limitsNote')}</p>
        {LIMIT_FIELDS.map(({ id, name }) => {
          if (!hasInmail && INMAIL_LIMITS.has(id) && settings.overrides[id] === undefined) return null;
          const def = planDefault(plan, id);
          const hint = (
            <>
              <WithStrong text={(limit) => t('options.limitHint', { limit })} value={limitText(def.limit)} />{' '}
              <SourceText text={planSource(plan, id)} />
            </>
          );
          // A placeholder that reads as a hint, never as a value typed in.
          return numberField(name, meterFieldLabel(id), hint, {
            min: 0,
            placeholder: t('options.placeholderDefault', {
              limit: def.limit === null ? t('format.unlimited') : formatCount(def.limit),
            }),
          });
        })}
        {hasInmail ? null : (
          <p class="fieldset-note" data-no-inmail>
            {t('options.noInmail', { plan: planLabel(plan) })}
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('options.legendZones')}</legend>
        {numberField('zone-warn', t('options.zoneWarnLabel'), t('options.zoneWarnHint'), {
          min: 1,
          max: 100,
        })}
        {numberField('zone-red', t('options.zoneRedLabel'), t('options.zoneRedHint'), { min: 1, max: 100 })}
      </fieldset>

      <fieldset>
        <legend>{t('options.legendPending')}</legend>
        {numberField('pending-warn', t('options.pendingWarnLabel'), t('options.pendingWarnHint'), {
          min: 1,
          max: 30000,
        })}
        {numberField('pending-red', t('options.pendingRedLabel'), t('options.pendingRedHint'), {
          min: 1,
          max: 30000,
        })}
      </fieldset>

      {hasInmail ? (
        <fieldset>
          <legend>{ownLegend('inmail', accountName)}</legend>
          {numberField('inmail-refill-day', t('options.refillDayLabel'), t('options.refillDayHint'), {
            min: 1,
            max: 31,
          })}
          <Field
            name="inmail-expiry"
            label={t('options.expiryLabel')}
            error={errors['inmail-expiry']}
            hint={<SourceText text={LIMIT_SOURCES[plan].inmail.expiry} />}
          >
            <select {...control('inmail-expiry', true)}>
              <option value="">
                {inmailPlan.expiryDays === null
                  ? t('options.expiryDefaultNever')
                  : t('options.expiryDefaultAfter', inmailPlan.expiryDays, {
                      count: formatCount(inmailPlan.expiryDays),
                    })}
              </option>
              <option value="on">{t('options.expiryOn')}</option>
              <option value="off">{t('options.expiryOff')}</option>
            </select>
          </Field>
          <Field
            name="inmail-balance"
            label={t('options.balanceLabel')}
            error={errors['inmail-balance']}
            hint={
              calibration
                ? t('options.balanceHintSet', {
                    count: formatCount(calibration.balance),
                    date: formatDate(new Date(calibration.at), settings.timeZone ?? browserZone),
                  })
                : t('options.balanceHint')
            }
          >
            <input
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              placeholder={t('options.balancePlaceholder')}
              {...control('inmail-balance', true)}
            />
          </Field>
        </fieldset>
      ) : null}

      <fieldset>
        <legend>{t('options.legendWarnings')}</legend>
        <div class="field field-check">
          <input
            type="checkbox"
            name="confirm-red-send"
            id="field-confirm-red-send"
            checked={value('confirm-red-send') === 'on'}
            aria-invalid={errors['confirm-red-send'] ? 'true' : undefined}
            aria-describedby={errors['confirm-red-send'] ? 'confirm-red-send-error' : undefined}
            onChange={(e) =>
              void change('confirm-red-send', (e.currentTarget as HTMLInputElement).checked ? 'on' : 'off')
            }
          />
          <label for="field-confirm-red-send">{t('options.confirmRedSend')}</label>
          <ErrorText name="confirm-red-send" error={errors['confirm-red-send']} />
        </div>
      </fieldset>
    </form>
  );
}

/** The other threshold of a pair: its refused value (amber above red) may be what a save fixed. */
const PARTNERS: Partial<Record<FieldName, FieldName>> = {
  'zone-warn': 'zone-red',
  'zone-red': 'zone-warn',
  'pending-warn': 'pending-red',
  'pending-red': 'pending-warn',
};

function withCurrent(zones: readonly string[], current: string | null): readonly string[] {
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}

/** The limit fields that only mean something on a plan with InMail. */
const INMAIL_LIMITS: ReadonlySet<MeterId> = new Set<MeterId>(['inmails-balance', 'inmails-day']);

function Field({
  name,
  label,
  error,
  hint,
  children,
}: {
  name: FieldName;
  label: string;
  error?: string;
  hint?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={`field-${name}`}>{label}</label>
      <div class="field-control">
        {children}
        <ErrorText name={name} error={error} />
      </div>
      {hint ? (
        <p class="field-hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

function ErrorText({ name, error }: { name: FieldName; error?: string }) {
  return error ? (
    <p class="field-error" id={`${name}-error`}>
      {error}
    </p>
  ) : null;
}

/** "Where the numbers come from": every meter's default for the chosen plan, with its source. */
export function SourcesSection({ settings }: { settings: Settings }) {
  const plan = settings.plan;
  const limits = PLAN_LIMITS[plan];
  const sources = LIMIT_SOURCES[plan];
  return (
    <section id="sources" class="sources-section" aria-labelledby="sources-title" tabIndex={-1}>
      <h2 id="sources-title">{t('options.linkSources')}</h2>
      <p>
        <WithStrong text={(p) => t('options.sourcesIntro', { plan: p })} value={planLabel(plan)} />
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('options.colMeter')}</th>
            <th scope="col">{t('options.colDefault')}</th>
            <th scope="col">{t('options.colYours')}</th>
            <th scope="col">{t('options.colSource')}</th>
          </tr>
        </thead>
        <tbody>
          {LIMIT_FIELDS.map(({ id }) => {
            const def = planDefault(plan, id);
            const mine = settings.overrides[id];
            return (
              <tr key={id} data-source-meter={id}>
                <th scope="row">{meterFieldLabel(id)}</th>
                <td>{limitText(def.limit)}</td>
                <td>{mine === undefined ? '—' : limitText(mine)}</td>
                <td>
                  <SourceText text={planSource(plan, id)} />
                </td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('options.rowMaxBalance')}</th>
            <td>{limitText(limits.inmail.maxBalance.limit)}</td>
            <td>—</td>
            <td>
              <SourceText text={sources.inmail.maxBalance} />
            </td>
          </tr>
          <tr>
            <th scope="row">{t('options.rowExpiry')}</th>
            <td>{daysText(limits.inmail.expiryDays)}</td>
            <td>{settings.inmail.expires === null ? '—' : daysText(settings.inmail.expires ? 90 : null)}</td>
            <td>
              <SourceText text={sources.inmail.expiry} />
            </td>
          </tr>
          <tr>
            <th scope="row">{t('options.rowNoteLength')}</th>
            <td>
              {limits.noteMaxLength.limit === null
                ? limitText(null)
                : t('options.characters', limits.noteMaxLength.limit, {
                    count: formatCount(limits.noteMaxLength.limit),
                  })}
            </td>
            <td>—</td>
            <td>
              <SourceText text={sources.noteMaxLength} />
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/** "90 days", or "never" for credits that do not expire. */
function daysText(days: number | null): string {
  return days === null ? t('options.never') : t('options.days', days, { count: formatCount(days) });
}
