// Actions added by hand and removed from the log, through the worker: they count exactly like
// observed ones, and a removed one stays out when the same send is reported again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noteIdentity } from '../../../lib/background/accounts';
import { recordEvents } from '../../../lib/db/events-store';
import { loadAccountReport } from '../../../lib/db/load-report';
import { UNKNOWN_ACCOUNT } from '../../../lib/linkedin/urns';
import { parseAddActivity } from '../../../lib/messages/add-activity';
import { parseMessage } from '../../../lib/messages/parse';
import { removeActivitySchema } from '../../../lib/messages/remove-activity';
import { type TestWorker, testWorker } from './test-worker';

const NOW = Date.parse('2026-11-25T09:00:00Z'); // a Wednesday, 10:00 in Paris
const A = 'urn:li:fsd_profile:ACoAAManualAcct1';
const used = async (w: TestWorker, account: string | null, id: string) =>
  (await loadAccountReport(w.db, new Date(NOW), 'Europe/Paris', account)).report.meters.find(
    (m) => m.id === id,
  )?.used;

let w: TestWorker;
beforeEach(() => {
  fakeBrowser.reset();
  w = testWorker({ clock: () => NOW, timeZone: () => 'Europe/Paris' });
});
afterEach(() => w.dispose());

describe('addActivity', () => {
  it('checks the entry field by field', () => {
    expect(
      parseAddActivity({ account: null, kind: 'invite', count: 3, date: '2026-11-25', withNote: true }),
    ).toEqual({
      ok: true,
      data: { account: null, kind: 'invite', count: 3, date: '2026-11-25', withNote: true },
    });
    expect(parseAddActivity({ account: 'me', kind: 'reply', count: 0, date: '25/11/2026' })).toEqual({
      ok: false,
      errors: [
        { field: 'account', message: 'account: must be an account id' },
        {
          field: 'kind',
          message: 'kind: must be one of invite, message, inmail, open-profile-message, profile-view',
        },
        { field: 'count', message: 'count: must be a whole number from 1 to 500' },
        { field: 'date', message: 'date: must be a date (YYYY-MM-DD)' },
      ],
    });
    expect(parseAddActivity({ account: null, kind: 'invite', count: 501, date: '2026-11-25' })).toMatchObject(
      {
        ok: false,
        errors: [{ field: 'count' }],
      },
    );
    expect(
      parseAddActivity({ account: null, kind: 'invite', count: 1, date: '2026-11-25', text: 'hi' }),
    ).toMatchObject({ ok: false, errors: [{ field: '(data)', message: '(data): unknown field "text"' }] });
  });

  it('before any account: filed under the unknown account, counted, then adopted by the first one seen', async () => {
    const r = await w.worker.addActivity({ account: null, kind: 'invite', count: 60, date: '2026-11-23' });
    expect(r).toEqual({
      ok: true,
      added: 60,
      account: UNKNOWN_ACCOUNT,
      at: Date.parse('2026-11-23T23:00:00Z') - 1,
    });
    expect(await used(w, null, 'invites-week')).toBe(60);
    expect(await used(w, null, 'invites-day')).toBe(0);
    await noteIdentity(w.db, A, false, NOW);
    expect(await used(w, A, 'invites-week')).toBe(60);
    const stored = await w.db.events.toArray();
    expect(stored.every((e) => e.account === A && e.source === 'manual' && e.kind === 'invite')).toBe(true);
  });

  it('counts like an observed send, for the account named or else the one seen most recently', async () => {
    await recordEvents(w.db, [{ key: 'invite:1', account: A, kind: 'invite', at: NOW - 1000 }]);
    expect(
      await w.worker.addActivity({
        account: A,
        kind: 'invite',
        count: 2,
        date: '2026-11-25',
        withNote: true,
      }),
    ).toMatchObject({ ok: true, added: 2, at: NOW });
    expect(
      await w.worker.addActivity({ account: null, kind: 'inmail', count: 1, date: '2026-11-25' }),
    ).toMatchObject({
      ok: true,
      account: A,
    });
    expect(await used(w, A, 'invites-day')).toBe(3);
    expect(await used(w, A, 'invite-notes-month')).toBe(2);
    expect(await used(w, A, 'inmails-day')).toBe(1);
  });

  it('an InMail added by hand uses a credit, as an observed one does', async () => {
    await recordEvents(w.db, [{ key: 'invite:1', account: A, kind: 'invite', at: NOW - 1000 }]);
    expect(await w.worker.updateSettings({ plan: 'premium-career' }, A)).toEqual({ ok: true });
    const balance = async () =>
      (await loadAccountReport(w.db, new Date(NOW), 'Europe/Paris', A)).report.meters.find(
        (m) => m.id === 'inmails-balance',
      )?.remaining;
    const before = await balance();
    expect(before).toBeGreaterThan(0);
    await w.worker.addActivity({ account: A, kind: 'inmail', count: 2, date: '2026-11-25' });
    expect(await balance()).toBe((before as number) - 2);
  });

  it('refuses a future date and an account Pacer has not seen, storing nothing', async () => {
    expect(
      await w.worker.addActivity({ account: null, kind: 'message', count: 1, date: '2026-11-26' }),
    ).toEqual({
      ok: false,
      errors: [{ field: 'date', message: 'date: must not be in the future' }],
    });
    expect(
      await w.worker.addActivity({
        account: 'urn:li:fsd_profile:Nobody',
        kind: 'message',
        count: 1,
        date: '2026-11-25',
      }),
    ).toEqual({
      ok: false,
      errors: [{ field: 'account', message: 'account: not an account Pacer has seen' }],
    });
    expect(await w.db.events.count()).toBe(0);
  });

  it('two entries alike are two entries: each has keys of its own', async () => {
    for (let i = 0; i < 2; i++)
      await w.worker.addActivity({ account: null, kind: 'profile-view', count: 1, date: '2026-11-25' });
    expect(await w.db.events.count()).toBe(2);
  });
});

