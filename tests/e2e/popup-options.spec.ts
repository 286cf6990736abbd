// What a rep sees: the popup's meters, the options page, and the badge crossing the amber and
// red boundaries. Screenshots go to test-artifacts/ (git-ignored) for a person to look at.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, eventually, launchPacer, type Pacer, storedCounts } from './support/browser';
import { sendInvite } from './support/linkedin-actions';
import { setOption } from './support/options';
import { readMeter } from './support/popup';

let pacer: Pacer;
beforeEach(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  pacer = await launchPacer();
});
afterEach(async () => {
  await pacer.close();
});

const invite = (page: Page, note?: string) => sendInvite(page, { note });

const meter = readMeter;

describe('popup and options', () => {
  it('shows every meter with the contract attributes after real sends', async () => {
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await invite(page);
    await invite(page, 'Hello Jane');
    await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 2,
    );
    const popup = await pacer.openPopup();
    await popup.locator('[data-meter="invites"][data-window="week"][data-used="2"]').waitFor();
    expect(await meter(popup, 'invites', 'week')).toEqual({
      used: '2',
      limit: '100',
      remaining: '98',
      zone: 'ok',
    });
    expect(await meter(popup, 'invites', 'day')).toEqual({
      used: '2',
      limit: '20',
      remaining: '18',
      zone: 'ok',
    });
    expect(await meter(popup, 'invite-notes', 'month')).toEqual({
      used: '1',
      limit: '5',
      remaining: '4',
      zone: 'ok',
    });
    expect(await meter(popup, 'messages', 'day')).toEqual({
      used: '0',
      limit: '30',
      remaining: '30',
      zone: 'ok',
    });
    expect(await meter(popup, 'messages', 'week')).toEqual({
      used: '0',
      limit: '100',
      remaining: '100',
      zone: 'ok',
    });
    expect(await meter(popup, 'inmails', 'balance')).toMatchObject({ limit: '0', zone: 'none' });
    expect(await meter(popup, 'open-profile', 'month')).toMatchObject({ limit: '0', zone: 'none' });
    expect(await meter(popup, 'profile-views', 'day')).toEqual({
      used: '1',
      limit: '50',
      remaining: '49',
      zone: 'ok',
    });
    await popup.screenshot({ path: `${ARTIFACTS_DIR}/popup.png`, fullPage: true });
  });

  it('applies a plan change at once: InMail credits appear, notes become unlimited', async () => {
    await setOption(pacer, 'plan', 'sales-navigator-core');
    const options = await pacer.openOptions();
    await options.locator('select[name="plan"]').waitFor();
    await options.screenshot({ path: `${ARTIFACTS_DIR}/options.png`, fullPage: true });
    const popup = await pacer.openPopup();
    await popup.locator('[data-meter="inmails"][data-window="balance"][data-limit="50"]').waitFor();
    expect(await meter(popup, 'inmails', 'balance')).toEqual({
      used: '0',
      limit: '50',
      remaining: '50',
      zone: 'ok',
    });
    expect(await meter(popup, 'invite-notes', 'month')).toMatchObject({
      limit: 'unlimited',
      remaining: 'unlimited',
      zone: 'ok',
    });
    expect(await meter(popup, 'invites', 'week')).toMatchObject({ limit: '200' });
  });

  it('marks an invalid setting and saves nothing', async () => {
    const options = await pacer.openOptions();
    const warn = options.locator('input[name="zone-warn"]');
    await warn.fill('95');
    await warn.dispatchEvent('change');
    await expect.poll(() => warn.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await warn.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    const messages = await Promise.all(
      (describedBy ?? '').split(/\s+/).map((id) => options.locator(`[id="${id}"]`).textContent()),
    );
    expect(messages.join(' ')).toMatch(/red/i);
    const popup = await pacer.openPopup();
    await popup.locator('[data-meter="invites"][data-window="week"]').waitFor();
    expect(await meter(popup, 'invites', 'week')).toMatchObject({ zone: 'ok' });
  });

  it('turns the badge amber at 70 % and red at 90 % of the tightest meter', async () => {
    await setOption(pacer, 'limit-invites-week', '10');
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    for (let i = 0; i < 6; i++) await invite(page);
    const green = await eventually(
      () => pacer.badge(),
      (b) => b.text === '4',
    );
    expect(green).toMatchObject({ text: '4', color: '#188038' });
    await invite(page);
    const amber = await eventually(
      () => pacer.badge(),
      (b) => b.text === '3',
    );
    expect(amber).toMatchObject({ text: '3', color: '#e37400' });
    expect(amber.title).toMatch(/Invites this week · 7 \/ 10 used, 3 left/);
    await invite(page);
    await invite(page);
    const red = await eventually(
      () => pacer.badge(),
      (b) => b.text === '1',
    );
    expect(red).toMatchObject({ text: '1', color: '#d93025' });
    await invite(page);
    const full = await eventually(
      () => pacer.badge(),
      (b) => b.text === '!',
    );
    expect(full).toMatchObject({ text: '!', color: '#d93025' });
    const popup = await pacer.openPopup();
    await popup.locator('[data-meter="invites"][data-window="week"][data-used="10"]').waitFor();
    expect(await meter(popup, 'invites', 'week')).toEqual({
      used: '10',
      limit: '10',
      remaining: '0',
      zone: 'red',
    });
  });
});
