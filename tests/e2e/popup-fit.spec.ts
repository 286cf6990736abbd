// The popup fits Chrome's popup (at most 600 px tall) for every plan: every meter the plan has, and
// the one line of meters it lacks, are inside the first 600 px with nothing to scroll — with the
// optional engagement meter on, a LinkedIn refusal, an unconfirmed-send notice, the health line and
// (on the first open) the plan question all present. A screenshot per plan goes to test-artifacts/.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANS, type PlanId } from '../../lib/domain/limits';
import { UNCONFIRMED_KEY } from '../../lib/storage/keys';
import { ARTIFACTS_DIR, eventually, launchPacer, type Pacer, storedCounts } from './support/browser';
import { sendInvite } from './support/linkedin-actions';
import { setOption } from './support/options';
import { cutRowNames } from './support/popup';

/** Chrome's popup: the width the popup's body sets, and the tallest a popup may be. */
const WIDTH = 360;
const HEIGHT = 600;

let pacer: Pacer;
beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  pacer = await launchPacer();
  // A refused invite: the weekly refusal shows in the headline and holds today's invites at 0.
  pacer.linkedin.inviteMode = 'weekly-limit';
  const page = await pacer.openLinkedIn('/in/jane-doe/');
  await sendInvite(page);
  await eventually(
    () => storedCounts(pacer),
    (c) => c['limit-reached'] === 1,
  );
  await page.close();
  // An unconfirmed send (as the worker keeps them), so the popup carries its notice too.
  const probe = await pacer.extensionPage();
  const account = `urn:li:fsd_profile:${pacer.linkedin.self.id}`;
  await probe.evaluate(
    ([key, account]) =>
      chrome.storage.local.set({
        [key]: {
          sends: [
            {
              key: 'invite:unconfirmed:1',
              account,
              kind: 'invite',
              clickAt: Date.now() - 60_000,
              requests: [{ path: '/voyager/api/somewhereNew', status: 201, ms: 300 }],
            },
          ],
          claims: [],
        },
      }),
    [UNCONFIRMED_KEY, account] as const,
  );
  // The optional engagement meter on: one meter more to fit.
  const options = await pacer.openOptions();
  await options.locator('input[name="engagementMeter"]').click();
  await eventually(
    () => options.locator('input[name="engagementMeter"]').isChecked(),
    (on) => on,
  );
  await options.close();
}, 120_000);
afterAll(async () => {
  await pacer?.close();
});

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

async function openAtPopupSize(): Promise<Page> {
  const popup = await pacer.openPopup();
  await popup.setViewportSize({ width: WIDTH, height: HEIGHT });
  await popup.locator('[data-meter="invites"][data-window="week"][data-zone="red"]').waitFor();
  await popup.locator('[data-notice="unconfirmed"]').waitFor();
  await popup.locator('[data-meter="engagement"]').waitFor();
  return popup;
}

/** Every meter element's bottom edge, and the page's scroll height. */
async function geometry(popup: Page) {
  return popup.evaluate(() => ({
    meters: [...document.querySelectorAll<HTMLElement>('[data-meter]')].map((el) => ({
      id: `${el.dataset.meter}/${el.dataset.window}`,
      zone: el.dataset.zone,
      bottom: el.getBoundingClientRect().bottom,
      height: el.getBoundingClientRect().height,
    })),
    scrollHeight: document.scrollingElement?.scrollHeight ?? Number.POSITIVE_INFINITY,
    /** Where the popup's content ends (the footer is last). */
    contentBottom:
      document.querySelector('.popup')?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY,
    questionHeight: document.querySelector('[data-ask="plan"]')?.getBoundingClientRect().height ?? 0,
    question: document.querySelector('[data-ask="plan"]') !== null,
    refusal: document.querySelector('.headline-refusal')?.textContent ?? null,
  }));
}

async function assertFits(popup: Page, plan: PlanId) {
  const g = await geometry(popup);
  // Every meter of report.meters: 10 with the engagement meter (those the plan lacks folded).
  expect(g.meters).toHaveLength(10);
  for (const m of g.meters) {
    expect(m.bottom, `${plan}: ${m.id} ends at ${m.bottom}px`).toBeLessThanOrEqual(HEIGHT);
    if (m.zone !== 'none') expect(m.height, `${plan}: ${m.id} is drawn`).toBeGreaterThan(10);
  }
  expect(g.scrollHeight, `${plan}: the popup scrolls`).toBeLessThanOrEqual(HEIGHT);
  expect(await cutRowNames(popup), `${plan}: row names cut short`).toEqual([]);
  expect(g.refusal).toBe('LinkedIn refused: weekly invitation limit reached');
  await popup.screenshot({ path: `${ARTIFACTS_DIR}/popup-${plan}.png` });
  return g;
}

/** The plan question's height on the first open (with its margin): every plan must leave that much room. */
let questionRoom = 0;

describe('the popup fits 600 px', () => {
  it('with the plan question, on the first open (free, not yet confirmed)', async () => {
    const popup = await openAtPopupSize();
    await popup.locator('[data-ask="plan"]').waitFor();
    const g = await assertFits(popup, 'free');
    expect(g.question).toBe(true);
    questionRoom = g.questionHeight + 8;
    expect(questionRoom).toBeGreaterThan(30);
    // Free lacks InMail and Open Profile: one quiet line, each meter still carrying its contract.
    expect(await popup.locator('[data-not-on-plan]').textContent()).toBe(
      'Not on your plan: InMail credits, Open Profile messages',
    );
    await popup.close();
  });

  it.each(PLANS.filter((p) => p !== 'free'))('on %s', async (plan) => {
    await setOption(pacer, 'plan', plan);
    const popup = await openAtPopupSize();
    await popup.locator('[data-meter="inmails"][data-window="balance"]:not([data-zone="none"])').waitFor();
    const g = await assertFits(popup, plan);
    // A newly seen account on this plan would also carry the plan question: there is room for it.
    expect(HEIGHT - g.contentBottom, `${plan}: room for the plan question`).toBeGreaterThanOrEqual(
      questionRoom,
    );
    expect(await popup.locator('[data-not-on-plan]').count()).toBe(0);
    // Details on demand: the InMail ledger opens under its meter and says what could come back.
    const inmail = popup.locator('[data-meter="inmails"][data-window="balance"]');
    const toggle = inmail.locator('button.meter-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await inmail.locator('.inmail-details').isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await inmail.locator('.inmail-details').isVisible()).toBe(true);
    expect(await inmail.locator('.inmail-details').textContent()).toContain('Could come back if answered');
    await popup.close();
  });
});
