// @vitest-environment happy-dom
// Banner text (pure): numbers, reasons and reset times in the reply's time zone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createBanner,
  formatWhen,
  isRed,
  pageTheme,
  warningText,
  worstZone,
} from '../../../entrypoints/linkedin.content/banner';
import type { SendWarningsReply } from '../../../lib/messaging';
import { warning } from './dom';

// Wed 25 Nov 2026, 10:00 UTC.
const NOW = Date.UTC(2026, 10, 25, 10, 0);

describe('warningText', () => {
  it('zone: used/limit, meter, weekly reset as weekday and time in the reply’s zone', () => {
    // Mon 30 Nov 2026 00:00 in Paris = Sun 29 Nov 23:00 UTC.
    const resetsAt = Date.UTC(2026, 10, 29, 23, 0);
    expect(warningText(warning({ resetsAt }), 'Europe/Paris', NOW)).toBe(
      'Pacer: 93/100 invites this week · resets Mon 00:00',
    );
    expect(warningText(warning({ resetsAt }), 'America/New_York', NOW)).toBe(
      'Pacer: 93/100 invites this week · resets Sun 18:00',
    );
  });

  it('zone on a rolling window: when the next slot frees', () => {
    const nextFreeAt = Date.UTC(2026, 10, 26, 14, 5);
    expect(warningText(warning({ zone: 'warn', used: 72, nextFreeAt }), 'UTC', NOW)).toBe(
      'Pacer: 72/100 invites this week · next free Thu 14:05',
    );
  });

  it('LinkedIn refused: the weekly invitation limit', () => {
    const w = warning({ reason: 'refused', refusalCode: 'CANT_INVITE_CONNECTION_LIMIT_REACHED' });
    expect(warningText(w, 'UTC', NOW)).toBe('LinkedIn refused: weekly invitation limit reached');
    // A bare 429: worded after the refused action, as the popup and the badge word it.
    const http = warning({ reason: 'refused', refusalCode: 'HTTP_429' });
    expect(warningText(http, 'UTC', NOW)).toBe('LinkedIn refused: invitation limit reached');
    const messages = warning({ meter: 'messages-day', reason: 'refused', refusalCode: 'HTTP_429' });
    expect(warningText(messages, 'UTC', NOW)).toBe(
      'LinkedIn refused: messaging limit reached (too many requests)',
    );
  });

  it('no InMail credits: refill date far away reads as a date', () => {
    const w = warning({
      meter: 'inmails-balance',
      reason: 'no-credits',
      used: 5,
      limit: 5,
      remaining: 0,
      resetsAt: Date.UTC(2026, 11, 1, 0, 0),
    });
    expect(warningText(w, 'UTC', Date.UTC(2026, 10, 20))).toBe('No InMail credits left · refills Tue 1 Dec');
  });

  it('InMail credits running low (amber)', () => {
    const w = warning({
      meter: 'inmails-balance',
      zone: 'warn',
      used: 4,
      limit: 5,
      remaining: 1,
    });
    expect(warningText(w, 'UTC', NOW)).toBe('Pacer: 1 InMail credit left');
    expect(warningText({ ...w, remaining: 2 }, 'UTC', NOW)).toBe('Pacer: 2 InMail credits left');
  });

  it('note too long and note quota', () => {
    const long = warning({
      meter: 'invite-notes-month',
      reason: 'note-too-long',
      used: 245,
      limit: 200,
      remaining: 0,
    });
    expect(warningText(long, 'UTC', NOW)).toBe('Note is 245 characters; your plan allows 200');
    const quota = warning({
      meter: 'invite-notes-month',
      reason: 'note-quota',
      used: 5,
      limit: 5,
    });
    expect(warningText(quota, 'UTC', NOW)).toBe('5/5 personalized notes used this month');
  });

  it('a limitless meter shows the count only; a bad time zone falls back to the host zone', () => {
    expect(warningText(warning({ limit: null }), 'UTC', NOW)).toBe('Pacer: 93 invites this week');
    expect(() => formatWhen(NOW, 'Not/AZone', NOW)).not.toThrow();
  });
});

describe('zones', () => {
  it('worst zone and red', () => {
    expect(worstZone([warning({ zone: 'warn' }), warning({ zone: 'over' }), warning({ zone: 'red' })])).toBe(
      'over',
    );
    expect(worstZone([])).toBeNull();
    expect(isRed([warning({ zone: 'warn' })])).toBe(false);
    expect(isRed([warning({ zone: 'warn' }), warning({ zone: 'red' })])).toBe(true);
  });
});

describe('the banner element: theme, focus and Escape', () => {
  const reply = (): SendWarningsReply => ({
    warnings: [
      warning({ reason: 'refused', refusalCode: 'CANT_INVITE_CONNECTION_LIMIT_REACHED', zone: 'red' }),
    ],
    confirm: true,
    timeZone: 'UTC',
  });

  afterEach(() => {
    document.documentElement.className = '';
    document.body.replaceChildren();
  });

  it("follows LinkedIn's theme class on <html>", () => {
    const banner = createBanner(
      () => {},
      () => {},
    );
    document.documentElement.classList.add('theme--dark');
    banner.render(reply(), false, NOW);
    expect(banner.host.getAttribute('data-theme')).toBe('dark');
    document.documentElement.classList.replace('theme--dark', 'theme--light');
    banner.render(reply(), false, NOW);
    expect(banner.host.getAttribute('data-theme')).toBe('light');
    expect(pageTheme(document)).toBe('light');
  });

  it('"Send anyway?" takes the focus (on Cancel), and Escape cancels', async () => {
    const onCancel = vi.fn();
    const onSend = vi.fn();
    const banner = createBanner(onSend, onCancel);
    document.body.append(banner.host);
    banner.render(reply(), true, NOW);
    await Promise.resolve();
    const root = banner.host.shadowRoot as ShadowRoot;
    const cancel = root.querySelector('button[data-act="cancel"]');
    expect(root.activeElement).toBe(cancel);
    expect(root.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Send anyway?');
    const outside = vi.fn();
    document.addEventListener('keydown', outside);
    cancel?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    document.removeEventListener('keydown', outside);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSend).not.toHaveBeenCalled();
    expect(outside).not.toHaveBeenCalled(); // LinkedIn's dialog does not close under it
    // Without the question, Escape is not Pacer's to answer.
    banner.render(reply(), false, NOW);
    root.querySelector('p')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
