import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { BADGE_COLORS, type Badge, badgeView, createBadge } from '../../../lib/background/badge';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { computeBudgets } from '../../../lib/domain/budgets';
import { defaultSettings } from '../../../lib/domain/settings';

const NOW = new Date('2026-11-25T11:00:00Z');
const A = 'urn:li:fsd_profile:ACoAAMe';
let n = 0;
const invites = (count: number, extra: Partial<ActivityEvent> = {}): ActivityEvent[] =>
  Array.from({ length: count }, () => ({
    key: `k${++n}`,
    account: A,
    kind: 'invite',
    at: NOW.getTime() - 3_600_000,
    ...extra,
  }));
const report = (events: ActivityEvent[], overrides = {}) =>
  computeBudgets({
    settings: { ...defaultSettings(NOW), overrides },
    events,
    now: NOW,
    timeZone: 'Europe/Berlin',
  });

describe('badge', () => {
  it('shows the tightest meter’s remaining count in its zone colour with a tooltip', () => {
    const v = badgeView(report(invites(14)), 'Europe/Berlin', { account: A, slug: 'me-pacer' }, NOW);
    expect(v).toEqual({
      text: '6',
      color: BADGE_COLORS.warn,
      title: 'Pacer (me-pacer) — Invites today · 14 / 20 used, 6 left · resets Thu 00:00',
    });
  });

  it('names the account by name, else slug, never by its raw profile id', () => {
    const title = (a: Parameters<typeof badgeView>[2]) => badgeView(report(invites(1)), 'UTC', a, NOW).title;
    expect(title({ account: A, name: 'Pat Pacer', slug: 'pat' })).toMatch(/^Pacer \(Pat Pacer\) — /);
    expect(title({ account: A, slug: 'pat' })).toMatch(/^Pacer \(pat\) — /);
    expect(title({ account: A })).not.toContain('urn:li:');
    expect(title(null)).toMatch(/^Pacer — /);
  });

  it('shows ! once a limit is reached or LinkedIn refused', () => {
    expect(badgeView(report(invites(20)), 'UTC', null, NOW)).toMatchObject({
      text: '!',
      color: BADGE_COLORS.red,
    });
    expect(badgeView(report(invites(21)), 'UTC', null, NOW)).toMatchObject({
      text: '!',
      color: BADGE_COLORS.over,
    });
    const refused = invites(1, {
      kind: 'limit-reached',
      action: 'invite',
      code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED',
    });
    const v = badgeView(report(refused), 'UTC', null, NOW);
    expect(v.text).toBe('!');
    expect(v.title).toMatch(/LinkedIn refused: weekly invitation limit reached/);
  });

  it('shows the weekly invites, green, on a quiet week (ties go to the headline meter)', () => {
    const v = badgeView(report([]), 'UTC', null, NOW);
    expect(v).toMatchObject({ text: '100', color: BADGE_COLORS.ok });
    expect(v.title).toMatch(/^Pacer — Invites this week · 0 \/ 100 used/);
  });
});

describe('showing the badge', () => {
  // A fresh worker's badge: it has set nothing yet.
  let badge: Badge;
  beforeEach(() => {
    badge = createBadge(browser.action);
  });

  it('sets only what changed since the last call', async () => {
    const text = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    const color = vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    const title = vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
    const view = { text: '7', color: BADGE_COLORS.ok, title: 'Pacer — 7 left' };
    await badge.show(view);
    await badge.show({ ...view });
    expect([text.mock.calls.length, color.mock.calls.length, title.mock.calls.length]).toEqual([1, 1, 1]);
    await badge.show({ ...view, text: '6', title: 'Pacer — 6 left' });
    expect(text).toHaveBeenLastCalledWith({ text: '6' });
    expect([text.mock.calls.length, color.mock.calls.length, title.mock.calls.length]).toEqual([2, 1, 2]);
  });

  it('never shows a new count in the old colour: the colour is set before the text', async () => {
    let colourSet = () => {};
    const text = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
    vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockImplementation(
      () => new Promise<void>((resolve) => (colourSet = resolve)),
    );
    vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
    const shown = badge.show({ text: '1', color: BADGE_COLORS.red, title: 'Pacer — 1 left' });
    await new Promise((r) => setTimeout(r, 10));
    expect(text).not.toHaveBeenCalled();
    colourSet();
    await shown;
    expect(text).toHaveBeenCalledWith({ text: '1' });
  });

  it('sets everything again after a call failed', async () => {
    const text = vi.spyOn(browser.action, 'setBadgeText').mockRejectedValueOnce(new Error('gone'));
    vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    vi.spyOn(browser.action, 'setTitle').mockResolvedValue();
    const view = { text: '!', color: BADGE_COLORS.over, title: 'Pacer — limit reached' };
    await expect(badge.show(view)).rejects.toThrow('gone');
    text.mockResolvedValue();
    await badge.show(view);
    expect(text).toHaveBeenCalledTimes(2);
  });
});
