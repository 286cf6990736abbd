// Pacer in the browser's language: Chromium launched in French (and German, Spanish, Portuguese)
// with Debian's chromium-l10n. The popup and the in-page banner speak French — words, dates and
// numbers — and hold no English sentence; in every language the popup still fits Chrome's 600 px
// with no meter's name cut short.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, eventually, launchPacer, type Pacer, storedCounts } from './support/browser';
import { builtMessages, englishIn, englishOnlyFragments } from './support/languages';
import { sendInvite } from './support/linkedin-actions';
import { setOption } from './support/options';
import { cutRowNames } from './support/popup';

const WIDTH = 360;
const HEIGHT = 600;

/** The popup at Chrome's popup size, once its invite meter shows `used`. */
async function popupAt(pacer: Pacer, used: number): Promise<Page> {
  const popup = await pacer.openPopup();
  await popup.setViewportSize({ width: WIDTH, height: HEIGHT });
  await popup.locator(`[data-meter="invites"][data-window="week"][data-used="${used}"]`).waitFor();
  return popup;
}

/**
 * Every meter's bottom edge and the page's scroll height within 600 px; no meter's name cut short
 * on its row, and the plan question's menu wide enough to read.
 */
async function assertFits(popup: Page, lang: string) {
  const g = await popup.evaluate(() => ({
    bottoms: [...document.querySelectorAll('[data-meter]')].map((el) => el.getBoundingClientRect().bottom),
    scrollHeight: document.scrollingElement?.scrollHeight ?? Number.POSITIVE_INFINITY,
    menu: document.querySelector('.plan-form select')?.getBoundingClientRect().width ?? null,
  }));
  expect(g.bottoms.length).toBeGreaterThanOrEqual(9);
  for (const b of g.bottoms) expect(b, `${lang}: a meter ends at ${b}px`).toBeLessThanOrEqual(HEIGHT);
  expect(g.scrollHeight, `${lang}: the popup scrolls`).toBeLessThanOrEqual(HEIGHT);
  expect(await cutRowNames(popup), `${lang}: row names cut short`).toEqual([]);
  if (g.menu !== null) expect(g.menu, `${lang}: the plan menu`).toBeGreaterThanOrEqual(100);
}

async function sendInvites(pacer: Pacer, page: Page, n: number, total: number) {
  for (let i = 0; i < n; i++) await sendInvite(page);
  await eventually(
    () => storedCounts(pacer),
    (c) => c.invite === total,
  );
}

