// @vitest-environment happy-dom
// The options page with its I/O: it reads the settings from the store and follows them, saves a
// change through the background (the only writer), and wires the backup section to the store and
// the background. The background is faked here by `sendMessage`, writing as the worker would.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../entrypoints/options/app';
import { saveSettings } from '../../../entrypoints/options/settings-controller';
import { readAll } from '../../../lib/db/backup-store';
import { replaceAll } from '../../../lib/db/replace-all';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import { loadSettings, saveSettings as storeSettings } from '../../../lib/db/settings-store';
import { defaultSettings, type SettingsPatch } from '../../../lib/domain/settings';
import { sendMessage } from '../../../lib/messaging';
import { applySettingsPatch } from '../../../lib/schemas/settings';
import { CONTENTS, NOW } from '../backup/sample';
import { waitFor } from './render';

vi.mock('../../../lib/messaging', () => ({ sendMessage: vi.fn() }));

const send = vi.mocked(sendMessage);
let host: HTMLElement | null = null;
let db: PacerDb;

function mount(): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(<OptionsApp />, host);
  return host;
}

/** The worker's side of `updateSettings`: check the patch, store the result. */
async function workerSave(patch: SettingsPatch) {
  const current = await loadSettings(db, new Date());
  const res = applySettingsPatch(current, patch, new Date());
  if (!res.ok) return { ok: false as const, errors: res.errors };
  await storeSettings(db, res.settings);
  return { ok: true as const };
}

async function change(el: HTMLInputElement | HTMLSelectElement, value: string) {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const status = (root: HTMLElement) => root.querySelector('.status[role="status"]')?.textContent ?? '';
const backupAlert = (root: HTMLElement) => root.querySelector('#backup [role="alert"]')?.textContent ?? null;

beforeEach(() => {
  // The page opens the store under its real name: the one the worker writes.
  db = openDb();
});
afterEach(async () => {
  if (host) {
    const root = host;
    // Inside act: the page's effects clean up (closing its connection) before the store is deleted.
    await act(() => render(null, root));
    root.remove();
    host = null;
  }
  await db.delete();
});

describe('saveSettings', () => {
  it('sends the patch to the background and answers with its reply', async () => {
    send.mockResolvedValue({ ok: false, errors: [{ field: 'plan', message: 'plan: unknown' }] } as never);
    expect(await saveSettings({ plan: 'recruiter' })).toEqual({
      ok: false,
      errors: [{ field: 'plan', message: 'plan: unknown' }],
    });
    expect(send).toHaveBeenCalledWith('updateSettings', { plan: 'recruiter' });
  });
});

describe('OptionsApp', () => {
  it('shows the stored settings, saves a change through the background and shows the re-read value', async () => {
    await storeSettings(db, { ...defaultSettings(NOW), plan: 'premium-career' });
    send.mockImplementation((async (name: string, data: SettingsPatch) =>
      name === 'updateSettings' ? workerSave(data) : undefined) as never);
    const root = mount();
    const plan = await waitFor(
      () => root.querySelector<HTMLSelectElement>('select[name="plan"]'),
      'the settings to load',
    );
    expect(plan.value).toBe('premium-career');
    await change(plan, 'sales-navigator-core');
    await waitFor(() => status(root) === 'Saved', 'the save');
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('updateSettings', { plan: 'sales-navigator-core' });
    expect((await loadSettings(db, NOW)).plan).toBe('sales-navigator-core');
    // The sources follow the re-read plan.
    await waitFor(
      () => root.querySelector('#sources strong')?.textContent === 'Sales Navigator Core',
      'the re-read',
    );
    expect(plan.value).toBe('sales-navigator-core');
  });

  it("marks the field with the background's error and keeps the stored value", async () => {
    send.mockResolvedValue({
      ok: false,
      errors: [{ field: 'zones.warn', message: 'zones.warn: must not be above the red threshold' }],
    } as never);
    const root = mount();
    const warn = await waitFor(
      () => root.querySelector<HTMLInputElement>('input[name="zone-warn"]'),
      'the settings to load',
    );
    await change(warn, '80');
    await waitFor(() => warn.getAttribute('aria-invalid') === 'true', 'the error');
    expect(document.getElementById('zone-warn-error')?.textContent).toBe(
      'must not be above the red threshold',
    );
    expect(status(root)).toBe('');
    expect((await loadSettings(db, NOW)).zones.warn).toBe(70);
  });

  it('exports the store as a dated file without the background', async () => {
    await replaceAll(db, CONTENTS);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:pacer/1');
    const root = mount();
    await waitFor(() => root.querySelector('select[name="plan"]'), 'the settings to load');
    await act(async () => root.querySelector<HTMLButtonElement>('[data-action="export"]')?.click());
    const note = await waitFor(() => root.querySelector('.backup-note')?.textContent, 'the export');
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^pacer-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(note).toBe(
      `Saved ${names[0]}: ${CONTENTS.events.length} events and ${CONTENTS.accounts.length} accounts.`,
    );
    expect(send).not.toHaveBeenCalled();
  });

  it('shows an import of a bad file as an error and writes nothing', async () => {
    await replaceAll(db, CONTENTS);
    const before = await readAll(db, NOW);
    const root = mount();
    await waitFor(() => root.querySelector('select[name="plan"]'), 'the settings to load');
    const input = root.querySelector<HTMLInputElement>('input[type="file"][name="import"]');
    if (!input) throw new Error('no import input');
    const bad = new File(['{"format":"pacer-backup","version":1}'], 'bad.json');
    Object.defineProperty(input, 'files', { value: [bad], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const alert = await waitFor(() => backupAlert(root), 'the import outcome');
    expect(alert).toMatch(/^Import failed, nothing was changed: \S/);
    expect(send).not.toHaveBeenCalled();
    expect(await readAll(db, NOW)).toEqual(before);
  });
});
