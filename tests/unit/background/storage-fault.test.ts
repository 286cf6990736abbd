import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccounts } from '../../../lib/background/accounts';
import { createRecorder, type RecordObservations } from '../../../lib/background/record';
import { createFaultStore, type FaultStore } from '../../../lib/background/storage-fault';
import { createTabAccounts } from '../../../lib/background/tab-accounts';
import { recordEvent } from '../../../lib/db/events-store';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import { readFault } from '../../../lib/storage/fault';

const T0 = Date.parse('2026-11-24T10:00:00Z');
let db: PacerDb;
/** A fresh worker's fault store, and its recorder holding failed writes there. */
let faults: FaultStore;
let recordObservations: RecordObservations;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`fault-${Math.random()}`);
  faults = createFaultStore(browser.storage.local);
  recordObservations = createRecorder(
    () => db,
    createAccounts(createTabAccounts(browser.storage.session)),
    faults,
  );
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const quota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('storage faults', () => {
  it('keeps an observation whose write failed, says so, and writes it later exactly once', async () => {
    const add = vi.spyOn(db.events, 'bulkAdd').mockRejectedValue(quota());
    const result = await recordObservations([{ kind: 'invite', withNote: false, key: 'invite:1' }], 1, T0);
    expect(result).toMatchObject({ stored: 0, held: 1 });
    expect(await readFault()).toMatchObject({
      pending: 1,
      message: 'QuotaExceededError: The quota has been exceeded.',
      since: T0,
    });
    expect(await db.events.count()).toBe(0);

    // Still failing: nothing lost, fault stays.
    expect(await faults.retry((e) => recordEvent(db, e), T0 + 1000)).toBe(0);
    expect(await readFault()).toMatchObject({ pending: 1 });

    add.mockRestore();
    // The content script's own retry of the same exchange arrives meanwhile: same key, stored once.
    await recordObservations([{ kind: 'invite', withNote: false, key: 'invite:1' }], 1, T0 + 2000);
    expect(await faults.retry((e) => recordEvent(db, e), T0 + 3000)).toBe(1);
    expect(await readFault()).toBeNull();
    expect(await db.events.count()).toBe(1);
  });

  it('holds writes when the database cannot even be read', async () => {
    vi.spyOn(db.accounts, 'orderBy').mockImplementation(() => {
      throw Object.assign(new Error('Database open failed'), { name: 'OpenFailedError' });
    });
    vi.spyOn(db.events, 'bulkGet').mockRejectedValue(new Error('closed'));
    const result = await recordObservations([{ kind: 'message', key: 'message:9' }], 4, T0);
    expect(result.held).toBe(1);
    expect((await readFault())?.pending).toBe(1);
  });

  it('reads storage no more once it knows nothing is held, until a write is held again', async () => {
    const write = (e: Parameters<typeof recordEvent>[1]) => recordEvent(db, e);
    await faults.retry(write, T0); // learns that nothing is held
    const get = vi.spyOn(browser.storage.local, 'get');
    expect(await faults.retry(write, T0)).toBe(0);
    expect(await faults.current()).toBeNull();
    expect(get).not.toHaveBeenCalled();

    const event = { key: 'invite:held', account: 'a', kind: 'invite' as const, at: T0, withNote: false };
    await faults.hold([event], quota(), T0);
    expect(await faults.current()).toMatchObject({ pending: 1 });
    expect(await faults.retry(write, T0 + 1000)).toBe(1);
    expect(await faults.current()).toBeNull();
    expect(await readFault()).toBeNull();
    expect(await db.events.get('invite:held')).toMatchObject({ key: 'invite:held' });
  });
});
