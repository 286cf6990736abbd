// The in-page warning: a banner next to LinkedIn's Send button before a risky send, and the
// "Send anyway?" step in the red. Pacer never blocks silently and never sends by itself.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, eventually, launchPacer, type Pacer, storedCounts } from './support/browser';
import { sendInvite } from './support/linkedin-actions';
import { setOption } from './support/options';

let pacer: Pacer;
beforeEach(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  pacer = await launchPacer();
});
afterEach(async () => {
  await pacer.close();
});

const setField = (name: string, value: string) => setOption(pacer, name, value);

const inviteRequests = (p: Pacer) =>
  p.linkedin.requests.filter((r) => r.path.includes('verifyQuotaAndCreate')).length;

async function openInvite(page: Page) {
  await page.click('#connect');
  await page.locator('#interop-outlet [role="dialog"]').waitFor();
}

describe('in-page warning', () => {
  it('shows the numbers in the amber, and in the red asks "Send anyway?" before LinkedIn sends', async () => {
    await setField('limit-invites-week', '10');
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    for (let i = 0; i < 7; i++) await sendInvite(page);
    await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 7,
    );

    await openInvite(page);
    const banner = page.locator('[data-pacer-banner]');
    await banner.waitFor();
    expect(await banner.getAttribute('data-zone')).toBe('warn');
    // Midnight as the browser's locale words it ("00:00", or "12:00 AM" in en-US).
    const midnight = await page.evaluate(() =>
      new Intl.DateTimeFormat(navigator.language, { timeStyle: 'short', timeZone: 'UTC' }).format(0),
    );
    expect((await banner.locator('p').allTextContents()).join(' | ')).toContain(
      `7/10 invites this week · resets Mon ${midnight}`,
    );
    await page.locator('#interop-outlet button.send').click(); // amber: no question, LinkedIn sends
    await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 8,
    );
    await sendInvite(page);
    await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 9,
    );

    await openInvite(page);
    await banner.waitFor();
    expect(await banner.getAttribute('data-zone')).toBe('red');
    expect(await banner.getAttribute('role')).toBe('alert');
    const before = inviteRequests(pacer);
    await page.locator('#interop-outlet button.send').click();
    const prompt = page.locator('[data-pacer-banner][data-pacer-confirm="open"]');
    await prompt.waitFor();
    await page.screenshot({ path: `${ARTIFACTS_DIR}/banner.png` });
    await prompt.locator('button[data-act="cancel"]').click();
    await page.waitForTimeout(300);
    expect(inviteRequests(pacer)).toBe(before); // held back, nothing sent

    await page.locator('#interop-outlet button.send').click();
    await prompt.locator('button[data-act="send"]').click();
    await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 10,
    );
    expect(inviteRequests(pacer)).toBe(before + 1); // exactly one send, by the user's choice
  });

  it('lets the user turn the question off, keeping the banner', async () => {
    await setField('limit-invites-week', '2');
    await setField('confirm-red-send', 'off');
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await sendInvite(page, { confirm: false });
    await sendInvite(page, { confirm: false });
    await openInvite(page);
    const banner = page.locator('[data-pacer-banner]');
    await banner.waitFor();
    expect(await banner.getAttribute('data-zone')).toBe('red');
    await page.locator('#interop-outlet button.send').click();
    await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 3,
    );
    expect(await page.locator('[data-pacer-confirm="open"]').count()).toBe(0);
  });

  it('warns on a French page when the free note quota is spent', async () => {
    const page = await pacer.openLinkedIn('/in/marie-dupont/');
    for (let i = 0; i < 5; i++) await sendInvite(page, { note: `Bonjour ${i}` });
    await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 5,
    );
    await openInvite(page);
    await page.locator('#interop-outlet button.add-note').click();
    await page.locator('#interop-outlet textarea#custom-message').fill('Bonjour Marie');
    const banner = page.locator('[data-pacer-banner]');
    await banner.waitFor();
    expect((await banner.locator('p').allTextContents()).join(' | ')).toMatch(
      /5\/5 personalized notes used this month/,
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('stays out of the way when nothing is risky', async () => {
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await openInvite(page);
    await page.waitForTimeout(500);
    expect(await page.locator('[data-pacer-banner]').count()).toBe(0);
  });
});
