// The MV3 worker can be stopped at any moment and the browser restarted: nothing recorded may
// be lost or counted twice, and the badge must be right again afterwards.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { eventually, launchPacer, storedCounts } from './support/browser';
import { sendInvite } from './support/linkedin-actions';
import { setOption } from './support/options';

const invite = (page: Page) => sendInvite(page);

describe('worker and browser lifecycle', () => {
  it('loses and doubles nothing when the worker is stopped mid-use, and survives a browser restart', async () => {
    let pacer = await launchPacer();
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await invite(page);
    await invite(page);
    await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 2,
    );

    expect(await pacer.killWorker()).toBe(true);
    // Sends while the worker is down wake it (Chrome restarts it for the message).
    await invite(page);
    expect(await pacer.killWorker()).toBe(true);
    await invite(page);
    await invite(page);
    const counts = await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 5,
    );
    expect(counts.invite).toBe(5);
    const badge = await eventually(
      () => pacer.badge(),
      (b) => b.text === '15',
    );
    expect(badge.text).toBe('15'); // 5 of 20 invites today

    // Compose-option memory survives a worker stop: the InMail is still an InMail.
    await setOption(pacer, 'plan', 'premium-career');
    const john = await pacer.openLinkedIn('/in/john-roe/');
    await john.click('#message');
    await john.locator('form.msg-form input[name="subject"]').waitFor();
    expect(await pacer.killWorker()).toBe(true);
    await john.locator('form.msg-form input[name="subject"]').fill('Intro');
    await john.locator('form.msg-form [role="textbox"]').fill('Hello John');
    await john.locator('form.msg-form button[type="submit"]').click();
    const after = await eventually(
      () => storedCounts(pacer),
      (c) => c.inmail === 1,
    );
    expect(after).toMatchObject({ invite: 5, inmail: 1 });
    expect(after.message ?? 0).toBe(0);

    // Browser restart: same profile, fresh processes.
    const profileDir = pacer.profileDir;
    await pacer.close(true);
    pacer = await launchPacer({ profileDir });
    try {
      const restored = await eventually(
        () => storedCounts(pacer),
        (c) => c.invite === 5,
      );
      expect(restored).toMatchObject({ invite: 5, inmail: 1 });
      const again = await eventually(
        () => pacer.badge(),
        (b) => b.text !== '',
      );
      expect(again.text).toMatch(/^\d+$|^!$/);
      expect(again.title).toMatch(/Pacer/);
    } finally {
      await pacer.close();
    }
  });

  it('loses nothing and doubles nothing when the worker is stopped mid-stream', async () => {
    const pacer = await launchPacer();
    try {
      const page = await pacer.openLinkedIn('/in/jane-doe/');
      await page.waitForTimeout(300); // identity and the first navigation recorded
      // 60 sends, one every 25 ms, as the page's own requests; the worker is stopped three times
      // while they arrive, so some reach it while it is receiving or writing.
      const stream = page.evaluate(async () => {
        const url = '/voyager/api/voyagerRelationshipsDashMemberRelationships?action=verifyQuotaAndCreateV2';
        const sends: Promise<Response>[] = [];
        for (let i = 0; i < 60; i++) {
          const body = JSON.stringify({
            invitee: {
              inviteeUnion: { memberProfile: `urn:li:fsd_profile:ACoAAStream${String(i).padStart(4, '0')}` },
            },
          });
          sends.push(fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } }));
          await new Promise((r) => setTimeout(r, 25));
        }
        return (await Promise.all(sends)).filter((r) => r.ok).length;
      });
      let stops = 0;
      for (const wait of [250, 350, 500]) {
        await page.waitForTimeout(wait);
        if (await pacer.killWorker()) stops++;
      }
      expect(stops).toBeGreaterThanOrEqual(2);
      expect(await stream).toBe(60);
      const counts = await eventually(
        () => storedCounts(pacer),
        (c) => c.invite === 60,
        15_000,
      );
      await page.waitForTimeout(1000); // late retries must not add anything
      expect((await storedCounts(pacer)).invite).toBe(60);
      expect(counts.invite).toBe(60);
    } finally {
      await pacer.close();
    }
  });
});
