// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import {
  EngagementRampSettings,
  type EngagementRampSettingsProps,
} from '../../../components/engagement-ramp-settings';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';
import { mount } from './render';

const NOW = new Date('2026-12-10T10:00:00Z'); // Thursday
const ZONE = 'Europe/Paris';
const settings = (over: Partial<Settings> = {}): Settings => ({
  ...defaultSettings(new Date('2026-10-01T00:00:00Z')),
  ...over,
});
type OnSave = EngagementRampSettingsProps['onSave'];
const view = (s: Settings, onSave = vi.fn<OnSave>(async () => ({ ok: true }))) => ({
  onSave,
  host: mount(
    <EngagementRampSettings settings={s} accountName="Alice" now={NOW} timeZone={ZONE} onSave={onSave} />,
  ),
});
const rows = (host: HTMLElement) =>
  [...host.querySelectorAll('.ramp-table tbody tr')].map((r) =>
    [...r.querySelectorAll('th, td')].map((c) => c.textContent),
  );

describe('EngagementRampSettings', () => {
  it('switches the engagement meter on and off, citing its source', async () => {
    const { host, onSave } = view(settings());
    const box = host.querySelector<HTMLInputElement>('input[name="engagementMeter"]');
    expect(box?.checked).toBe(false);
    expect(host.textContent).toContain('WarmySender');
    await act(async () => {
      box?.click();
    });
    expect(onSave).toHaveBeenCalledWith({ engagementMeter: true });
  });

  it('starts the ramp-up now and shows its table for this account’s limits', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    try {
      const { host, onSave } = view(settings({ overrides: { 'invites-day': 40, 'invites-week': 200 } }));
      expect(host.textContent).toContain('New-account ramp-up for Alice');
      expect(rows(host)).toEqual([
        ['1', '10', '50'],
        ['2', '16', '80'],
        ['3', '22', '110'],
        ['4', '28', '140'],
        ['5', '34', '170'],
        ['6 and after', '40', '200'],
      ]);
      await act(async () => {
        host.querySelector<HTMLButtonElement>('[data-action="start-ramp"]')?.click();
      });
      expect(onSave).toHaveBeenCalledWith({
        rampUp: { startedAt: NOW.getTime(), heldDays: 0, heldSince: null },
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('says the week of a running ramp and stops it', async () => {
    const started = settings({
      rampUp: { startedAt: Date.parse('2026-11-30T09:00:00Z'), heldDays: 0, heldSince: null },
    });
    const { host, onSave } = view(started);
    expect(host.querySelector<HTMLElement>('[data-ramp-week]')?.dataset.rampWeek).toBe('2');
    expect(host.querySelector('tr[aria-current="true"] th')?.textContent).toBe('2');
    await act(async () => {
      host.querySelector<HTMLButtonElement>('[data-action="stop-ramp"]')?.click();
    });
    expect(onSave).toHaveBeenCalledWith({ rampUp: null });
  });

  it('shows a refused save', async () => {
    const { host } = view(
      settings(),
      vi.fn<OnSave>(async () => ({ ok: false, errors: [{ message: 'nope' }] })),
    );
    await act(async () => {
      host.querySelector<HTMLButtonElement>('[data-action="start-ramp"]')?.click();
    });
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('nope');
  });
});
