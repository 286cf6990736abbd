import { describe, expect, it } from 'vitest';
import { parseExchangeBatch, parseNavigation, parseSettingsPatch } from '../../../lib/background/schemas';
import { storeBackup } from '../../../lib/db/replace-all';
import { openDb } from '../../../lib/db/schema';
import { defaultSettings } from '../../../lib/domain/settings';
import { MAX_BATCH } from '../../../lib/observer/exchange-queue';

describe('worker checks of what content scripts and pages send', () => {
  it(`accepts a batch of at most ${MAX_BATCH} exchanges as a list, leaving each to its own check`, () => {
    const full = Array.from({ length: MAX_BATCH }, (_, i) => ({ i }));
    expect(parseExchangeBatch(full)).toBe(full);
    expect(parseExchangeBatch([])).toEqual([]);
    for (const bad of [null, {}, 'x', { length: 1, 0: {} }, [...full, {}]])
      expect(() => parseExchangeBatch(bad), JSON.stringify(bad)).toThrow(/at most 50 exchanges/);
  });

  it('accepts a navigation URL of at most 4,096 characters and nothing more', () => {
    expect(parseNavigation({ url: 'https://www.linkedin.com/in/someone/' })).toEqual({
      url: 'https://www.linkedin.com/in/someone/',
    });
    for (const bad of [null, { url: 5 }, { url: 'x'.repeat(4097) }, { url: 'x', tab: 1 }, ['x']])
      expect(() => parseNavigation(bad)).toThrow(/navigation/);
  });

  it('takes only an object as a settings patch', () => {
    expect(parseSettingsPatch({ plan: 'free' })).toEqual({ plan: 'free' });
    for (const bad of [null, 'free', [1], 3]) expect(parseSettingsPatch(bad)).toBeNull();
  });

  it('stores a validated backup, and refuses a message without its shape or with bad settings', async () => {
    const db = openDb(`schemas-${Math.random()}`);
    const settings = { ...defaultSettings(new Date(0)), plan: 'recruiter' as const };
    expect(await storeBackup(db, { settings, accounts: [], events: [] })).toMatchObject({ ok: false });
    expect(
      await storeBackup(db, {
        settings: { ...settings, plan: 'gold' },
        accounts: [],
        events: [],
        exportedAt: 'x',
      }),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/^Settings: plan/) });
    expect(await db.settings.count()).toBe(0);
    const ok = await storeBackup(db, {
      settings,
      accounts: [{ account: 'urn:li:fsd_profile:A', firstSeenAt: 5, lastSeenAt: 5 }],
      events: [{ key: 'k', account: 'urn:li:fsd_profile:A', kind: 'invite', at: 5 }],
      exportedAt: '2026-11-24T00:00:00.000Z',
    });
    expect(ok).toEqual({
      ok: true,
      counts: { events: 1, accounts: 1 },
      exportedAt: '2026-11-24T00:00:00.000Z',
      plan: 'recruiter',
    });
    expect(await db.accounts.count()).toBe(1);
    await db.delete();
  });
});
