// Added by hand and corrected by the user, in a real browser: a manual entry counts in the popup like
// an observed send, and a removed send stays out when LinkedIn's answer to it is seen again.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, eventually, launchPacer, type Pacer, storedEvents } from './support/browser';
import { sendInvite } from './support/linkedin-actions';
import { readMeter } from './support/popup';

const INVITE =
  'https://www.linkedin.com/voyager/api/voyagerRelationshipsDashMemberRelationships?action=verifyQuotaAndCreateV2';
const inviteBody = (id: string) =>
  JSON.stringify({ invitee: { inviteeUnion: { memberProfile: `urn:li:fsd_profile:${id}` } } });

let pacer: Pacer;
beforeEach(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  pacer = await launchPacer();
});
afterEach(async () => {
  await pacer.close();
});

/** The page itself POSTs the invite, as LinkedIn's app does (the same body: the same send). */
function post(page: Page, body: string): Promise<number> {
  return page.evaluate(
    ({ url, body }) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=UTF-8' },
        body,
      }).then(async (r) => {
        await r.text();
        return r.status;
      }),
    { url: INVITE, body },
  );
}

const invites = async () =>
  (await storedEvents(pacer)).filter((e) => e.kind === 'invite') as unknown as { key: string }[];

async function openLog(pacer: Pacer): Promise<Page> {
  const page = await pacer.context.newPage();
  await page.goto(`chrome-extension://${pacer.extensionId}/activity.html`);
  return page;
}

describe('activity log', () => {
  it('a manual entry counts in the popup like an observed one, and the log lists both', async () => {
    const linkedin = await pacer.openLinkedIn('/in/jane-doe/');
    await sendInvite(linkedin);
    await eventually(invites, (x) => x.length === 1);

    const options = await pacer.openOptions();
    const form = options.locator('form[name="add-activity"]');
    await form.waitFor();
    const today = await form.locator('input[name="date"]').inputValue();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await form.locator('select[name="kind"]').selectOption('invite');
    await form.locator('input[name="count"]').fill('3');
    await form.locator('input[type="checkbox"][name="with-note"]').check();
    await form.locator('button[type="submit"]').click();
    await form.getByRole('status').filter({ hasText: 'Added 3 invites with a note today.' }).waitFor();
    await options.screenshot({ path: `${ARTIFACTS_DIR}/add-activity.png`, fullPage: true });

    const popup = await pacer.openPopup();
    await popup.locator('[data-meter="invites"][data-window="week"][data-used="4"]').waitFor();
    expect(await readMeter(popup, 'invites', 'day')).toMatchObject({ used: '4', remaining: '16' });
    expect(await readMeter(popup, 'invite-notes', 'month')).toMatchObject({ used: '3' });
    expect(await pacer.badge()).toMatchObject({ text: expect.stringMatching(/\d/) });

    // The popup links to the log.
    expect(await popup.locator('a[href="activity.html"]').count()).toBe(1);
    const log = await openLog(pacer);
    // Opening Jane's profile counted a view: its row links to her profile (a public slug).
    const view = log.locator('[data-activity][data-kind="profile-view"]');
    await view.waitFor();
    expect(await view.locator('a').getAttribute('href')).toBe('https://www.linkedin.com/in/jane-doe/');
    await log.screenshot({ path: `${ARTIFACTS_DIR}/activity-log.png`, fullPage: true });
    await log.locator('select[name="kind"]').selectOption('invite');
    const rows = log.locator('[data-activity]');
    await eventually(
      () => log.locator('[data-activity]:not([data-kind="invite"])').count(),
      (n) => n === 0,
    );
    expect(await rows.count()).toBe(4);
    const attrs = await rows.evaluateAll((els) =>
      els.map((el) => ({
        kind: el.getAttribute('data-kind'),
        source: el.getAttribute('data-source'),
        at: el.getAttribute('data-at'),
        note: el.getAttribute('data-note'),
        link: el.querySelector('a')?.getAttribute('href') ?? null,
        remove: el.querySelectorAll('button[data-action="remove"]').length,
      })),
    );
    expect(attrs.map((a) => a.source).sort()).toEqual(['manual', 'manual', 'manual', 'observed']);
    for (const a of attrs) {
      expect(a.kind).toBe('invite');
      expect(new Date(a.at ?? '').toISOString()).toBe(a.at);
      expect(a.remove).toBe(1);
    }
    expect(attrs.filter((a) => a.note === 'yes')).toHaveLength(3);
    // Newest first.
    const times = attrs.map((a) => Date.parse(a.at ?? ''));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    // Filtered by kind: no message was counted.
    await log.locator('select[name="kind"]').selectOption('message');
    await log.getByText('Nothing counted yet.').waitFor();
    await log.locator('select[name="kind"]').selectOption('invite');
    await eventually(
      () => rows.count(),
      (n) => n === 4,
    );
    expect(await rows.count()).toBe(4);
  });

  it('a removal survives a replayed send: remove an observed invite, replay the answer, the count stays down', async () => {
    pacer.linkedin.fixedInvitationUrn = 'urn:li:fsd_invitation:6161616161';
    const linkedin = await pacer.openLinkedIn('/in/jane-doe/');
    await linkedin.locator('#connect').waitFor();
    const body = inviteBody('ACoAAJaneDoe0001');
    expect(await post(linkedin, body)).toBe(200);
    await eventually(invites, (x) => x.length === 1);
    const popup = await pacer.openPopup();
    await popup.locator('[data-meter="invites"][data-window="week"][data-used="1"]').waitFor();

    const log = await openLog(pacer);
    const row = log.locator('[data-activity="invite:6161616161"]');
    await row.waitFor();
    expect(await row.getAttribute('data-source')).toBe('observed');
    await row.locator('button[data-action="remove"]').click();
    await log.getByRole('status').filter({ hasText: 'Removed' }).waitFor();
    await row.waitFor({ state: 'detached' });
    await popup.locator('[data-meter="invites"][data-window="week"][data-used="0"]').waitFor();

    // The same send seen again (LinkedIn's app retries; the same answer), then a new one.
    expect(await post(linkedin, body)).toBe(200);
    expect(await post(linkedin, body)).toBe(200);
    pacer.linkedin.fixedInvitationUrn = null;
    expect(await post(linkedin, inviteBody('ACoAAJohnRoe0002'))).toBe(200);
    const stored = await eventually(invites, (x) => x.length >= 1, 10_000);
    // Wait a little longer: a late copy of the removed one would show up now.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await invites()).map((e) => e.key)).toEqual(stored.map((e) => e.key));
    expect(stored).toHaveLength(1);
    expect(stored.some((e) => e.key === 'invite:6161616161')).toBe(false);
    await popup.locator('[data-meter="invites"][data-window="week"][data-used="1"]').waitFor();
    expect(await readMeter(popup, 'invites', 'week')).toMatchObject({ used: '1' });
    const listed = log.locator('[data-activity][data-kind="invite"]');
    await eventually(
      () => listed.count(),
      (n) => n === 1,
    );
    expect(await listed.getAttribute('data-activity')).not.toBe('invite:6161616161');
    await log.screenshot({ path: `${ARTIFACTS_DIR}/activity-log-removed.png`, fullPage: true });
  });
});
