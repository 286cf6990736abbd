import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';
import { applySettingsPatch, parseSettings, parseSettingsPatch } from '../../../lib/schemas/settings';

const NOW = new Date('2026-11-24T09:00:00Z');
const base = (): Settings => defaultSettings(NOW);

function errorsOf(input: unknown): string[] {
  const r = parseSettings(input);
  if (r.ok) throw new Error('expected rejection');
  return r.errors.map((e) => e.field);
}

describe('settings', () => {
  it('defaults to free, calendar weeks, 70/90 zones, refill on the 1st and the browser zone', () => {
    const s = base();
    expect(s).toMatchObject({
      plan: 'free',
      weeklyMode: 'calendar-week',
      zones: { warn: 70, red: 90 },
      inmail: { refillDay: 1, expires: null, calibration: null },
      timeZone: null,
      confirmRedSend: true,
      planChosenAt: NOW.getTime(),
    });
    expect(parseSettings(s).ok).toBe(true);
  });

  it.each([
    ['unknown plan', { plan: 'gold' }, 'plan'],
    ['unknown weekly mode', { weeklyMode: 'fortnight' }, 'weeklyMode'],
    ['negative override', { overrides: { 'invites-week': -1 } }, 'overrides.invites-week'],
    ['NaN override', { overrides: { 'messages-day': Number.NaN } }, 'overrides.messages-day'],
    ['fractional override', { overrides: { 'messages-day': 2.5 } }, 'overrides.messages-day'],
    ['unknown meter override', { overrides: { 'likes-day': 3 } }, 'overrides'],
    ['warn above red', { zones: { warn: 95, red: 90 } }, 'zones.warn'],
    ['NaN threshold', { zones: { warn: Number.NaN, red: 90 } }, 'zones.warn'],
    ['threshold over 100', { zones: { warn: 70, red: 101 } }, 'zones.red'],
    ['unknown zone name', { zones: { warn: 70, red: 90, orange: 80 } }, 'zones'],
    ['unknown time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
    ['refill day 0', { inmail: { refillDay: 0, expires: null, calibration: null } }, 'inmail.refillDay'],
    ['refill day 32', { inmail: { refillDay: 32, expires: null, calibration: null } }, 'inmail.refillDay'],
    [
      'negative calibration',
      { inmail: { refillDay: 1, expires: null, calibration: { balance: -2, at: 0 } } },
      'inmail.calibration.balance',
    ],
  ])('rejects %s with a message naming the field', (_name, patch, field) => {
    const fields = errorsOf({ ...base(), ...patch });
    expect(fields).toContain(field);
    const r = parseSettings({ ...base(), ...patch });
    if (!r.ok) expect(r.errors[0]?.message.startsWith(`${r.errors[0]?.field}:`)).toBe(true);
  });

  it.each([
    ['not an object', null, '(settings)'],
    ['a list', [], '(settings)'],
    ['an unknown field', { ...base(), extra: 1 }, '(settings)'],
    ['a missing field', { ...base(), plan: undefined }, 'plan'],
    ['an unknown zone field', { ...base(), zones: { warn: 70, red: 90, extra: 1 } }, 'zones'],
    ['a group that is not an object', { ...base(), inmail: 5 }, 'inmail'],
    ['a negative plan time', { ...base(), planChosenAt: -1 }, 'planChosenAt'],
    ['a fractional plan time', { ...base(), planChosenAt: 2.5 }, 'planChosenAt'],
    [
      'an infinite threshold',
      { ...base(), zones: { warn: Number.POSITIVE_INFINITY, red: 90 } },
      'zones.warn',
    ],
    ['a threshold as text', { ...base(), zones: { warn: '7', red: 90 } }, 'zones.warn'],
    ['expiry as text', { ...base(), inmail: { ...base().inmail, expires: 'no' } }, 'inmail.expires'],
    [
      'a calibration before 1970',
      { ...base(), inmail: { ...base().inmail, calibration: { balance: 3, at: -5 } } },
      'inmail.calibration.at',
    ],
    [
      'a calibration with an unknown field',
      { ...base(), inmail: { ...base().inmail, calibration: { balance: 3, at: 0, by: 'me' } } },
      'inmail.calibration',
    ],
    ['a time zone that is not text', { ...base(), timeZone: 7 }, 'timeZone'],
    ['confirmation as text', { ...base(), confirmRedSend: 'yes' }, 'confirmRedSend'],
  ])('rejects %s, naming the field', (_name, input, field) => {
    expect(errorsOf(input)).toContain(field);
  });

  it('names every wrong field at once, and warn above red only once each field is valid on its own', () => {
    const bad = { ...base(), plan: 'gold', zones: { warn: 150, red: 90 }, confirmRedSend: 1 };
    expect(errorsOf(bad).sort()).toEqual(['confirmRedSend', 'plan', 'zones.warn']);
    const r = parseSettings(bad);
    expect(!r.ok && r.errors.find((e) => e.field === 'zones.warn')?.message).toBe(
      'zones.warn: must be between 1 and 100',
    );
    expect(parseSettings({ ...base(), zones: { warn: 95, red: 90 } })).toEqual({
      ok: false,
      errors: [{ field: 'zones.warn', message: 'zones.warn: must not be above the red threshold' }],
    });
  });

  it('returns a copy of what it accepts, never a reference into its input', () => {
    const input = { ...base(), overrides: { 'invites-week': 50 } };
    const r = parseSettings(input);
    if (!r.ok) throw new Error('expected ok');
    expect(r.settings).toEqual(input);
    expect(r.settings.overrides).not.toBe(input.overrides);
    expect(r.settings.zones).not.toBe(input.zones);
  });

  it('checks a patch as sent: any known field, each group field by field, nothing else', () => {
    expect(parseSettingsPatch({ zones: { warn: 50 } })).toEqual({ ok: true, patch: { zones: { warn: 50 } } });
    expect(parseSettingsPatch({})).toEqual({ ok: true, patch: {} });
    const fields = (input: unknown) => {
      const r = parseSettingsPatch(input);
      return r.ok ? [] : r.errors.map((e) => e.field);
    };
    expect(fields({ zones: { warn: 0 } })).toEqual(['zones.warn']);
    expect(fields({ plan: 'gold', colour: 'red' })).toEqual(['plan', '(settings)']);
    expect(fields({ overrides: { 'likes-day': 3 } })).toEqual(['overrides']);
    expect(fields('free')).toEqual(['(settings)']);
    expect(fields(null)).toEqual(['(settings)']);
  });

  it('accepts a valid zone, overrides and thresholds', () => {
    const r = parseSettings({
      ...base(),
      timeZone: 'Asia/Kathmandu',
      overrides: { 'invites-week': 80 },
      zones: { warn: 50, red: 80 },
    });
    expect(r.ok).toBe(true);
  });

  it('applies nothing of a patch that has one bad field', () => {
    const current = base();
    const r = applySettingsPatch(current, { plan: 'premium-career', zones: { warn: 99 } }, NOW);
    expect(r.ok).toBe(false);
    expect(current.plan).toBe('free');
    expect(current.zones.warn).toBe(70);
  });

  it('restarts the InMail subscription when the plan changes, not otherwise', () => {
    const later = new Date('2026-12-01T00:00:00Z');
    const changed = applySettingsPatch(base(), { plan: 'premium-business' }, later);
    expect(changed.ok && changed.settings.planChosenAt).toBe(later.getTime());
    const same = applySettingsPatch(base(), { plan: 'free', weeklyMode: 'rolling-7d' }, later);
    expect(same.ok && same.settings.planChosenAt).toBe(NOW.getTime());
    expect(same.ok && same.settings.weeklyMode).toBe('rolling-7d');
  });

  it.each([
    ['zones', 'zones'],
    ['inmail', 'inmail'],
    ['overrides', 'overrides'],
  ])('rejects a patch whose %s group is not an object', (key, field) => {
    for (const bad of [5, 'ab', null, [1]]) {
      const r = applySettingsPatch(base(), { [key]: bad } as never, NOW);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.field)).toContain(field);
    }
  });

  it('clears an override when the patch drops it', () => {
    const withOverride = applySettingsPatch(base(), { overrides: { 'invites-week': 60 } }, NOW);
    if (!withOverride.ok) throw new Error('expected ok');
    const cleared = applySettingsPatch(
      withOverride.settings,
      { overrides: { 'invites-week': undefined } },
      NOW,
    );
    expect(cleared.ok && cleared.settings.overrides).toEqual({});
  });
});
