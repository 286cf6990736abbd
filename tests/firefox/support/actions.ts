// What a rep does on the fixture pages, in Firefox (puppeteer; `>>>` reaches into shadow roots,
// where Playwright's CSS pierces them by itself: tests/e2e/support/linkedin-actions.ts).
import type { Page } from 'puppeteer-core';
import { eventually } from '../../e2e/support/browser';
import type { FakeLinkedIn } from '../../e2e/support/fake-linkedin';

const sent = (linkedin: FakeLinkedIn, path: string) =>
  linkedin.requests.filter((r) => r.method === 'POST' && r.path.includes(path)).length;
const INVITES = 'voyagerRelationshipsDashMemberRelationships';
const MESSAGES = 'voyagerMessagingDashMessengerMessages';
/** Pacer's banner sits next to Send, so inside the invite dialog's shadow root. */
export const BANNER = '#interop-outlet >>> [data-pacer-banner]';
export const CONFIRM =
  '#interop-outlet >>> [data-pacer-banner][data-pacer-confirm="open"] >>> button[data-act="send"]';

/**
 * Waits until `selector` (which may cross shadow roots with `>>>`) matches, or matches nothing
 * (`gone`). Polled: puppeteer's waitForSelector watches the document and misses shadow-root changes.
 */
export async function waitDeep(page: Page, selector: string, gone = false): Promise<void> {
  const end = Date.now() + 10_000;
  while (((await page.$(selector)) === null) !== gone) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${selector}${gone ? ' to go' : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Opens the invite dialog and waits for it. */
export async function openInvite(page: Page): Promise<void> {
  await page.click('#connect');
  await waitDeep(page, '#interop-outlet >>> [role="dialog"]');
}

/** Opens the invite dialog and clicks Send, confirming "Send anyway?" when Pacer asks; waits for LinkedIn's answer. */
export async function sendInvite(page: Page, linkedin: FakeLinkedIn): Promise<void> {
  const before = sent(linkedin, INVITES);
  await openInvite(page);
  await page.click('#interop-outlet >>> button.send');
  await eventually(async () => sent(linkedin, INVITES) > before || (await page.$(CONFIRM)) !== null, Boolean);
  if (sent(linkedin, INVITES) === before) await page.click(CONFIRM);
  await eventually(
    async () => sent(linkedin, INVITES),
    (n) => n > before,
  );
  await waitDeep(page, '#interop-outlet >>> [role="dialog"]', true);
}

/** Opens the message (or InMail) composer, types and sends; waits for LinkedIn's answer. */
export async function sendMessage(
  page: Page,
  linkedin: FakeLinkedIn,
  text: string,
  subject?: string,
): Promise<void> {
  const before = sent(linkedin, MESSAGES);
  await page.click('#message');
  await page.waitForSelector('form.msg-form [role="textbox"]');
  if (subject !== undefined) await page.type('form.msg-form input[name="subject"]', subject);
  await page.type('form.msg-form [role="textbox"]', text);
  await page.click('form.msg-form button[type="submit"]');
  await eventually(
    async () => sent(linkedin, MESSAGES),
    (n) => n > before,
  );
  await page.waitForSelector('.msg-overlay', { hidden: true });
}

/** Changes one setting on the options page as a person would, and waits for "saved". */
export async function setOption(options: Page, name: string, value: string): Promise<void> {
  const field = `[name="${name}"]`;
  await options.waitForSelector(field);
  const tag = await options.$eval(field, (el) => el.tagName);
  if (tag === 'SELECT') await options.select(field, value);
  else {
    await options.$eval(field, (el) => {
      (el as HTMLInputElement).value = '';
    });
    await options.type(field, value);
    await options.$eval(field, (el) => el.dispatchEvent(new Event('change', { bubbles: true })));
  }
  await options.waitForFunction(() =>
    [...document.querySelectorAll('[role="status"]')].some((s) => /saved/i.test(s.textContent ?? '')),
  );
}
