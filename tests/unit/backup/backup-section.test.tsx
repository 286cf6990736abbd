// @vitest-environment happy-dom
// The backup section alone: props in, callbacks out. What the callbacks do (read the store, validate
// the file, ask the background to write) is tested with the options page (tests/unit/ui/).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { BackupSection, type ExportOutcome } from '../../../components/backup-section';
import type { ImportReply } from '../../../lib/backup/backup';
import type { PlanId } from '../../../lib/domain/limits';

const NOW = new Date('2026-11-27T18:56:00Z');
let host: HTMLElement | null = null;
let onExport: Mock<() => Promise<ExportOutcome>>;
let onImport: Mock<(file: File) => Promise<ImportReply>>;

function mount() {
  const div = document.createElement('div');
  host = div;
  document.body.append(div);
  render(<BackupSection onExport={onExport} onImport={onImport} />, div);
  return div;
}

const settle = () =>
  act(async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  });

const importInput = (root: HTMLElement) => {
  const input = root.querySelector<HTMLInputElement>('input[type="file"][name="import"]');
  if (!input) throw new Error('no import input');
  return input;
};

async function choose(root: HTMLElement, file: File, wait = true) {
  const input = importInput(root);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  if (wait) await settle();
}

async function clickExport(root: HTMLElement) {
  await act(async () => root.querySelector<HTMLButtonElement>('[data-action="export"]')?.click());
  await settle();
}

const status = (root: HTMLElement) => root.querySelector('[role="status"]')?.textContent;
const alert = (root: HTMLElement) => root.querySelector('[role="alert"]')?.textContent ?? null;
const imported = (events: number, accounts: number, plan: PlanId): ImportReply => ({
  ok: true,
  counts: { events, accounts },
  exportedAt: NOW.toISOString(),
  plan,
});

beforeEach(() => {
  onExport = vi.fn<() => Promise<ExportOutcome>>();
  onImport = vi.fn<(file: File) => Promise<ImportReply>>();
});
afterEach(() => {
  if (!host) return;
  render(null, host);
  host.remove();
  host = null;
});

describe('BackupSection', () => {
  it('has the contract controls and warns that an import replaces all data', () => {
    const root = mount();
    expect(root.querySelector('[data-action="export"]')).not.toBeNull();
    expect(importInput(root).accept).toBe('.json,application/json');
    expect(root.textContent).toMatch(/replaces all of Pacer's data/);
    expect(status(root)).toBe('');
    expect(alert(root)).toBeNull();
    expect(onExport).not.toHaveBeenCalled();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('exports through its callback and names the file it saved with what is in it', async () => {
    onExport.mockResolvedValue({
      ok: true,
      fileName: 'pacer-backup-2026-11-27.json',
      counts: { events: 7, accounts: 1 },
    });
    const root = mount();
    await clickExport(root);
    expect(onExport).toHaveBeenCalledTimes(1);
    expect(onImport).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Saved pacer-backup-2026-11-27.json: 7 events and 1 account.');
    expect(status(root)).toBe('');
    expect(alert(root)).toBeNull();
  });

  it('shows a failed export as an alert, whether refused or thrown', async () => {
    onExport.mockResolvedValueOnce({ ok: false, error: 'Pacer could not export its data (bad date)' });
    const root = mount();
    await clickExport(root);
    expect(alert(root)).toBe('Export failed: Pacer could not export its data (bad date)');
    expect(root.textContent).not.toContain('Saved ');
    onExport.mockRejectedValueOnce(new Error('UnknownError: the store cannot be read'));
    await clickExport(root);
    expect(alert(root)).toBe('Export failed: UnknownError: the store cannot be read');
  });

  it('hands the chosen file to its callback and shows the outcome', async () => {
    onImport.mockResolvedValue(imported(6, 1, 'premium-career'));
    const root = mount();
    const file = new File(['{}'], 'pacer-backup-2026-11-27.json');
    await choose(root, file);
    expect(onImport).toHaveBeenCalledTimes(1);
    expect(onImport.mock.calls[0]?.[0]).toBe(file);
    expect(status(root)).toBe(
      'Imported pacer-backup-2026-11-27.json: 6 events and 1 account, plan Premium Career. All earlier data was replaced.',
    );
    expect(alert(root)).toBeNull();
    // The same file can be chosen again.
    expect(importInput(root).value).toBe('');
  });

  it('shows a refused file as an alert, and clears an earlier success', async () => {
    onImport.mockResolvedValueOnce(imported(1, 1, 'free'));
    const root = mount();
    await choose(root, new File(['{}'], 'good.json'));
    expect(status(root)).toMatch(/^Imported good\.json: 1 event and 1 account/);
    onImport.mockResolvedValueOnce({ ok: false, error: 'Not a Pacer backup: events is missing' });
    await choose(root, new File(['{}'], 'bad.json'));
    expect(alert(root)).toBe('Import failed, nothing was changed: Not a Pacer backup: events is missing');
    expect(status(root)).toBe('');
    onImport.mockResolvedValueOnce({
      ok: false,
      error: 'The backup could not be saved, nothing was changed (disk full)',
    });
    await choose(root, new File(['{}'], 'good.json'));
    expect(alert(root)).toBe(
      'Import failed, nothing was changed: The backup could not be saved, nothing was changed (disk full)',
    );
  });

  it('shows a background that could not be reached as an alert', async () => {
    onImport.mockRejectedValue(new Error('Could not establish connection'));
    const root = mount();
    await choose(root, new File(['{}'], 'x.json'));
    expect(alert(root)).toBe('Import failed: Could not establish connection');
  });

  it('disables the file input and says so while an import runs', async () => {
    let finish: (r: ImportReply) => void = () => {};
    onImport.mockReturnValue(new Promise<ImportReply>((r) => (finish = r)));
    const root = mount();
    await choose(root, new File(['{}'], 'slow.json'), false);
    expect(importInput(root).disabled).toBe(true);
    expect(root.textContent).toContain('Importing…');
    await act(async () => finish(imported(2, 1, 'free')));
    await settle();
    expect(importInput(root).disabled).toBe(false);
    expect(root.textContent).not.toContain('Importing…');
    expect(status(root)).toMatch(/^Imported slow\.json: 2 events and 1 account/);
  });
});
