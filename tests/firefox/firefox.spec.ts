// Pacer in Firefox ESR: the same fake LinkedIn as the Chromium tests, the add-on as Firefox runs it
// (an event page, moz-extension:// pages, no MessageSender.documentId).
import type { Page } from 'puppeteer-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from '../e2e/support/browser';
import { PEOPLE } from '../e2e/support/fake-linkedin';
import { BANNER, CONFIRM, openInvite, sendInvite, sendMessage, setOption, waitDeep } from './support/actions';
import { type FirefoxPacer, launchFirefox } from './support/firefox';

let pacer: FirefoxPacer;
beforeEach(async () => {
  pacer = await launchFirefox();
});
afterEach(async () => {
  await pacer.close();
});

const INVITE_URL = '/voyager/api/voyagerRelationshipsDashMemberRelationships?action=verifyQuotaAndCreateV2';

/** `n` invites as the page's own requests, one every `gapMs` (faster than clicking through dialogs). */
function inviteStream(page: Page, n: number, gapMs: number, from = 0): Promise<number> {
  return page.evaluate(
    async (url, n, gapMs, from) => {
      const sends: Promise<Response>[] = [];
      for (let i = from; i < from + n; i++) {
        const body = JSON.stringify({
          invitee: {
            inviteeUnion: { memberProfile: `urn:li:fsd_profile:ACoAAStream${String(i).padStart(4, '0')}` },
          },
        });
        sends.push(fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } }));
        await new Promise((r) => setTimeout(r, gapMs));
      }
      return (await Promise.all(sends)).filter((r) => r.ok).length;
    },
    INVITE_URL,
    n,
    gapMs,
    from,
  );
}

/** The popup's meter for `kind`/`window`: its data attributes (exactly one such element). */
async function meter(popup: Page, kind: string, window: string) {
  return popup.$$eval(`[data-meter="${kind}"][data-window="${window}"]`, (els) =>
    els.map((el) => ({
      used: el.getAttribute('data-used'),
      limit: el.getAttribute('data-limit'),
      remaining: el.getAttribute('data-remaining'),
    })),
  );
}

describe('Pacer in Firefox', () => {
  it('counts an invite, a message and an InMail; the badge and the popup say so', async () => {
    const jane = await pacer.openLinkedIn('/in/jane-doe/');
    await sendInvite(jane, pacer.linkedin);
    expect(await eventually(pacer.counts, (c) => c.invite === 1)).toMatchObject({ invite: 1 });
    // The event page set the badge: 19 of today's 20 invites left.
    const badge = await eventually(pacer.badge, (b) => b.text === '19');
    expect(badge.text).toBe('19');
    expect(badge.title).toMatch(/Pacer/);

    await sendMessage(jane, pacer.linkedin, 'Hello Jane, quick question about your Q3 plans.');
    expect(await eventually(pacer.counts, (c) => c.message === 1)).toMatchObject({ invite: 1, message: 1 });

    // An InMail on a plan with credits: the settings change goes through Firefox's options page.
    const options = await pacer.openPage('options.html');
    await setOption(options, 'plan', 'premium-career');
    await options.close();
    const john = await pacer.openLinkedIn('/in/john-roe/');
    await sendMessage(john, pacer.linkedin, 'Hi John, open to a chat?', 'Quick intro');
    const counts = await eventually(pacer.counts, (c) => c.inmail === 1);
    expect(counts).toEqual({ invite: 1, message: 1, inmail: 1, 'profile-view': 2 });
    const inmail = (await pacer.events()).find((e) => e.kind === 'inmail');
    expect(inmail?.target).toContain(PEOPLE.find((p) => p.slug === 'john-roe')?.id);

    // The popup, opened at its moz-extension:// address: every meter reads the same store.
    const popup = await pacer.openPage('popup.html');
    await popup.waitForSelector('[data-meter="inmails"][data-window="balance"][data-remaining="4"]');
    expect(await meter(popup, 'inmails', 'balance')).toEqual([{ used: '1', limit: '5', remaining: '4' }]);
    expect((await meter(popup, 'invites', 'week'))[0]?.used).toBe('1');
    expect((await meter(popup, 'invites', 'day'))[0]?.used).toBe('1');
    expect((await meter(popup, 'messages', 'week'))[0]?.used).toBe('1');
  });

  it('loses nothing and doubles nothing when Firefox stops the event page mid-stream', async () => {
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await eventually(pacer.counts, (c) => c['profile-view'] === 1); // the page is known
    const stream = inviteStream(page, 40, 40);
    let stops = 0;
    for (const wait of [150, 250, 250]) {
      await new Promise((r) => setTimeout(r, wait));
      if (await pacer.stopBackground()) stops++;
    }
    expect(stops).toBeGreaterThanOrEqual(2);
    expect(await stream).toBe(40);
    const counts = await eventually(pacer.counts, (c) => c.invite === 40, 20_000);
    await new Promise((r) => setTimeout(r, 1000)); // late retries must not add anything
    expect((await pacer.counts()).invite).toBe(40);
    expect(counts.invite).toBe(40);
    // Woken again by the sends after the last stop.
    expect(await pacer.backgroundState()).toBe('running');
  });

  it('shows the in-page banner in the amber, and in the red asks before LinkedIn sends', async () => {
    const options = await pacer.openPage('options.html');
    await setOption(options, 'limit-invites-week', '10');
    await options.close();
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    expect(await inviteStream(page, 7, 10)).toBe(7);
    await eventually(pacer.counts, (c) => c.invite === 7);

    await openInvite(page);
    await waitDeep(page, BANNER);
    expect(await page.$eval(BANNER, (el) => el.getAttribute('data-zone'))).toBe('warn');
    await sendInviteFromOpenDialog(page); // amber: no question, LinkedIn sends
    await eventually(pacer.counts, (c) => c.invite === 8);
    expect(await inviteStream(page, 1, 0, 100)).toBe(1);
    await eventually(pacer.counts, (c) => c.invite === 9);

    await openInvite(page);
    await waitDeep(page, `${BANNER}[data-zone="red"]`);
    expect(await page.$eval(BANNER, (el) => el.getAttribute('role'))).toBe('alert');
    const before = pacer.linkedin.requests.length;
    await page.click('#interop-outlet >>> button.send');
    await waitDeep(page, CONFIRM);
    await new Promise((r) => setTimeout(r, 300));
    expect(pacer.linkedin.requests.length).toBe(before); // held back until the user says so
    await page.click(CONFIRM);
    await eventually(pacer.counts, (c) => c.invite === 10);
    expect(pacer.linkedin.requests.filter((r) => r.path.includes('verifyQuotaAndCreate'))).toHaveLength(10);
  });
});

async function sendInviteFromOpenDialog(page: Page): Promise<void> {
  await page.click('#interop-outlet >>> button.send');
  await waitDeep(page, '#interop-outlet >>> [role="dialog"]', true);
}
