// The worker's boundary: each message is checked against its schema (lib/messages/) before the
// worker acts; a bad one is refused whole, with an error that names the field.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ACTIVITY_KINDS } from '../../../lib/domain/activity';
import { defaultSettings } from '../../../lib/domain/settings';
import { getWarningFactsSchema } from '../../../lib/messages/get-warning-facts';
import { parseImportData } from '../../../lib/messages/import-data';
import { parseMessage } from '../../../lib/messages/parse';
import { reportExchangesSchema } from '../../../lib/messages/report-exchanges';
import { reportNavigationSchema } from '../../../lib/messages/report-navigation';
import { parseUpdateSettings } from '../../../lib/messages/update-settings';
import { MAX_BATCH } from '../../../lib/observer/exchange-queue';
import { type TestWorker, testWorker } from './test-worker';

const exchange = {
  method: 'POST',
  url: 'https://www.linkedin.com/voyager/api/voyagerRelationshipsDashMemberRelationships?action=verifyQuotaAndCreate',
  status: 200,
  requestBody: '{}',
};

describe('reportExchanges', () => {
  const parse = (data: unknown) => parseMessage('reportExchanges', reportExchangesSchema, data);

  it(`takes a list of at most ${MAX_BATCH}, each exchange checked on its own: a bad one is null, not the batch`, () => {
    expect(parse([])).toEqual([]);
    expect(parse(Array.from({ length: MAX_BATCH }, () => exchange))).toHaveLength(MAX_BATCH);
    expect(
      parse([exchange, { ...exchange, account: 'forged' }, 42, null, { ...exchange, status: 2.5 }]),
    ).toEqual([exchange, null, null, null, null]);
  });

  it('refuses anything but such a list, saying so', () => {
    const full = Array.from({ length: MAX_BATCH }, () => exchange);
    for (const bad of [undefined, null, {}, 'x', { length: 1, 0: exchange }, [...full, exchange]])
      expect(() => parse(bad), JSON.stringify(bad)).toThrow(
        `Pacer refused reportExchanges: (data): must be a list of at most ${MAX_BATCH} exchanges`,
      );
  });
});

describe('reportNavigation', () => {
  const parse = (data: unknown) => parseMessage('reportNavigation', reportNavigationSchema, data);

  it('takes { url, doc? } (a url of at most 4,096 characters) and nothing more, naming what is wrong', () => {
    expect(parse({ url: 'https://www.linkedin.com/in/someone/' })).toEqual({
      url: 'https://www.linkedin.com/in/someone/',
    });
    expect(parse({ url: 'x'.repeat(4096) }).url).toHaveLength(4096);
    expect(() => parse({ url: 5 })).toThrow('Pacer refused reportNavigation: url: must be text');
    expect(() => parse({ url: 'x'.repeat(4097) })).toThrow('url: must be at most 4,096 characters');
    expect(() => parse({ url: 'x', tab: 1 })).toThrow('(data): unknown field "tab"');
    for (const bad of [null, ['x'], 'https://www.linkedin.com/in/x/'])
      expect(() => parse(bad)).toThrow('(data): must be { url, doc? }');
    expect(() => parse({})).toThrow('url: must be text');
    // The document's own id, where the sender has none (Firefox).
    expect(parse({ url: 'x', doc: 'd1' })).toEqual({ url: 'x', doc: 'd1' });
    expect(() => parse({ url: 'x', doc: 'd'.repeat(65) })).toThrow('doc: must be at most 64 characters');
  });
});

describe('getWarningFacts', () => {
  it('carries no data, or the invitee of an invite dialog and nothing else', () => {
    expect(parseMessage('getWarningFacts', getWarningFactsSchema, undefined)).toBeUndefined();
    expect(parseMessage('getWarningFacts', getWarningFactsSchema, { invitee: 'ana-b' })).toEqual({
      invitee: 'ana-b',
    });
    expect(() => parseMessage('getWarningFacts', getWarningFactsSchema, { account: 'x' })).toThrow(
      'Pacer refused getWarningFacts: (data): must be empty or { invitee }',
    );
    expect(() => parseMessage('getWarningFacts', getWarningFactsSchema, 'ana-b')).toThrow(
      'must be empty or { invitee }',
    );
    expect(() => parseMessage('getWarningFacts', getWarningFactsSchema, { invitee: '' })).toThrow(
      'invitee: must not be empty',
    );
    expect(() =>
      parseMessage('getWarningFacts', getWarningFactsSchema, { invitee: 'x'.repeat(301) }),
    ).toThrow('invitee: must be at most 300 characters');
  });
});

