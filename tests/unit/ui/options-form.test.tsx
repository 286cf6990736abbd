// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { OptionsForm, type SaveResult } from '../../../components/options-form';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../lib/domain/settings';

const NOW = new Date('2026-11-27T18:56:00Z');
const ZONES = ['America/New_York', 'Europe/Paris', 'UTC'];

let host: HTMLElement | null = null;
let onSaved: Mock<() => void>;
/** The page's save (a message to the background in the app): the form's only way out. */
let save: Mock<(patch: SettingsPatch) => Promise<SaveResult>>;

// A plan with InMail: on one without, the InMail settings are hidden (tested below).
function mount(settings: Settings = { ...defaultSettings(NOW), plan: 'premium-career' }) {
  const div = document.createElement('div');
  host = div;
  document.body.append(div);
  render(
    <OptionsForm
      settings={settings}
      onSave={save}
      browserZone="Europe/Paris"
      timeZones={ZONES}
      onSaved={onSaved}
      now={() => NOW}
    />,
    div,
  );
  return div;
}

function field<T extends HTMLElement = HTMLInputElement>(root: HTMLElement, name: string): T {
  const el = root.querySelector<T>(`[name="${name}"]`);
  if (!el) throw new Error(`no field ${name}`);
  return el;
}

async function change(el: HTMLInputElement | HTMLSelectElement, value: string) {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  // Let the awaited save and the re-render settle.
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

/** The text of the elements the field's aria-describedby names. */
function description(el: HTMLElement): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
}

beforeEach(() => {
  onSaved = vi.fn<() => void>();
  save = vi.fn<(patch: SettingsPatch) => Promise<SaveResult>>().mockResolvedValue({ ok: true });
});
afterEach(() => {
  if (!host) return;
  render(null, host);
  host.remove();
  host = null;
});

