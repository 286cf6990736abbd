import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, eventually, launchPacer, type Pacer, storedCounts } from './support/browser';
import { sendInvite } from './support/linkedin-actions';
import { readMeter } from './support/popup';

let pacer: Pacer;
beforeEach(async () => {
  pacer = await launchPacer();
});
afterEach(async () => {
  await pacer.close();
});

const N = 3;

describe('the limit LinkedIn actually enforces', () => {
  it('learns the weekly invite ceiling from a refusal, shows it, and forgets it on request', async () => {
    pacer.linkedin.invitesBeforeLimit = N;
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    for (let i = 0; i <= N; i++) await sendInvite(page);
    const counts = await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === N && c['limit-reached'] === 1,
    );
    expect(counts).toMatchObject({ invite: N, 'limit-reached': 1 });

    // The popup: the week's limit is what LinkedIn stopped the user at, nothing is left, and it says so.
    const popup = await pacer.openPopup();
    const week = popup.locator('[data-meter="invites"][data-window="week"]');
    await popup.locator(`[data-meter="invites"][data-window="week"][data-limit="${N}"]`).waitFor();
    expect(await readMeter(popup, 'invites', 'week')).toEqual({
      used: String(N),
      limit: String(N),
      remaining: '0',
      zone: 'red',
    });
    // No meter contradicts another: today's invites have nothing left either, and the headline agrees.
    expect(await readMeter(popup, 'invites', 'day')).toMatchObject({ used: String(N), remaining: '0' });
    expect(await popup.locator('.headline-number').textContent()).toBe('0');
    const sentence = await week.locator('.meter-ceiling').textContent();
    // Dates as the browser's locale writes them: "Tue 1 Dec" (en-GB) or "Tue, Dec 1" (en-US).
    const day = '(?:\\d{1,2} \\w{3}|\\w{3} \\d{1,2})';
    expect(sentence).toMatch(
      new RegExp(
        `^LinkedIn stopped you at ${N} invites on \\w{3},? ${day}; Pacer uses ${N} as this account's weekly limit until ${day}$`,
      ),
    );
    const badge = await pacer.badge();
    expect(badge.text).toBe('!');
    await popup.screenshot({ path: `${ARTIFACTS_DIR}/ceiling-popup.png`, fullPage: true });

    // The options page lists it; Forget puts the default limit back.
    const options = await pacer.openOptions();
    const forget = options.locator('button[data-action="forget-ceiling"][data-meter="invites-week"]');
    await forget.waitFor();
    expect(await options.locator('[data-ceiling="invites-week"]').textContent()).toContain(
      `LinkedIn stopped you at ${N} invites`,
    );
    await options.screenshot({ path: `${ARTIFACTS_DIR}/ceiling-options.png`, fullPage: true });
    await forget.click();
    await options.locator('[data-ceiling="invites-week"]').waitFor({ state: 'detached' });
    expect(await options.getByText('LinkedIn has not stopped this account recently.').count()).toBe(1);

    const after = await pacer.openPopup();
    await after.locator('[data-meter="invites"][data-window="week"][data-limit="100"]').waitFor();
    // Still refused inside this week: red with nothing left, but against the default limit again.
    expect(await readMeter(after, 'invites', 'week')).toEqual({
      used: String(N),
      limit: '100',
      remaining: '0',
      zone: 'red',
    });
    expect(await after.locator('.meter-ceiling').count()).toBe(0);
  });
});