describe('pages → worker', () => {
  let w: TestWorker;
  const NOW = Date.parse('2026-11-24T09:00:00Z');
  beforeEach(() => {
    fakeBrowser.reset();
    w = testWorker({ clock: () => NOW, timeZone: () => 'UTC' });
  });
  afterEach(() => w.dispose());

  it('changes settings from a checked patch, and names each wrong field of one that is not', async () => {
    const patch = parseUpdateSettings({ plan: 'premium-business', zones: { warn: 60 } });
    if (!patch.ok) throw new Error('expected a valid patch');
    expect(await w.worker.updateSettings(patch.patch)).toEqual({ ok: true });
    const stored = (await w.db.settings.get('settings'))?.value;
    expect(stored).toMatchObject({
      plan: 'premium-business',
      planChosenAt: NOW,
      zones: { warn: 60, red: 90 },
    });
    // Valid on its own, not once merged: nothing is written.
    expect(await w.worker.updateSettings({ zones: { warn: 95 } })).toEqual({
      ok: false,
      errors: [{ field: 'zones.warn', message: 'zones.warn: must not be above the red threshold' }],
    });
    expect((await w.db.settings.get('settings'))?.value.zones.warn).toBe(60);
    expect(parseUpdateSettings({ zones: 'high', plan: 'gold' })).toMatchObject({
      ok: false,
      errors: [{ field: 'plan' }, { field: 'zones' }],
    });
    expect(parseUpdateSettings(['free'])).toMatchObject({ ok: false, errors: [{ field: '(settings)' }] });
  });

  it('stores a backup with its shape, and refuses one without it or with bad settings, changing nothing', async () => {
    const settings = { ...defaultSettings(new Date(0)), plan: 'recruiter' as const };
    const data = {
      settings,
      accountSettings: [],
      accounts: [{ account: 'urn:li:fsd_profile:A', firstSeenAt: 5, lastSeenAt: 5 }],
      events: [{ key: 'k', account: 'urn:li:fsd_profile:A', kind: 'invite', at: 5 }],
      removed: [],
      invitations: [],
      exportedAt: '2026-11-24T00:00:00.000Z',
    };
    expect(parseImportData({ ...data, exportedAt: undefined })).toEqual({
      ok: false,
      error: 'Not a Pacer backup: exportedAt: is missing',
    });
    expect(parseImportData({ ...data, settings: { ...settings, plan: 'gold' } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Settings: plan: unknown plan/),
    });
    expect(parseImportData({ ...data, events: [{ ...data.events[0], kind: 'like' }] })).toMatchObject({
      ok: false,
      error: `Not a Pacer backup: events.0.kind: must be one of ${ACTIVITY_KINDS.join(', ')}`,
    });
    expect(parseImportData(null)).toEqual({
      ok: false,
      error: 'Not a Pacer backup: the data: must be an object',
    });
    expect(await w.db.settings.count()).toBe(0);
    // The parsed file as the options page sends it: its format fields are not stored.
    const checked = parseImportData({ format: 'pacer-backup', version: 1, ...data });
    expect(checked).toEqual({ ok: true, data });
    if (!checked.ok) throw new Error(checked.error);
    expect(await w.worker.importData(checked.data)).toEqual({
      ok: true,
      counts: { events: 1, accounts: 1 },
      exportedAt: '2026-11-24T00:00:00.000Z',
      plan: 'recruiter',
    });
    expect(await w.db.accounts.count()).toBe(1);
    expect(await w.db.events.get('k')).toMatchObject({ account: 'urn:li:fsd_profile:A' });
  });
});