describe('OptionsForm', () => {
  it('has every control the contract names, with the plan list and labels', () => {
    const root = mount();
    const names = [
      'plan',
      'weekly-mode',
      'limit-invites-week',
      'limit-invites-day',
      'limit-invite-notes-month',
      'limit-messages-day',
      'limit-messages-week',
      'limit-inmails-balance',
      'limit-inmails-day',
      'limit-open-profile-month',
      'limit-profile-views-day',
      'zone-warn',
      'zone-red',
      'inmail-refill-day',
      'inmail-expiry',
      'inmail-balance',
      'time-zone',
      'confirm-red-send',
    ];
    for (const name of names) {
      const el = field<HTMLElement>(root, name);
      expect(root.querySelector(`label[for="${el.id}"]`), name).not.toBeNull();
    }
    expect([...field<HTMLSelectElement>(root, 'plan').options].map((o) => o.value)).toEqual([
      'free',
      'premium-career',
      'premium-business',
      'sales-navigator-core',
      'sales-navigator-advanced',
      'recruiter-lite',
      'recruiter',
    ]);
    const tz = field<HTMLSelectElement>(root, 'time-zone');
    expect(tz.options[0]?.value).toBe('');
    expect(tz.options[0]?.textContent).toBe('Browser default (Europe/Paris)');
    // The plan default and its source sit beside an override.
    expect(description(field(root, 'limit-invites-week'))).toContain('Plan default: 100');
    expect(description(field(root, 'limit-invites-week'))).toContain(
      'PhantomBuster, “How Many Messages Can You Send on LinkedIn in 2025?”',
    );
  });

  it('hides the InMail settings on a plan without InMail, and says so', () => {
    const root = mount(defaultSettings(NOW)); // Free
    for (const name of [
      'limit-inmails-balance',
      'limit-inmails-day',
      'inmail-refill-day',
      'inmail-expiry',
      'inmail-balance',
    ])
      expect(root.querySelector(`[name="${name}"]`), name).toBeNull();
    expect(root.querySelector('[data-no-inmail]')?.textContent).toContain('No InMail on Free (Basic)');
    expect(field(root, 'limit-invites-week')).not.toBeNull();
  });

  it('shows placeholders that read as defaults, never as values, and says what 0 does', () => {
    const root = mount();
    const week = field<HTMLInputElement>(root, 'limit-invites-week');
    expect(week.value).toBe('');
    expect(week.placeholder).toBe('default: 100');
    expect(field<HTMLInputElement>(root, 'limit-invite-notes-month').placeholder).toBe('default: unlimited');
    expect(description(week)).toContain('0 = off (meter hidden, no warnings)');
    expect(root.textContent).toContain('Enter 0 to turn a meter off');
  });

  it.each([
    ['zone-warn', '150', 'must be between 1 and 100'],
    ['zone-warn', '', 'enter a percentage between 1 and 100'],
    ['zone-red', '50', 'must not be below the amber threshold'],
    ['limit-invites-week', '-3', 'must be 0 or more'],
    ['limit-messages-day', '2.5', 'must be a whole number'],
    ['inmail-refill-day', '32', 'must be 1–31'],
    ['inmail-balance', '-1', 'must be 0 or more'],
  ])('marks %s = "%s" invalid and saves nothing', async (name, value, message) => {
    const root = mount();
    const el = field(root, name);
    await change(el, value);
    expect(save).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
    expect(el.getAttribute('aria-invalid')).toBe('true');
    expect(description(el)).toContain(message);
    // The refused value stays in the field for the user to correct.
    expect(el.value).toBe(value);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('saves a valid override with the full overrides object and says "Saved"', async () => {
    const root = mount({ ...defaultSettings(NOW), overrides: { 'messages-day': 40 } });
    const el = field(root, 'limit-invites-week');
    await change(el, '80');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({
      overrides: { 'messages-day': 40, 'invites-week': 80 },
    });
    expect(el.getAttribute('aria-invalid')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved');
    expect(onSaved).toHaveBeenCalledTimes(1);
  });

  it('clears an override by saving it as undefined, keeping the others', async () => {
    const root = mount({ ...defaultSettings(NOW), overrides: { 'messages-day': 40, 'invites-week': 80 } });
    const el = field(root, 'limit-messages-day');
    expect(el.value).toBe('40');
    await change(el, '');
    expect(save).toHaveBeenCalledTimes(1);
    const patch = save.mock.calls[0]?.[0] as { overrides: Record<string, number | undefined> };
    expect(patch.overrides['invites-week']).toBe(80);
    expect('messages-day' in patch.overrides && patch.overrides['messages-day'] === undefined).toBe(true);
  });

  it('clears an error once the field is saved with a valid value', async () => {
    const root = mount();
    const el = field(root, 'zone-warn');
    await change(el, '0');
    expect(el.getAttribute('aria-invalid')).toBe('true');
    await change(el, '60');
    expect(save).toHaveBeenCalledWith({ zones: { warn: 60 } });
    expect(el.getAttribute('aria-invalid')).toBeNull();
    expect(el.getAttribute('aria-describedby') ?? '').not.toContain('zone-warn-error');
  });

  it("shows the background's errors on the field its path names", async () => {
    save.mockResolvedValue({
      ok: false,
      errors: [{ field: 'timeZone', message: 'timeZone: unknown time zone "Mars/Olympus"' }],
    });
    const root = mount();
    const tz = field<HTMLSelectElement>(root, 'time-zone');
    await change(tz, 'UTC');
    expect(save).toHaveBeenCalledWith({ timeZone: 'UTC' });
    expect(tz.getAttribute('aria-invalid')).toBe('true');
    expect(description(tz)).toContain('unknown time zone "Mars/Olympus"');
    expect(description(tz)).not.toContain('timeZone:');
    expect(onSaved).not.toHaveBeenCalled();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('maps a background override error to its limit field', async () => {
    save.mockResolvedValue({
      ok: false,
      errors: [{ field: 'overrides.invites-day', message: 'overrides.invites-day: must be 0 or more' }],
    });
    const root = mount();
    await change(field(root, 'limit-invites-day'), '10');
    const el = field(root, 'limit-invites-day');
    expect(el.getAttribute('aria-invalid')).toBe('true');
    expect(description(el)).toContain('must be 0 or more');
  });

  it('shows a save that could not be made (the background unreachable) on the field', async () => {
    save.mockRejectedValue(new Error('Could not establish connection'));
    const root = mount();
    const el = field(root, 'zone-warn');
    await change(el, '60');
    expect(save).toHaveBeenCalledWith({ zones: { warn: 60 } });
    expect(el.getAttribute('aria-invalid')).toBe('true');
    expect(description(el)).toContain('could not be saved (Could not establish connection)');
    expect(onSaved).not.toHaveBeenCalled();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('saves the other controls as the settings they stand for', async () => {
    const root = mount();
    await change(field<HTMLSelectElement>(root, 'plan'), 'sales-navigator-core');
    await change(field<HTMLSelectElement>(root, 'weekly-mode'), 'rolling-7d');
    await change(field<HTMLSelectElement>(root, 'inmail-expiry'), 'off');
    await change(field(root, 'inmail-refill-day'), '15');
    await change(field<HTMLSelectElement>(root, 'time-zone'), '');
    expect(save.mock.calls).toEqual([
      [{ plan: 'sales-navigator-core' }],
      [{ weeklyMode: 'rolling-7d' }],
      [{ inmail: { expires: false } }],
      [{ inmail: { refillDay: 15 } }],
      [{ timeZone: null }],
    ]);
  });

  it('toggles the red-zone confirmation', async () => {
    const root = mount();
    const box = field(root, 'confirm-red-send');
    expect(box.checked).toBe(true);
    await act(async () => {
      box.click();
    });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(save).toHaveBeenCalledWith({ confirmRedSend: false });
  });

  it('calibrates the InMail balance: the balance, as of now', async () => {
    const root = mount({ ...defaultSettings(NOW), plan: 'premium-career' });
    await change(field(root, 'inmail-balance'), '12');
    expect(save).toHaveBeenCalledWith({
      inmail: { calibration: { balance: 12, at: NOW.getTime() } },
    });
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Saved');
  });
});
