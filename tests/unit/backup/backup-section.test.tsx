// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupSection } from '../../../components/backup-section';
import { sendMessage } from '../../../lib/messaging';

vi.mock('../../../lib/messaging', () => ({ sendMessage: vi.fn() }));

const send = vi.mocked(sendMessage);
const NOW = new Date('2026-11-27T18:56:00Z');
let host: HTMLElement | null = null;

function mount(download?: (name: string, text: string) => void) {
  const div = document.createElement('div');
  host = div;
  document.body.append(div);
  render(<BackupSection timeZone="Europe/Paris" now={() => NOW} download={download} />, div);
  return div;
}

const settle = () =>
  act(async () => {
    for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
  });

async function choose(root: HTMLElement, file: File) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"][name="import"]');
  if (!input) throw new Error('no import input');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

const status = (root: HTMLElement) => root.querySelector('[role="status"]')?.textContent;
const alert = (root: HTMLElement) => root.querySelector('[role="alert"]')?.textContent ?? null;

beforeEach(() => {
  send.mockReset();
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
    expect(root.querySelector('input[type="file"][name="import"]')).not.toBeNull();
    expect(root.textContent).toMatch(/replaces all of Pacer's data/);
    expect(status(root)).toBe('');
    expect(alert(root)).toBeNull();
  });

  it('exports through the background and downloads the file under a dated name', async () => {
    send.mockResolvedValue({
      ok: true,
      json: '{"format":"pacer-backup"}',
      counts: { events: 6, accounts: 1 },
    });
    const download = vi.fn();
    const root = mount(download);
    await act(async () => root.querySelector<HTMLButtonElement>('[data-action="export"]')?.click());
    await settle();
    expect(send).toHaveBeenCalledWith('exportData');
    expect(download).toHaveBeenCalledWith('pacer-backup-2026-11-27.json', '{"format":"pacer-backup"}');
    expect(root.textContent).toContain('Saved pacer-backup-2026-11-27.json: 6 events and 1 account.');
    expect(status(root)).toBe('');
  });

  it('downloads with an <a download> click on a Blob URL by default', async () => {
    send.mockResolvedValue({ ok: true, json: '{}', counts: { events: 0, accounts: 0 } });
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:pacer/1');
    const root = mount();
    await act(async () => root.querySelector<HTMLButtonElement>('[data-action="export"]')?.click());
    await settle();
    expect(clicked).toEqual([{ download: 'pacer-backup-2026-11-27.json', href: 'blob:pacer/1' }]);
  });

  it('shows a failed export as an alert', async () => {
    send.mockResolvedValue({
      ok: false,
      error: 'Pacer could not export its data (Event 1: at must be a number)',
    });
    const root = mount(vi.fn());
    await act(async () => root.querySelector<HTMLButtonElement>('[data-action="export"]')?.click());
    await settle();
    expect(alert(root)).toBe('Export failed: Pacer could not export its data (Event 1: at must be a number)');
  });

  it('sends the chosen file to the background and shows the outcome as a status', async () => {
    send.mockResolvedValue({
      ok: true,
      counts: { events: 6, accounts: 1 },
      exportedAt: NOW.toISOString(),
      plan: 'premium-career',
    });
    const root = mount();
    await choose(root, new File(['{"format":"pacer-backup"}'], 'pacer-backup-2026-11-27.json'));
    expect(send).toHaveBeenCalledWith('importData', '{"format":"pacer-backup"}');
    expect(status(root)).toBe(
      'Imported pacer-backup-2026-11-27.json: 6 events and 1 account, plan Premium Career. All earlier data was replaced.',
    );
    expect(alert(root)).toBeNull();
  });

  it('shows a refused file as an alert, and clears an earlier success', async () => {
    send.mockResolvedValueOnce({
      ok: true,
      counts: { events: 1, accounts: 1 },
      exportedAt: NOW.toISOString(),
      plan: 'free',
    });
    const root = mount();
    await choose(root, new File(['{}'], 'good.json'));
    expect(status(root)).toMatch(/^Imported good\.json: 1 event and 1 account/);
    send.mockResolvedValueOnce({ ok: false, error: 'Event 1234: at must be a whole number' });
    await choose(root, new File(['{}'], 'bad.json'));
    expect(alert(root)).toBe('Import failed, nothing was changed: Event 1234: at must be a whole number');
    expect(status(root)).toBe('');
  });

  it('refuses a file over the size cap without sending it', async () => {
    const root = mount();
    const big = new File(['x'], 'huge.json');
    Object.defineProperty(big, 'size', { value: 60 * 1024 * 1024 });
    await choose(root, big);
    expect(send).not.toHaveBeenCalled();
    expect(alert(root)).toBe(
      'Import failed, nothing was changed: huge.json is too large for a Pacer backup (over 50 MB).',
    );
  });

  it('shows a background that could not be reached as an alert', async () => {
    send.mockRejectedValue(new Error('Could not establish connection'));
    const root = mount();
    await choose(root, new File(['{}'], 'x.json'));
    expect(alert(root)).toBe('Import failed: Could not establish connection');
  });
});