describe('removeActivity', () => {
  it('removes the event and keeps its key out, even when the same send is recorded again', async () => {
    const invite = {
      key: 'invite:42',
      account: A,
      kind: 'invite' as const,
      at: NOW - 5000,
      target: 'jane-doe',
    };
    await recordEvents(w.db, [invite]);
    expect(await used(w, A, 'invites-week')).toBe(1);
    expect(parseMessage('removeActivity', removeActivitySchema, { key: 'invite:42' })).toEqual({
      key: 'invite:42',
    });
    expect(() => parseMessage('removeActivity', removeActivitySchema, { key: '' })).toThrow(
      'key: must be an event key',
    );
    expect(await w.worker.removeActivity('invite:42')).toEqual({ ok: true, account: A });
    expect(await w.db.removed.get('invite:42')).toEqual({ key: 'invite:42', account: A, removedAt: NOW });
    expect(await used(w, A, 'invites-week')).toBe(0);
    expect(await recordEvents(w.db, [invite])).toEqual(['duplicate']);
    expect(await used(w, A, 'invites-week')).toBe(0);
    expect(await w.worker.removeActivity('invite:42')).toEqual({
      ok: false,
      error: 'This action is no longer in the log.',
    });
  });

  it("an InMail's removal drops the account's settled InMail history", async () => {
    await recordEvents(w.db, [
      { key: 'inmail:1', account: A, kind: 'inmail', at: NOW - 3 * 86_400_000 },
      { key: 'invite:7', account: 'urn:li:fsd_profile:Other', kind: 'invite', at: NOW - 1000 },
    ]);
    await w.db.inmailHistory.bulkPut([
      { account: A, until: NOW - 86_400_000, sends: [{ key: 'inmail:1', at: NOW - 3 * 86_400_000 }] },
      { account: 'urn:li:fsd_profile:Other', until: NOW - 86_400_000, sends: [] },
    ]);
    await w.worker.removeActivity('inmail:1');
    expect(await w.db.inmailHistory.get(A)).toBeUndefined();
    expect(await w.db.inmailHistory.get('urn:li:fsd_profile:Other')).toBeDefined();
    await w.worker.removeActivity('invite:7');
    expect(await w.db.inmailHistory.get('urn:li:fsd_profile:Other')).toBeDefined();
  });
});
