// The welcome page a first install opens: what Pacer sees and cannot, the plan (applied to the first
// account Pacer sees), and what was sent before installing (counted by the meters at once).
import { mkdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, eventually, launchPacer, type Pacer, welcomePage } from './support/browser';
import { readMeter } from './support/popup';

let pacer: Pacer;
beforeEach(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  pacer = await launchPacer({ keepWelcome: true });
});
afterEach(async () => {
  await pacer.close();
});

/** Every row of one store of Pacer's IndexedDB, read from an extension page. */
async function storeRows(pacer: Pacer, store: string): Promise<Record<string, unknown>[]> {
  const page = await pacer.extensionPage();
  return page.evaluate(
    (store) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('pacer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result);
          };
        };
      }),
    store,
  );
}

describe('welcome page', () => {
  it('opens on install and says what Pacer sees, what it cannot, and how to add that', async () => {
    const welcome = await welcomePage(pacer.context, pacer.extensionId);
    await welcome.locator('select[name="plan"]').waitFor();
    const text = (await welcome.locator('main').textContent()) ?? '';
    for (const said of ['Sales Navigator', 'Recruiter', 'phone app', 'another computer', 'another browser'])
      expect(text).toContain(said);
    expect(await welcome.locator('a[href="options.html#add-activity"]').count()).toBe(1);
    expect(await welcome.locator('form[name="backfill"] input[name="invite-week"]').count()).toBe(1);
    await welcome.screenshot({ path: `${ARTIFACTS_DIR}/welcome.png`, fullPage: true });
    // The link leads to the form.
    await welcome.locator('a[href="options.html#add-activity"]').click();
    await welcome.locator('form[name="add-activity"]').waitFor();
  });

  it('a plan chosen there applies to the first account Pacer sees', async () => {
    const welcome = await welcomePage(pacer.context, pacer.extensionId);
    await welcome.locator('select[name="plan"]').selectOption('sales-navigator-core');
    await welcome.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await pacer.openLinkedIn('/in/jane-doe/');
    const own = await eventually(
      () => storeRows(pacer, 'accountSettings'),
      (rows) => rows.length === 1,
    );
    expect(own).toMatchObject([
      {
        account: 'urn:li:fsd_profile:ACoAAPatPacer999',
        value: { plan: 'sales-navigator-core', planConfirmed: true },
      },
    ]);
    const popup = await pacer.openPopup();
    await popup.locator('[data-meter="invites"][data-window="week"][data-limit="200"]').waitFor();
    expect(await readMeter(popup, 'invites', 'week')).toMatchObject({ used: '0', limit: '200' });
  });

  it('a backfill of 60 invites this week shows in the popup as 60 used', async () => {
    const welcome = await welcomePage(pacer.context, pacer.extensionId);
    const form = welcome.locator('form[name="backfill"]');
    await form.waitFor();
    // On a Monday this week is today, and on the 1st this month is: then the 60 are today's.
    const now = new Date();
    const first = now.getDay() === 1 || now.getDate() === 1;
    if (first) await form.locator('input[name="invite-today"]').fill('60');
    await form.locator('input[name="invite-week"]').fill('60');
    await form.locator('input[name="invite-month"]').fill('60');
    await form.locator('input[name="invite-note-week"]').fill('3');
    await form.locator('input[name="invite-note-month"]').fill('3');
    if (first) await form.locator('input[name="invite-note-today"]').fill('3');
    await form.locator('button[type="submit"]').click();
    await form.getByRole('status').filter({ hasText: 'Added 60 actions' }).waitFor();
    await welcome.screenshot({ path: `${ARTIFACTS_DIR}/welcome-backfill.png`, fullPage: true });

    const popup = await pacer.openPopup();
    await popup.locator('[data-meter="invites"][data-window="week"][data-used="60"]').waitFor();
    expect(await readMeter(popup, 'invites', 'week')).toMatchObject({ used: '60', remaining: '40' });
    expect(await readMeter(popup, 'invite-notes', 'month')).toMatchObject({ used: '3' });
    expect(await readMeter(popup, 'invites', 'day')).toMatchObject({ used: first ? '60' : '0' });
    await popup.screenshot({ path: `${ARTIFACTS_DIR}/welcome-backfill-popup.png`, fullPage: true });
    // The first account seen adopts them.
    await pacer.openLinkedIn('/in/jane-doe/');
    const events = await eventually(
      async () => (await storeRows(pacer, 'events')).filter((e) => e.kind === 'invite'),
      (rows) => rows.every((e) => e.account === 'urn:li:fsd_profile:ACoAAPatPacer999'),
    );
    expect(events).toHaveLength(60);
    expect(
      events.every((e) => e.source === 'manual' && e.account === 'urn:li:fsd_profile:ACoAAPatPacer999'),
    ).toBe(true);
  });
});
