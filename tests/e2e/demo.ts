// `npm run demo`: try Pacer without a LinkedIn account. Opens Chromium with the built extension on
// the LinkedIn-like fixture pages (served locally at https://www.linkedin.com/* through the
// browser's request routing; nothing goes to LinkedIn). Headed where a display exists.
import { mkdirSync } from 'node:fs';
import { ARTIFACTS_DIR, launchPacer } from './support/browser';

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform !== 'linux');
const pacer = await launchPacer({ headless: !headed });
const page = await pacer.openLinkedIn('/in/jane-doe/');

if (headed) {
  console.log(`Pacer demo: Chromium is open on a LinkedIn-like page (no real LinkedIn traffic).
- Click Connect (with or without a note) or Message; John Roe (/in/john-roe/) takes an InMail
  once you choose a Premium plan in Pacer's options, Olga Open (/in/olga-open/) an Open Profile message,
  Marie Dupont (/in/marie-dupont/) is in French.
- Watch the toolbar badge (pin Pacer from the puzzle menu) and open the popup.
- Options: chrome-extension://${pacer.extensionId}/options.html
Close the browser window or press Ctrl+C to end.`);
  await new Promise<void>((resolve) => {
    pacer.context.on('close', () => resolve());
    process.on('SIGINT', () => resolve());
  });
  await pacer.close().catch(() => {});
} else {
  // No display: run a short tour headless and leave screenshots to look at.
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  for (let i = 0; i < 3; i++) {
    await page.click('#connect');
    await page.locator('#interop-outlet button.send').click();
    await page.locator('#interop-outlet [role="dialog"]').waitFor({ state: 'detached' });
  }
  const popup = await pacer.openPopup();
  await popup.locator('[data-meter="invites"][data-window="week"][data-used="3"]').waitFor();
  await popup.screenshot({ path: `${ARTIFACTS_DIR}/demo-popup.png`, fullPage: true });
  console.log(`No display found: ran a short headless tour (3 invites).
Badge: ${JSON.stringify(await pacer.badge())}
Screenshot: ${ARTIFACTS_DIR}/demo-popup.png
Run it where a display exists (or under xvfb-run) to click around yourself.`);
  await pacer.close();
}
