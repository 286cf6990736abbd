// What a rep does on the fixture pages, step by step, as a person would.
import type { Page } from 'playwright-core';

const invites = '/voyager/api/voyagerRelationshipsDashMemberRelationships';

/** Opens the invite dialog, optionally adds a note, and clicks Send (confirming "Send anyway?" if asked). */
export async function sendInvite(page: Page, opts: { note?: string; confirm?: boolean } = {}): Promise<void> {
  await page.click('#connect');
  const dialog = page.locator('#interop-outlet [role="dialog"]');
  await dialog.waitFor();
  if (opts.note !== undefined) {
    await dialog.locator('button.add-note').click();
    await dialog.locator('textarea#custom-message').fill(opts.note);
  }
  const answered = page
    .waitForResponse((r) => r.url().includes(invites), { timeout: 5000 })
    .catch(() => null);
  await dialog.locator('button.send').click();
  if (opts.confirm !== false) {
    // In the red Pacer asks first; otherwise LinkedIn answers straight away.
    const prompt = page.locator('[data-pacer-banner][data-pacer-confirm="open"] button[data-act="send"]');
    const asked = await Promise.race([
      answered.then(() => false),
      prompt.waitFor({ timeout: 5000 }).then(
        () => true,
        () => false,
      ),
    ]);
    if (asked) await prompt.click();
  }
  await answered;
  await dialog.waitFor({ state: 'detached' });
}

/** Opens the message (or InMail) composer, fills it and clicks Send; waits for LinkedIn's answer. */
export async function sendMessage(page: Page, text: string, subject?: string): Promise<void> {
  await page.click('#message');
  const form = page.locator('form.msg-form');
  await form.waitFor();
  if (subject !== undefined) await form.locator('input[name="subject"]').fill(subject);
  await form.locator('[role="textbox"]').fill(text);
  await form.locator('button[type="submit"]').click();
  await page
    .locator('#fixture-status')
    .filter({ hasText: /Message/ })
    .waitFor();
}
