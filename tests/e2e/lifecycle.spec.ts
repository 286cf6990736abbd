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

    await pacer.killWorker();
    // Sends while the worker is down wake it (Chrome restarts it for the message).
    await invite(page);
    await pacer.killWorker();
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
    await pacer.killWorker();
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
});
