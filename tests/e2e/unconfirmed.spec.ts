// Knowing when Pacer is blind: a Send in a recognised composer whose request Pacer does not know is
// counted as unconfirmed, and the popup says LinkedIn may have changed how it sends, with the paths
// and statuses seen around the click. A send Pacer recognises leaves nothing unconfirmed.
import { mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONFIRM_WAIT_MS } from '../../lib/messages/send-check';
import { ARTIFACTS_DIR, eventually, launchPacer, type Pacer, storedEvents } from './support/browser';
import { MOVED_INVITE_PATH } from './support/fake-linkedin';
import { sendInvite } from './support/linkedin-actions';
import { readMeter } from './support/popup';

let pacer: Pacer;
beforeEach(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  pacer = await launchPacer();
});
afterEach(async () => {
  await pacer.close();
});

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const invites = async () => (await storedEvents(pacer)).filter((e) => e.kind === 'invite');
const WAIT = CONFIRM_WAIT_MS + 6_000;

describe('unconfirmed sends', () => {
  it('counts a Send to an endpoint Pacer does not know, and the popup shows its path and status', async () => {
    const page = await pacer.openLinkedIn('/__pacer_fixture__/moved-send/');
    await page.click('#connect');
    await page.locator('#interop-outlet [role="dialog"]').waitFor(); // and Send at once: a quick hand
    const answered = page.waitForResponse((r) => r.url().includes(MOVED_INVITE_PATH));
    await page.locator('#interop-outlet button.send').click();
    expect((await answered).status()).toBe(201);
    expect(await invites()).toEqual([]); // nothing Pacer recognised

    const counted = await eventually(invites, (list) => list.length === 1, WAIT);
    expect(counted).toEqual([
      expect.objectContaining({
        kind: 'invite',
        withNote: false,
        unconfirmed: true,
        account: `urn:li:fsd_profile:${pacer.linkedin.self.id}`,
      }),
    ]);

    const popup = await pacer.openPopup();
    await popup.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const notice = popup.locator('[data-notice="unconfirmed"]');
    await notice.waitFor();
    await popup.locator('[data-meter="invites"][data-window="week"][data-used="1"]').waitFor();
    expect(await readMeter(popup, 'invites', 'week')).toMatchObject({ used: '1', remaining: '99' });
    expect(await notice.textContent()).toMatch(/LinkedIn may have changed how it sends\. 1 Send click/);
    await notice.locator('summary').click();
    const row = notice.locator(`[data-diagnostics] li[data-path="${MOVED_INVITE_PATH}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('201');
    expect(await row.textContent()).toMatch(new RegExp(`201 ${MOVED_INVITE_PATH}$`));
    // Paths only: the query string the page sent never reaches Pacer's list.
    expect(await notice.locator('[data-diagnostics]').textContent()).not.toContain('trackingId');
    await popup.screenshot({ path: `${ARTIFACTS_DIR}/unconfirmed-notice.png`, fullPage: true });

    await notice.locator('button[data-action="copy"]').click();
    await notice.getByText('Copied').waitFor();
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/1 Send click without a send or refusal Pacer recognised/);
    expect(copied).toContain(`201  ${MOVED_INVITE_PATH}`);
    expect(copied).not.toContain('trackingId');
  });

  it('leaves nothing unconfirmed after a send Pacer recognises, nor after a refusal it reads as nothing', async () => {
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await sendInvite(page);
    await eventually(invites, (list) => list.length === 1);
    pacer.linkedin.inviteMode = 'cant-resend'; // LinkedIn answers 400: no send, no quota signal
    await sendInvite(page);
    await page.waitForTimeout(CONFIRM_WAIT_MS + 2_000); // both checks have run by now
    const list = await invites();
    expect(list).toHaveLength(1);
    expect(list[0]).not.toHaveProperty('unconfirmed');
    // The first click was checked, and its send answered it.
    const kept = await (await pacer.extensionPage()).evaluate(() =>
      chrome.storage.local.get('unconfirmedSends'),
    );
    expect(kept.unconfirmedSends).toMatchObject({
      sends: [],
      claims: [{ send: (list[0] as { key?: string } | undefined)?.key }],
    });
    const popup = await pacer.openPopup();
    await popup.locator('[data-meter="invites"][data-window="week"][data-used="1"]').waitFor();
    expect(await popup.locator('[data-notice="unconfirmed"]').count()).toBe(0);
  });
});
