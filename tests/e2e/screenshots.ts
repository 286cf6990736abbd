// `npm run screenshots`: the store's screenshots (1280×800 PNG) from the browser-test fixtures: the
// built extension in Chromium on the fake LinkedIn (nothing reaches LinkedIn), with twelve weeks
// of activity added by hand and today's sends made on the fixture pages. Written to
// store/screenshots/ (git-ignored): the popup for every plan over a LinkedIn page
// (popup-<plan>.png), the in-page warning before a send, the options page, the weekly history and
// the activity log. Each is checked to be 1280×800 before the script ends.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { PLANS } from '../../lib/domain/limits';
import { eventually, launchPacer, storedCounts } from './support/browser';
import { sendInvite, sendMessage } from './support/linkedin-actions';
import { setOption } from './support/options';
import { popupImage, popupOverPage, STORE_SIZE } from './support/store-shots';

declare const chrome: { i18n: { getMessage(key: string): string } };

const OUT = resolve(import.meta.dirname, '../../store/screenshots');
/** Invites per past week, oldest first: a history that looks like a rep's. */
const PAST_WEEKS = [42, 55, 61, 48, 70, 66, 58, 74, 69, 81, 63];

mkdirSync(OUT, { recursive: true });
const pacer = await launchPacer();
const written: string[] = [];
const shot = async (page: Page, name: string) => {
  const path = `${OUT}/${name}.png`;
  await page.screenshot({ path });
  written.push(path);
  console.log(path);
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
  await history.setViewportSize(STORE_SIZE);
  await history.goto(`chrome-extension://${pacer.extensionId}/weekly-history.html`);
  await history.locator('svg').first().waitFor();
  await shot(history, 'history');

  const log = await pacer.context.newPage();
  await log.setViewportSize(STORE_SIZE);
  await log.goto(`chrome-extension://${pacer.extensionId}/activity.html`);
  await log.locator('[data-activity][data-kind="inmail"]').waitFor();
  await shot(log, 'activity-log');

  // The popup for every plan, with the plan's own limits, over the LinkedIn page it was opened on.
  await jane.setViewportSize(STORE_SIZE);
  await jane.reload();
  await jane.locator('#connect').waitFor();
  const backdrop = await jane.screenshot();
  for (const plan of PLANS) {
    await setOption(pacer, 'plan', plan);
    const popup = await pacer.openPopup();
    // The footer names the plan the meters are for.
    const footer = popup.locator('.popup-footer');
    await footer.waitFor();
    // The plan's name as the popup words it, in the browser's language.
    const label = await popup.evaluate(
      (key) => chrome.i18n.getMessage(key),
      `meter_plan_${plan.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`,
    );
    const named = await eventually(
      async () => (await footer.textContent()) ?? '',
      (t) => label !== '' && t.startsWith(`${label} ·`),
    );
    if (label === '' || !named.startsWith(`${label} ·`)) throw new Error(`popup for ${plan} says: ${named}`);
    await popup.locator('[data-meter="invites"][data-window="week"][data-used="8"]').waitFor();
    // InMail: a balance on the plans that have it, the one "not on your plan" line on the others.
    await popup
      .locator('[data-meter="inmails"][data-window="balance"]:not([data-zone="none"]), [data-not-on-plan]')
      .first()
      .waitFor();
    const frame = await popupOverPage(pacer.context, backdrop, await popupImage(popup));
    await shot(frame, `popup-${plan}`);
    await frame.close();
    await popup.close();
  }
  await setOption(pacer, 'plan', 'premium-career');

  // A tighter weekly invite limit of the user's own, so the warning shows in the amber.
  await setOption(pacer, 'limit-invites-week', '10');

  const settings = await pacer.openOptions();
  await settings.setViewportSize(STORE_SIZE);
  await settings.locator('select[name="plan"]').waitFor();
  await shot(settings, 'options');

  await jane.bringToFront();
  await jane.click('#connect');
  await jane.locator('[data-pacer-banner][data-zone="warn"]').waitFor();
  await shot(jane, 'in-page-warning');
} finally {
  await pacer.close();
}

// The store takes 1280×800 exactly: the size is in the PNG header (IHDR, bytes 16–23).
for (const path of written) {
  const png = readFileSync(path);
  const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  if (size.width !== STORE_SIZE.width || size.height !== STORE_SIZE.height)
    throw new Error(`${path} is ${size.width}×${size.height}, not 1280×800`);
}
console.log(`${written.length} screenshots, each 1280×800`);
