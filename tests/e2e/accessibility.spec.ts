// Accessibility stays clean as the UI grows: axe-core (Deque's rules for WCAG 2.x A and AA) on every
// page Pacer shows and on its in-page banner, with real data in them, finds no violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchPacer, type Pacer, storedCounts, welcomePage } from './support/browser';
import { sendInvite } from './support/linkedin-actions';
import { setOption } from './support/options';

// Evaluated over the DevTools protocol: the extension pages' CSP refuses an injected <script>.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

interface AxeWindow {
  axe: { run(context: Node, options: unknown): Promise<{ violations: Violation[]; passes: unknown[] }> };
}

const ALL_RULES = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
};
// The banner is a fragment inside LinkedIn's dialog: a page's landmarks and its one <h1> are
// LinkedIn's to have, not the banner's.
const FRAGMENT_RULES = {
  ...ALL_RULES,
  rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false } },
};

/** axe's violations in `scope` (the whole page by default), one line per failing node. */
async function violations(page: Page, scope?: Locator): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = scope
    ? await scope.evaluate((el, o) => (window as unknown as AxeWindow).axe.run(el, o), FRAGMENT_RULES)
    : await page.evaluate((o) => (window as unknown as AxeWindow).axe.run(document, o), ALL_RULES);
  // A run that checked nothing would pass anything.
  expect(result.passes.length).toBeGreaterThan(0);
  const found = result.violations;
  return found.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`,
    ),
  );
}

let pacer: Pacer;
beforeAll(async () => {
  pacer = await launchPacer({ keepWelcome: true });
});
afterAll(async () => {
  await pacer.close();
});

describe('accessibility (axe-core)', () => {
  it('the welcome page', async () => {
    const page = await welcomePage(pacer.context, pacer.extensionId);
    await page.locator('h1').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the in-page banner, amber and at "Send anyway?"', async () => {
    await setOption(pacer, 'limit-invites-week', '4');
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    for (let i = 0; i < 3; i++) await sendInvite(page);
    await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 3,
    );
    const banner = page.locator('[data-pacer-banner]');
    await page.click('#connect');
    await banner.waitFor();
    expect(await banner.getAttribute('data-zone')).toBe('warn');
    expect(await violations(page, banner)).toEqual([]);
    await page.locator('#interop-outlet button.send').click(); // amber: LinkedIn sends
    await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 4,
    );
    await page.click('#connect');
    await banner.waitFor();
    expect(await banner.getAttribute('data-zone')).toBe('red');
    await page.locator('#interop-outlet button.send').click();
    await page.locator('[data-pacer-banner][data-pacer-confirm="open"]').waitFor();
    expect(await violations(page, banner)).toEqual([]);
    await page.locator('[data-pacer-banner] button[data-act="cancel"]').click();
    await page.close();
  });

  it('the popup, with a meter in the red', async () => {
    const popup = await pacer.openPopup();
    await popup.locator('[data-meter="invites"][data-window="week"][data-used="4"]').waitFor();
    expect(await violations(popup)).toEqual([]);
    await popup.close();
  });

  it('the options page', async () => {
    const page = await pacer.openOptions();
    await page.locator('select[name="account"], select[name="plan"]').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the privacy policy, opened from the options page', async () => {
    const page = await pacer.openOptions();
    await page.locator('a[href="privacy.html"]').click();
    await page.waitForURL(/privacy\.html$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Pacer privacy policy');
    expect(await page.locator('table th').allTextContents()).toEqual(['What', 'Where', 'How long']);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the activity log', async () => {
    const page = await pacer.context.newPage();
    await page.goto(`chrome-extension://${pacer.extensionId}/activity.html`);
    await page.locator('[data-activity][data-kind="invite"]').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('the history page, chart and table', async () => {
    const page = await pacer.context.newPage();
    await page.goto(`chrome-extension://${pacer.extensionId}/weekly-history.html`);
    await page.locator('svg').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.locator('button[data-action="toggle-table"]').click();
    await page.locator('table[data-table="history"]').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
