// @vitest-environment happy-dom
// The options page's backup I/O (entrypoints/options/backup-controller.ts): the export reads the
// store itself and downloads the file; an import validates the whole file before the background
// is asked to write anything.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportToFile, importFile, saveFile } from '../../../entrypoints/options/backup-controller';
import { type ImportReply, parseBackup } from '../../../lib/backup/backup';
import { completeAccounts, readAll } from '../../../lib/db/backup-store';
import { replaceAll, storeBackup } from '../../../lib/db/replace-all';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import type { ValidatedBackup } from '../../../lib/messages/import-data';
import { sendMessage } from '../../../lib/messaging';
import { CONTENTS, NOW } from '../backup/sample';

vi.mock('../../../lib/messaging', () => ({ sendMessage: vi.fn() }));

const send = vi.mocked(sendMessage);
const FIXTURE = readFileSync('tests/fixtures/backup/v1-export.json', 'utf8');
let db: PacerDb;

beforeEach(() => {
  db = openDb(`options-backup-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('exportToFile', () => {
  it('reads the store itself (no background) and downloads the file under a dated name', async () => {
    await replaceAll(db, CONTENTS);
    const download = vi.fn<(name: string, text: string) => void>();
    const res = await exportToFile(db, 'Europe/Paris', NOW, download);
    expect(send).not.toHaveBeenCalled();
    expect(download).toHaveBeenCalledTimes(1);
    const [name, text] = download.mock.calls[0] as [string, string];
    expect(name).toBe('pacer-backup-2026-11-27.json');
    const back = parseBackup(text);
    expect(back.ok && back.data.events.length).toBe(CONTENTS.events.length);
    expect(res).toEqual({
      ok: true,
      fileName: name,
      counts: { events: CONTENTS.events.length, accounts: CONTENTS.accounts.length },
    });
  });

  it('dates the file in the zone it is given (NOW is already the 28th in Auckland)', async () => {
    const download = vi.fn<(name: string, text: string) => void>();
    await exportToFile(db, 'Pacific/Auckland', NOW, download);
    expect(download.mock.calls[0]?.[0]).toBe('pacer-backup-2026-11-28.json');
  });

  it('rejects, downloading nothing, when the store cannot be read', async () => {
    vi.spyOn(db, 'transaction').mockRejectedValue(new Error('UnknownError: the store cannot be read'));
    const download = vi.fn();
    await expect(exportToFile(db, 'UTC', NOW, download)).rejects.toThrow(
      'UnknownError: the store cannot be read',
    );
    expect(download).not.toHaveBeenCalled();
  });

  it('downloads with an <a download> click on a Blob URL by default', async () => {
    const clicked: { download: string; href: string; inPage: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href, inPage: document.body.contains(this) });
    });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:pacer/1');
    await exportToFile(db, 'Europe/Paris', NOW);
    expect(clicked).toEqual([
      { download: 'pacer-backup-2026-11-27.json', href: 'blob:pacer/1', inPage: true },
    ]);
    // The link does not stay in the page.
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('saveFile revokes the Blob URL later, not at once (the browser may still be reading it)', () => {
    vi.useFakeTimers();
    try {
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
      vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:pacer/2');
      const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
      saveFile('x.json', '{}');
      expect(revoke).not.toHaveBeenCalled();
      vi.advanceTimersByTime(60_000);
      expect(revoke).toHaveBeenCalledWith('blob:pacer/2');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('importFile', () => {
  it('validates the file and sends its data to the background, answering with its reply', async () => {
    const reply: ImportReply = {
      ok: true,
      counts: { events: 6, accounts: 1 },
      exportedAt: NOW.toISOString(),
      plan: 'premium-career',
    };
    send.mockResolvedValue(reply as never);
    const res = await importFile(new File([FIXTURE], 'pacer-backup-2026-11-27.json'));
    const parsed = parseBackup(FIXTURE);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('importData', parsed.ok ? completeAccounts(parsed.data) : null);
    expect(res).toEqual(reply);
  });

  it('writes nothing for a file that is not a whole Pacer backup', async () => {
    await replaceAll(db, CONTENTS);
    const before = await readAll(db, NOW);
    const write = vi.fn((data: ValidatedBackup) => storeBackup(db, data));
    const res = await importFile(new File(['{"format":"pacer-backup","version":1}'], 'bad.json'), write);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error).toMatch(/\S/);
    expect(write).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    expect(await readAll(db, NOW)).toEqual(before);
  });

  it('writes a valid file through the writer it is given', async () => {
    const res = await importFile(new File([FIXTURE], 'good.json'), (data) => storeBackup(db, data));
    expect(res.ok).toBe(true);
    const parsed = parseBackup(FIXTURE);
    expect((await readAll(db, NOW)).events.length).toBe(parsed.ok ? parsed.data.events.length : -1);
  });

  it('refuses a file over the size cap without reading or sending it', async () => {
    const big = new File(['x'], 'huge.json');
    Object.defineProperty(big, 'size', { value: 60 * 1024 * 1024 });
    const read = vi.spyOn(big, 'text');
    const write = vi.fn();
    expect(await importFile(big, write)).toEqual({
      ok: false,
      error: 'huge.json is too large for a Pacer backup (over 50 MB).',
    });
    expect(read).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  it('passes on a background that could not be reached', async () => {
    send.mockRejectedValue(new Error('Could not establish connection'));
    await expect(importFile(new File([FIXTURE], 'x.json'))).rejects.toThrow('Could not establish connection');
  });
});
