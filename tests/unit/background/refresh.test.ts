import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REFRESH_ALARM, REFRESH_GAP_MS, TICK_ALARM } from '../../../lib/background/refresh';
import { recordEvent } from '../../../lib/db/events-store';
import * as loadReport from '../../../lib/db/load-report';
import { ensureSettings } from '../../../lib/db/settings-store';
import { type TestWorker, testWorker } from './test-worker';

const A = 'urn:li:fsd_profile:A';

describe('badge refresh', () => {
  let w: TestWorker;
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => w.dispose());

  const quietBadge = () => {
    const setText = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    const setTitle = vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
    return { setText, setTitle };
  };

  it('sets the badge from the store and schedules an alarm for the next reset', async () => {
    const now = new Date('2026-11-25T11:00:00Z');
    w = testWorker({ clock: () => now.getTime() });
    const { setText } = quietBadge();
    await ensureSettings(w.db, now);
    await w.db.settings.update('settings', { 'value.timeZone': 'Europe/Berlin' });
    await recordEvent(w.db, { key: 'i1', account: A, kind: 'invite', at: now.getTime() - 60_000 });
    await w.worker.refreshBadge();
    expect(setText).toHaveBeenCalledWith({ text: '19' }); // 1 of 20 invites today is the tightest
    const alarm = await browser.alarms.get(REFRESH_ALARM);
    // The next change: midnight in Berlin (the daily meters reset), plus a second of slack.
    expect(alarm?.scheduledTime).toBe(Date.parse('2026-11-25T23:00:01Z'));
    // Nothing changed: the pending alarm is not set again.
    const create = vi.spyOn(browser.alarms, 'create');
    await w.worker.refreshBadge();
    expect(create).not.toHaveBeenCalled();
  });

  it('shows ? instead of stale numbers when the store cannot be read, and reads again afresh', async () => {
    w = testWorker();
    const { setText, setTitle } = quietBadge();
    vi.spyOn(w.db.accounts, 'orderBy').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    await w.worker.refreshBadge();
    expect(setText).toHaveBeenCalledWith({ text: '?' });
    expect(setTitle.mock.calls[0]?.[0].title).toMatch(/cannot read its data: Error: QuotaExceededError/);
    // The failed connection is dropped: the next refresh opens a new one, and reads.
    await w.worker.refreshBadge();
    expect(w.opened).toHaveLength(2);
    expect(setText).toHaveBeenLastCalledWith({ text: '100' });
  });

  it('coalesces a burst of refresh requests into at most one running and one queued', async () => {
    w = testWorker();
    const { setText } = quietBadge();
    await Promise.all(Array.from({ length: 20 }, () => w.worker.refreshBadge()));
    expect(setText.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(setText.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('refreshes a burst at most twice per gap, and the last change is always shown', async () => {
    w = testWorker();
    const { setText } = quietBadge();
    const now = Date.now();
    await ensureSettings(w.db, new Date(now));
    const invite = (key: string) => recordEvent(w.db, { key, account: A, kind: 'invite', at: now - 60_000 });
    await invite('g1');
    // The store read once before (its latency would blur when a refresh started), then a quiet gap.
    await w.worker.refreshBadge();
    await new Promise((resolve) => setTimeout(resolve, 2 * REFRESH_GAP_MS));
    const started: number[] = []; // when each refresh computed the report
    const report = loadReport.reportFrom;
    vi.spyOn(loadReport, 'reportFrom').mockImplementation((...args) => {
      started.push(Date.now());
      return report(...args);
    });
    await w.worker.refreshBadge();
    await w.worker.refreshBadge(); // two in a row start at once, as before
    await invite('g2');
    const second = w.worker.refreshBadge();
    await invite('g3'); // lands while the refresh waits: the same refresh must show it
    await Promise.all([second, w.worker.refreshBadge()]);
    // Three reads, or four when the machine is so slow that the waiting refresh had already begun
    // by the last request: never more than two in any gap, and the last change shown.
    expect(started.length).toBeGreaterThanOrEqual(3);
    expect(started.length).toBeLessThanOrEqual(4);
    for (let i = 2; i < started.length; i++)
      expect((started[i] ?? 0) - (started[i - 2] ?? 0)).toBeGreaterThanOrEqual(REFRESH_GAP_MS - 5);
    expect(setText).toHaveBeenLastCalledWith({ text: '17' }); // 3 of 20 invites today
  });

  it('prunes on the tick alarm, and recomputes the badge on every alarm', async () => {
    const now = Date.parse('2026-11-25T11:00:00Z');
    w = testWorker({ clock: () => now });
    const { setText } = quietBadge();
    await recordEvent(w.db, { key: 'ancient', account: A, kind: 'invite', at: now - 500 * 86_400_000 });
    await recordEvent(w.db, { key: 'recent', account: A, kind: 'invite', at: now - 60_000 });
    await w.worker.alarm(REFRESH_ALARM);
    expect(await w.db.events.count()).toBe(2);
    expect(setText).toHaveBeenCalledTimes(1);
    await w.worker.alarm(TICK_ALARM);
    expect(await w.db.events.get('ancient')).toBeUndefined();
    expect(await w.db.events.get('recent')).toBeDefined();
  });
});
