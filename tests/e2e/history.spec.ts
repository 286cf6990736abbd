// The history page after real sends on the fake LinkedIn: the chart draws this week, its table says
// the same, and the CSV's row for today holds the popup's daily counts.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, eventually, launchPacer, type Pacer, storedCounts } from './support/browser';
import { sendInvite, sendMessage } from './support/linkedin-actions';
import { setOption } from './support/options';
import { readMeter } from './support/popup';

const NOTE = 'SECRET-NOTE Hi Ana, loved your talk';
const MESSAGE = 'SECRET-MESSAGE-TEXT hello there';
const SUBJECT = 'SECRET-SUBJECT Quick question';
const HEADER = 'date,account,invites,invites_with_note,messages,inmails,open_profile_messages,profile_views';

let pacer: Pacer;
beforeEach(async () => {
  pacer = await launchPacer();
});
afterEach(async () => {
  await pacer.close();
});

describe('history', () => {
  it('charts this week, shows the same numbers as a table, and exports today as the popup counts it', async () => {
    await setOption(pacer, 'plan', 'premium-career');
    const jane = await pacer.openLinkedIn('/in/jane-doe/');
    await sendInvite(jane);
    await sendInvite(jane, { note: NOTE });
    await sendMessage(jane, MESSAGE);
    const john = await pacer.openLinkedIn('/in/john-roe/');
    await sendInvite(john);
    await sendMessage(john, MESSAGE, SUBJECT);
    const counts = await eventually(
      () => storedCounts(pacer),
      (c) => c.invite === 3 && c.message === 1 && c.inmail === 1 && c['profile-view'] === 2,
    );
    expect(counts).toMatchObject({ invite: 3, message: 1, inmail: 1, 'profile-view': 2 });

    // The popup's daily counts (the notes meter is monthly: everything here happened today).
    const popup = await pacer.openPopup();
    await popup.locator('[data-meter="invites"][data-window="day"][data-used="3"]').waitFor();
    const today = {
      invites: (await readMeter(popup, 'invites', 'day')).used,
      invites_with_note: (await readMeter(popup, 'invite-notes', 'month')).used,
      messages: (await readMeter(popup, 'messages', 'day')).used,
      inmails: (await readMeter(popup, 'inmails', 'day')).used,
      profile_views: (await readMeter(popup, 'profile-views', 'day')).used,
    };
    expect(today).toEqual({
      invites: '3',
      invites_with_note: '1',
      messages: '1',
      inmails: '1',
      profile_views: '2',
    });
    // The popup links the history page.
    expect(await popup.locator('a[data-link="history"]').getAttribute('href')).toBe('weekly-history.html');

    const page = await pacer.context.newPage();
    await page.goto(`chrome-extension://${pacer.extensionId}/weekly-history.html`);
    const chart = page.locator('svg[data-chart="history"][role="img"]');
    await chart.waitFor();
    const date = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    // This week's bar (the last): a Monday within the last 7 days, with the 3 invites.
    const bar = page.locator('rect[data-week]').last();
    const week = (await bar.getAttribute('data-week')) ?? '';
    const mondayAgo = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${week}T00:00:00Z`)) / 86_400_000;
    expect(new Date(`${week}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(mondayAgo).toBeGreaterThanOrEqual(0);
    expect(mondayAgo).toBeLessThan(7);
    expect(await bar.getAttribute('data-count')).toBe('3');
    expect(Number(await bar.getAttribute('height'))).toBeGreaterThan(0);
    expect(await page.locator('rect[data-week]').count()).toBe(12);
    expect(await chart.locator('title').first().textContent()).toMatch(/Invites per week.*this week 3/);
    expect(await page.locator('[data-limit]').getAttribute('data-limit')).toBe('100');
    // Keyboard: Tab from the last picker reaches the chart.
    await page.locator('select[name="kind"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-chart'))).toBe('history');

    // Profile views: a second kind, picked from the list.
    await page.locator('select[name="kind"]').selectOption('profile-views');
    await page.locator('svg[data-chart="history"][data-kind="profile-views"]').waitFor();
    expect(await page.locator('rect[data-week]').last().getAttribute('data-count')).toBe('2');
    expect(await page.locator('[data-limit]').getAttribute('data-limit')).toBe('700');

    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.locator('select[name="kind"]').selectOption('invites');
    await page.locator('svg[data-chart="history"][data-kind="invites"]').waitFor();
    await page
      .locator('.history-chart-section')
      .screenshot({ path: join(ARTIFACTS_DIR, 'history-chart.png') });

    // The table shows the same numbers, week by week (by keyboard: from the chart, Tab to the toggle).
    await chart.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe(
      'toggle-table',
    );
    await page.keyboard.press('Enter');
    const rows = page.locator('table[data-table="history"] tbody tr');
    await rows.first().waitFor();
    const tableData = await rows.evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-week'), tr.querySelector('[data-count]')?.textContent]),
    );
    const barData = await page
      .locator('rect[data-week]')
      .evaluateAll((rects) => rects.map((r) => [r.getAttribute('data-week'), r.getAttribute('data-count')]));
    expect(tableData).toEqual(barData);

    // The CSV: today's row for this account equals the popup's daily counts.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="export-csv"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`pacer-daily-${date}.csv`);
    const text = readFileSync((await download.path()) as string, 'utf8');
    expect(text.startsWith(`${HEADER},`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    for (const secret of [NOTE, MESSAGE, SUBJECT]) expect(text).not.toContain(secret.split(' ')[0]);
    const lines = text.split('\r\n').filter(Boolean);
    const header = (lines[0] ?? '').split(',');
    const account = `urn:li:fsd_profile:${pacer.linkedin.self.id}`;
    const row = lines.find((l) => l.startsWith(`${date},${account},`));
    expect(row, `a row for ${date}`).toBeDefined();
    const cells = Object.fromEntries((row ?? '').split(',').map((v, i) => [header[i], v]));
    expect({
      invites: cells.invites,
      invites_with_note: cells.invites_with_note,
      messages: cells.messages,
      inmails: cells.inmails,
      profile_views: cells.profile_views,
    }).toEqual(today);
    expect(cells.open_profile_messages).toBe('0');
  });
});
