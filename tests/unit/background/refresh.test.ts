import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '../../../lib/background/db';
import {
  REFRESH_ALARM,
  REFRESH_GAP_MS,
  refreshBadge,
  requestBadgeRefresh,
} from '../../../lib/background/refresh';
import * as reportCache from '../../../lib/background/report-cache';
import { recordEvent } from '../../../lib/db/events-store';
import { ensureSettings } from '../../../lib/db/settings-store';

describe('badge refresh', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    const db = getDb();
    await db.events.clear();
    await db.accounts.clear();
    await db.settings.clear();
  });

  it('sets the badge from the store and schedules an alarm for the next reset', async () => {
    const now = new Date('2026-11-25T11:00:00Z');
    vi.useFakeTimers({ now, toFake: ['Date'] });
    const setText = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
    const db = getDb();
    await ensureSettings(db, now);
    await db.settings.update('settings', { 'value.timeZone': 'Europe/Berlin' });
    await recordEvent(db, {
      key: 'i1',
      account: 'urn:li:fsd_profile:A',
      kind: 'invite',
      at: now.getTime() - 60_000,
    });
    await refreshBadge(now);
    expect(setText).toHaveBeenCalledWith({ text: '19' }); // 1 of 20 invites today is the tightest
    const alarm = await browser.alarms.get(REFRESH_ALARM);
    // The next change: midnight in Berlin (the daily meters reset), plus a second of slack.
    expect(alarm?.scheduledTime).toBe(Date.parse('2026-11-25T23:00:01Z'));
    // Nothing changed: the pending alarm is not set again.
    const create = vi.spyOn(browser.alarms, 'create');
    await refreshBadge(now);
    expect(create).not.toHaveBeenCalled();
    vi.useRealTimers();
  });

  it('shows ? instead of stale numbers when the store cannot be read', async () => {
    const setText = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    const setTitle = vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
    vi.spyOn(getDb().accounts, 'orderBy').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    await refreshBadge(new Date());
    expect(setText).toHaveBeenCalledWith({ text: '?' });
    expect(setTitle.mock.calls[0]?.[0].title).toMatch(/cannot read its data: Error: QuotaExceededError/);
  });

  it('coalesces a burst of refresh requests into at most one running and one queued', async () => {
    const setText = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
    await Promise.all(Array.from({ length: 20 }, () => requestBadgeRefresh()));
    expect(setText.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(setText.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('refreshes a burst at most twice per gap, and the last change is always shown', async () => {
    const setText = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
    const db = getDb();
    const now = Date.now();
    await ensureSettings(db, new Date(now));
    const invite = (key: string) =>
      recordEvent(db, { key, account: 'urn:li:fsd_profile:A', kind: 'invite', at: now - 60_000 });
    await invite('g1');
    const started: number[] = []; // when each refresh computed the report
    const report = reportCache.cachedAccountReport;
    vi.spyOn(reportCache, 'cachedAccountReport').mockImplementation((...args) => {
      started.push(Date.now());
      return report(...args);
    });
    await requestBadgeRefresh();
    await requestBadgeRefresh(); // two in a row start at once, as before
    await invite('g2');
    const second = requestBadgeRefresh();
    await invite('g3'); // lands while the refresh waits: the same refresh must show it
    await Promise.all([second, requestBadgeRefresh()]);
    // Three reads, or four when the machine is so slow that the waiting refresh had already begun
    // by the last request: never more than two in any gap, and the last change shown.
    expect(started.length).toBeGreaterThanOrEqual(3);
    expect(started.length).toBeLessThanOrEqual(4);
    for (let i = 2; i < started.length; i++)
      expect((started[i] ?? 0) - (started[i - 2] ?? 0)).toBeGreaterThanOrEqual(REFRESH_GAP_MS - 5);
    expect(setText).toHaveBeenLastCalledWith({ text: '17' }); // 3 of 20 invites today
  });
});