describe('in French (Chromium in fr-FR)', () => {
  let pacer: Pacer;
  const english = englishOnlyFragments('fr');
  const fr = builtMessages('fr');

  beforeAll(async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    pacer = await launchPacer({ lang: 'fr-FR' });
    await setOption(pacer, 'limit-invites-week', '10');
  }, 60_000);
  afterAll(async () => {
    await pacer?.close();
  });

  it('the browser and Pacer both speak French', async () => {
    const page = await pacer.extensionPage();
    const [ui, now] = await page.evaluate(() => [
      chrome.i18n.getUILanguage(),
      chrome.i18n.getMessage('format_now'),
    ]);
    expect(ui).toBe('fr-FR');
    expect(now).toBe('maintenant');
  });

  it('the popup says what is left in French, with French dates, no English, within 600 px', async () => {
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await sendInvites(pacer, page, 7, 7);
    const popup = await popupAt(pacer, 7);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await popup.locator('.headline-number').textContent()).toBe('3');
    expect(await popup.locator('.headline-caption').textContent()).toBe(
      'invitations restantes cette semaine',
    );
    // The week resets on Monday at midnight, as French writes it: "lun. 00:00", 24-hour.
    expect(await popup.locator('.headline-reset').textContent()).toMatch(
      /^remise à zéro lun\. 00:00 · dans \d/,
    );
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain(fr.popup_settings?.message ?? 'missing');
    expect(englishIn(text, english)).toEqual([]);
    await assertFits(popup, 'fr');
    await popup.screenshot({ path: `${ARTIFACTS_DIR}/popup-fr.png` });
    await popup.close();
    await page.close();
  });

  it('the banner warns in French and asks « Envoyer quand même ? » in the red', async () => {
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await page.click('#connect');
    await page.locator('#interop-outlet [role="dialog"]').waitFor();
    const banner = page.locator('[data-pacer-banner]');
    await banner.waitFor();
    expect(await banner.getAttribute('data-zone')).toBe('warn');
    const amber = (await banner.locator('p').allTextContents()).join(' | ');
    expect(amber).toMatch(/Pacer : 7\/10 invitations cette semaine · remise à zéro lun\. 00:00/);
    expect(englishIn(amber, english)).toEqual([]);
    await page.locator('#interop-outlet button.send').click(); // amber: LinkedIn sends
    await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 8,
    );
    await sendInvites(pacer, page, 1, 9);

    await page.click('#connect');
    await banner.waitFor();
    expect(await banner.getAttribute('data-zone')).toBe('red');
    await page.locator('#interop-outlet button.send').click();
    const prompt = page.locator('[data-pacer-banner][data-pacer-confirm="open"]');
    await prompt.waitFor();
    const asked = await prompt.evaluate((el) => el.shadowRoot?.textContent ?? el.textContent ?? '');
    expect(asked).toContain('Envoyer quand même ?');
    expect(await prompt.locator('button[data-act="cancel"]').textContent()).toBe('Annuler');
    expect(await prompt.locator('button[data-act="send"]').textContent()).toContain('Envoyer quand même');
    expect(englishIn(asked, english)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS_DIR}/banner-fr.png` });
    await prompt.locator('button[data-act="cancel"]').click();
    await page.close();
  });
  it.each([
    ['options.html', '[name="plan"]'],
    ['welcome.html', 'select[name="plan"]'],
    ['activity.html', '[data-activity]'],
    ['weekly-history.html', 'svg[data-chart="history"]'],
    ['privacy.html', '.policy-language'],
  ])('%s speaks French and holds no English sentence', async (path, ready) => {
    const page = await pacer.context.newPage();
    await page.goto(`chrome-extension://${pacer.extensionId}/${path}`);
    await page.locator(ready).first().waitFor();
    expect(await page.title()).not.toBe('');
    // The privacy policy itself is a document in English: the page says so, in French.
    const text =
      path === 'privacy.html'
        ? ((await page.locator('.policy-language').textContent()) ?? '')
        : // Article titles are cited as published (links to their publishers), whatever the language.
          await page.evaluate(() => {
            let all = document.body.innerText;
            for (const a of document.querySelectorAll('a[href^="http"]'))
              all = all.split(a.textContent ?? '').join(' ');
            return all;
          });
    if (path === 'privacy.html') expect(text).toBe(fr.privacy_inEnglish?.message);
    expect(englishIn(text, english)).toEqual([]);
    if (path === 'options.html')
      await page.screenshot({ path: `${ARTIFACTS_DIR}/options-fr.png`, fullPage: true });
    await page.close();
  });
});

describe.each([
  ['de-DE', 'de', 'de'],
  ['es-ES', 'es', 'es'],
  ['pt-BR', 'pt_BR', 'pt-BR'],
])('in %s', (tag, messages, lang) => {
  let pacer: Pacer;
  beforeAll(async () => {
    pacer = await launchPacer({ lang: tag });
  }, 60_000);
  afterAll(async () => {
    await pacer?.close();
  });

  it('the popup of the fullest plan, with the engagement meter on, fits 600 px, nothing cut, no English', async () => {
    await setOption(pacer, 'plan', 'recruiter');
    // The optional engagement meter on (a controlled checkbox: checked once saved).
    const options = await pacer.openOptions();
    await options.locator('input[name="engagementMeter"]').click();
    await eventually(
      () => options.locator('input[name="engagementMeter"]').isChecked(),
      (on) => on,
    );
    await options.close();
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await sendInvites(pacer, page, 2, 2);
    const popup = await popupAt(pacer, 2);
    await popup.locator('[data-meter="engagement"]').waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(englishIn(text, englishOnlyFragments(messages))).toEqual([]);
    await assertFits(popup, tag);
    await popup.screenshot({ path: `${ARTIFACTS_DIR}/popup-${tag}.png` });
    await popup.close();
    await page.close();
  });
});

declare const chrome: { i18n: { getUILanguage(): string; getMessage(key: string): string } };
