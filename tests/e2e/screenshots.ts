// `npm run screenshots`: the store's screenshots (1280×800 PNG) from the browser-test fixtures: the
// built extension in Chromium on the fake LinkedIn (nothing reaches LinkedIn), with twelve weeks
// of activity added by hand and today's sends made on the fixture pages. Written to
// store/screenshots/ (git-ignored).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { eventually, launchPacer, storedCounts } from './support/browser';
import { sendInvite, sendMessage } from './support/linkedin-actions';
import { setOption } from './support/options';

const OUT = resolve(import.meta.dirname, '../../store/screenshots');
const SIZE = { width: 1280, height: 800 };
/** Invites per past week, oldest first: a history that looks like a rep's. */
const PAST_WEEKS = [42, 55, 61, 48, 70, 66, 58, 74, 69, 81, 63];

mkdirSync(OUT, { recursive: true });
const pacer = await launchPacer();
const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: `${OUT}/${name}.png` });
  console.log(`${OUT}/${name}.png`);
};
const localDate = (d: Date) => d.toLocaleDateString('sv-SE'); // YYYY-MM-DD, the browser's zone

try {
  await setOption(pacer, 'plan', 'premium-career');

  // Today, as a rep would: invites (two with a note), messages, an InMail, profile views.
  const jane = await pacer.openLinkedIn('/in/jane-doe/');
  for (let i = 0; i < 6; i++) await sendInvite(jane);
  for (let i = 0; i < 2; i++) await sendInvite(jane, { note: 'SECRET-NOTE Hi, loved your talk' });
  for (let i = 0; i < 3; i++) await sendMessage(jane, 'SECRET-MESSAGE-TEXT hello there');
  const john = await pacer.openLinkedIn('/in/john-roe/');
  await sendMessage(john, 'SECRET-MESSAGE-TEXT hello there', 'SECRET-SUBJECT Quick question');
  await eventually(
    () => storedCounts(pacer),
    (c) => c.invite === 8 && c.inmail === 1,
  );

  // The weeks before, added by hand on the options page (the same form a user has).
  const options = await pacer.openOptions();
  const form = options.locator('form[name="add-activity"]');
  await form.waitFor();
  for (const [i, count] of PAST_WEEKS.entries()) {
    // A day of each earlier week, 8 days ago at the latest: outside a rolling 7 days.
    const day = new Date(Date.now() - ((PAST_WEEKS.length - i) * 7 + 1) * 864e5);
    await form.locator('select[name="kind"]').selectOption('invite');
    await form.locator('input[name="count"]').fill(String(count));
    await form.locator('input[name="date"]').fill(localDate(day));
    await form.locator('button[type="submit"]').click();
    await form
      .getByRole('status')
      .filter({ hasText: `Added ${count} ` })
      .waitFor();
  }
  await options.close();

  const history = await pacer.context.newPage();
  await history.setViewportSize(SIZE);
  await history.goto(`chrome-extension://${pacer.extensionId}/weekly-history.html`);
  await history.locator('svg').first().waitFor();
  await shot(history, 'history');

  const log = await pacer.context.newPage();
  await log.setViewportSize(SIZE);
  await log.goto(`chrome-extension://${pacer.extensionId}/activity.html`);
  await log.locator('[data-activity][data-kind="inmail"]').waitFor();
  await shot(log, 'activity-log');

  // A tighter weekly invite limit of the user's own, so the warning shows in the amber.
  await setOption(pacer, 'limit-invites-week', '10');

  const settings = await pacer.openOptions();
  await settings.setViewportSize(SIZE);
  await settings.locator('select[name="plan"]').waitFor();
  await shot(settings, 'options');

  await jane.setViewportSize(SIZE);
  await jane.bringToFront();
  await jane.click('#connect');
  await jane.locator('[data-pacer-banner][data-zone="warn"]').waitFor();
  await shot(jane, 'in-page-warning');
  await jane.keyboard.press('Escape');
  await jane.reload();

  // The popup over a LinkedIn page, where Chrome shows it: the page, and the popup beside the toolbar.
  await jane.locator('#connect').waitFor();
  const page = (await jane.screenshot()).toString('base64');
  const popupPage = await pacer.openPopup();
  await popupPage.setViewportSize({ width: 380, height: 600 });
  await popupPage.locator('[data-meter="invites"][data-window="week"][data-used="8"]').waitFor();
  const popup = (await popupPage.screenshot()).toString('base64');
  const frame = await pacer.context.newPage();
  await frame.setViewportSize(SIZE);
  await frame.setContent(`<body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">
    <img alt="" src="data:image/png;base64,${page}" style="position:absolute;inset:0;filter:brightness(.92)">
    <img alt="" src="data:image/png;base64,${popup}" style="position:absolute;top:8px;right:16px;border:1px solid #c7c7c7;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.3)">
  </body>`);
  await shot(frame, 'popup');
} finally {
  await pacer.close();
}
