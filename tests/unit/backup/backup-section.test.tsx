// @vitest-environment happy-dom

import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupSection } from '../../../components/backup-section';
import { parseBackup } from '../../../lib/backup/backup';
import { replaceAll } from '../../../lib/db/replace-all';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import { sendMessage } from '../../../lib/messaging';
import { CONTENTS } from './sample';

vi.mock('../../../lib/messaging', () => ({ sendMessage: vi.fn() }));

const send = vi.mocked(sendMessage);
const NOW = new Date('2026-11-27T18:56:00Z');
const FIXTURE = readFileSync('tests/fixtures/backup/v1-export.json', 'utf8');
let host: HTMLElement | null = null;
let db: PacerDb;

function mount(download?: (name: string, text: string) => void) {
  const div = document.createElement('div');
  host = div;
  document.body.append(div);
  render(<BackupSection db={db} timeZone="Europe/Paris" now={() => NOW} download={download} />, div);
  return div;
}

const settle = () =>
  act(async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
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
  db = openDb(`backup-section-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
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

  it('exports the store itself (no background) and downloads the file under a dated name', async () => {
    await replaceAll(db, CONTENTS);
    const download = vi.fn();
    const root = mount(download);
    await act(async () => root.querySelector<HTMLButtonElement>('[data-action="export"]')?.click());
    await settle();
    expect(send).not.toHaveBeenCalled();
    expect(download).toHaveBeenCalledTimes(1);
    const [name, text] = download.mock.calls[0] as [string, string];
    expect(name).toBe('pacer-backup-2026-11-27.json');
    const back = parseBackup(text);
    expect(back.ok && back.data.events.length).toBe(CONTENTS.events.length);
    const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
    expect(root.textContent).toContain(
      `Saved pacer-backup-2026-11-27.json: ${n(CONTENTS.events.length, 'event')} and ${n(CONTENTS.accounts.length, 'account')}.`,
    );
    expect(status(root)).toBe('');
  });

  it('downloads with an <a download> click on a Blob URL by default', async () => {
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
    vi.spyOn(db, 'transaction').mockRejectedValue(new Error('UnknownError: the store cannot be read'));
    const root = mount(vi.fn());
    await act(async () => root.querySelector<HTMLButtonElement>('[data-action="export"]')?.click());
    await settle();
    expect(alert(root)).toBe('Export failed: UnknownError: the store cannot be read');
  });

  it('validates the chosen file, sends its data to the background and shows the outcome', async () => {
    send.mockResolvedValue({
      ok: true,
      counts: { events: 6, accounts: 1 },
      exportedAt: NOW.toISOString(),
      plan: 'premium-career',
    });
    const root = mount();
    await choose(root, new File([FIXTURE], 'pacer-backup-2026-11-27.json'));
    const parsed = parseBackup(FIXTURE);
    expect(send).toHaveBeenCalledWith('importData', parsed.ok ? parsed.data : null);
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
    await choose(root, new File([FIXTURE], 'good.json'));
    expect(status(root)).toMatch(/^Imported good\.json: 1 event and 1 account/);
    await choose(root, new File(['{"format":"pacer-backup","version":1}'], 'bad.json'));
    expect(send).toHaveBeenCalledTimes(1); // the invalid file never reached the background
    expect(alert(root)).toMatch(/^Import failed, nothing was changed: /);
    expect(status(root)).toBe('');
    send.mockResolvedValueOnce({
      ok: false,
      error: 'The backup could not be saved, nothing was changed (disk full)',
    });
    await choose(root, new File([FIXTURE], 'good.json'));
    expect(alert(root)).toBe(
      'Import failed, nothing was changed: The backup could not be saved, nothing was changed (disk full)',
    );
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
    await choose(root, new File([FIXTURE], 'x.json'));
    expect(alert(root)).toBe('Import failed: Could not establish connection');
  });
});
