import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAccounts } from '../../../lib/background/accounts';
import { learnCeilings } from '../../../lib/background/ceilings';
import { createRecorder, type RecordObservations, recordAndLearn } from '../../../lib/background/record';
import { createFaultStore } from '../../../lib/background/storage-fault';
import { createTabAccounts } from '../../../lib/background/tab-accounts';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import { ensureSettings, loadSettings, saveSettings } from '../../../lib/db/settings-store';
import type { ActivityEvent } from '../../../lib/domain/activity';
import type { Observation } from '../../../lib/linkedin/vocabulary';

const ME = 'urn:li:fsd_profile:ACoAAMe';
const OTHER = 'urn:li:fsd_profile:ACoAAOther';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-12-01T14:00:00Z'); // Tue 15:00 in Berlin
const WEEKLY = 'CANT_INVITE_CONNECTION_LIMIT_REACHED';

let db: PacerDb;
let record: RecordObservations;

beforeEach(async () => {
  fakeBrowser.reset();
  db = openDb(`ceilings-${Math.random()}`);
  await ensureSettings(db, new Date(T0 - 30 * DAY));
  const accounts = createAccounts(createTabAccounts(browser.storage.session));
  record = createRecorder(
    () => db,
    accounts,
    createFaultStore(browser.storage.local),
    () => 'Europe/Berlin',
  );
});
afterEach(async () => {
  await db.delete();
});

let seq = 0;
const invite = (at: number, account = ME, withNote = false): ActivityEvent => ({
  key: `invite:${++seq}`,
  account,
  kind: 'invite',
  at,
  withNote,
});
const refusal = (action: 'invite' | 'invite-note' | 'message' | 'inmail', code = WEEKLY): Observation => ({
  kind: 'limit-reached',
  action,
  code,
  key: `limit:${action}`,
});

async function seed(events: ActivityEvent[]) {
  await recordAndLearn(db, events, 'Europe/Berlin');
}

describe('learning a ceiling when a refusal is stored', () => {
  it('stores the rolling 7 days of invites in the account’s settings with the refusal', async () => {
    await record([{ kind: 'identity', account: ME, key: 'identity:me' }], 1, T0 - 8 * DAY);
    await seed([
      ...Array.from({ length: 40 }, () => invite(T0 - 6 * DAY)),
      ...Array.from({ length: 47 }, () => invite(T0 - HOUR)),
      ...Array.from({ length: 9 }, () => invite(T0 - 8 * DAY)), // too old
      ...Array.from({ length: 5 }, () => invite(T0 - HOUR, OTHER)), // another account's
    ]);
    const result = await record([refusal('invite')], 1, T0);
    expect(result.stored).toBe(1);
    const s = await loadSettings(db, new Date(T0), ME);
    expect(s.ceilings).toEqual({ 'invites-week': { count: 87, at: T0, code: WEEKLY } });
    // The other account learned nothing; the shared row keeps no ceiling either.
    expect((await loadSettings(db, new Date(T0), OTHER)).ceilings).toEqual({});
    expect((await loadSettings(db, new Date(T0))).ceilings).toEqual({});
  });

  it('learns the month’s noted invites from a note refusal, and nothing from an InMail refusal', async () => {
    await record([{ kind: 'identity', account: ME, key: 'identity:me' }], 1, T0 - DAY);
    // 30 November (last month in Berlin) does not count; two noted invites on 1 December do.
    await seed([
      invite(T0 - DAY, ME, true),
      invite(T0 - 2 * HOUR, ME, true),
      invite(T0 - HOUR, ME, true),
      invite(T0 - HOUR, ME, false),
    ]);
    await record([refusal('invite-note', 'CUSTOM_INVITE_LIMIT_REACHED')], 1, T0);
    await record([refusal('inmail', 'NO_INMAIL_CREDITS')], 1, T0 + 1);
    expect((await loadSettings(db, new Date(T0), ME)).ceilings).toEqual({
      'invite-notes-month': { count: 2, at: T0, code: 'CUSTOM_INVITE_LIMIT_REACHED' },
    });
  });

  it('does not learn again from the same refusal replayed, so a forgotten ceiling stays forgotten', async () => {
    await record([{ kind: 'identity', account: ME, key: 'identity:me' }], 1, T0 - DAY);
    await seed([invite(T0 - HOUR), invite(T0 - HOUR)]);
    await record([refusal('invite')], 1, T0);
    const s = await loadSettings(db, new Date(T0), ME);
    expect(s.ceilings['invites-week']?.count).toBe(2);
    await saveSettings(db, { ...s, ceilings: {} }, ME); // "Forget"
    const replay = await record([refusal('invite')], 1, T0 + 60_000); // same 10-minute bucket
    expect(replay).toMatchObject({ stored: 0, duplicates: 1 });
    expect((await loadSettings(db, new Date(T0), ME)).ceilings).toEqual({});
    // A new refusal later on is learned again, replacing nothing.
    await seed([invite(T0 + DAY)]);
    await record([refusal('invite')], 1, T0 + DAY + HOUR);
    expect((await loadSettings(db, new Date(T0), ME)).ceilings['invites-week']).toMatchObject({ count: 3 });
  });

  it('stores the refusal and its ceiling together or not at all', async () => {
    await record([{ kind: 'identity', account: ME, key: 'identity:me' }], 1, T0 - DAY);
    await seed([invite(T0 - HOUR)]);
    // The settings write fails: the refusal must not be stored without its ceiling.
    const spy = vi.spyOn(db.accountSettings, 'put').mockRejectedValue(new Error('disk full'));
    const event: ActivityEvent = {
      key: 'limit:x',
      account: ME,
      kind: 'limit-reached',
      at: T0,
      action: 'invite',
      code: WEEKLY,
    };
    await expect(recordAndLearn(db, [event], 'UTC')).rejects.toThrow();
    expect(await db.events.get('limit:x')).toBeUndefined();
    spy.mockRestore();
    await recordAndLearn(db, [event], 'UTC');
    expect(await db.events.get('limit:x')).toBeDefined();
    expect((await loadSettings(db, new Date(T0), ME)).ceilings['invites-week']?.count).toBe(1);
  });

  it('is idempotent when run again on a refusal already learned', async () => {
    await record([{ kind: 'identity', account: ME, key: 'identity:me' }], 1, T0 - DAY);
    await seed([invite(T0 - HOUR)]);
    const event: ActivityEvent = {
      key: 'limit:y',
      account: ME,
      kind: 'limit-reached',
      at: T0,
      action: 'invite',
      code: WEEKLY,
    };
    await recordAndLearn(db, [event], 'UTC');
    const changed = await db.transaction('rw', db.tables, () => learnCeilings(db, [event], 'UTC'));
    expect(changed).toBe(0);
  });
});
