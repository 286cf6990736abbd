// Two LinkedIn accounts in one browser, one per tab, on two plans: the badge and the popup follow
// the tab in use, the popup asks each new account's plan once (LinkedIn's Premium flag suggested),
// the options page edits the picked account's settings, and a tab signed in as someone else files
// its first profile view under the new account.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, eventually, launchPacer, type Pacer, storedEvents } from './support/browser';
import type { Member } from './support/fake-linkedin';
import { sendInvite } from './support/linkedin-actions';
import { readMeter } from './support/popup';

const PAT = 'urn:li:fsd_profile:ACoAAPatPacer999';
const BOB: Member = {
  slug: 'bob-baker',
  id: 'ACoAABobBaker777',
  premium: true,
  firstName: 'Bob',
  lastName: 'Baker',
};
const CAROL: Member = {
  slug: 'carol-c',
  id: 'ACoAACarolCar555',
  premium: false,
  firstName: 'Carol',
  lastName: 'Cole',
};
const urn = (m: Member) => `urn:li:fsd_profile:${m.id}`;

let pacer: Pacer;
let tabPat: Page;
let tabBob: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  pacer = await launchPacer();
});
afterAll(async () => {
  await pacer?.close();
});

/** A new tab signed in as `member`, opened on `path`. */
async function openAs(member: Member, path: string): Promise<Page> {
  const page = await pacer.context.newPage();
  pacer.linkedin.signIn(page, member);
  await page.goto(`https://www.linkedin.com${path}`);
  return page;
}

const accounts = async () => {
  const ext = await pacer.extensionPage();
  return ext.evaluate(
    () =>
      new Promise<{ account: string; name?: string; premium?: boolean }[]>((resolve, reject) => {
        const open = indexedDB.open('pacer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('accounts').objectStore('accounts').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result);
          };
        };
      }),
  );
};

/** Brings a tab to the front as a click on it would, and waits for the badge to say `text`. */
async function use(page: Page, text: string) {
  await page.bringToFront();
  const badge = await eventually(
    () => pacer.badge(),
    (b) => b.text === text,
  );
  expect(badge.text).toBe(text);
  return badge;
}

describe('two LinkedIn accounts in one browser', () => {
  it('sees each tab’s account, with its name for the pickers', async () => {
    tabPat = await pacer.openLinkedIn('/in/jane-doe/');
    await sendInvite(tabPat);
    tabBob = await openAs(BOB, '/in/john-roe/');
    await sendInvite(tabBob);
    await sendInvite(await openAs(BOB, '/in/olga-open/'));
    const seen = await eventually(accounts, (a) => a.length === 2);
    const byId = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(seen.map((a) => [a.account, a.name, a.premium]).sort(byId)).toEqual(
      [
        [PAT, 'Pat Pacer', false],
        [urn(BOB), 'Bob Baker', true],
      ].sort(byId),
    );
    const events = await eventually(
      () => storedEvents(pacer),
      (e) => e.filter((x) => x.kind === 'invite').length === 3,
    );
    const invites = events.filter((e) => e.kind === 'invite').map((e) => e.account);
    expect(invites.sort()).toEqual([PAT, urn(BOB), urn(BOB)].sort());
  });

  it('the badge follows the tab in use', async () => {
    // Free: 20 invites a day is the tightest meter; Pat sent 1, Bob 2.
    // The tooltip names the account as a person knows it (its name), never by its raw profile id.
    const pat = (await use(tabPat, '19')).title;
    expect(pat).toMatch(/^Pacer \(Pat Pacer\) — /);
    expect(pat).not.toContain('ACoAAPatPacer999');
    const bob = (await use(tabBob, '18')).title;
    expect(bob).toMatch(/^Pacer \(Bob Baker\) — /);
    expect(bob).not.toContain(BOB.id);
    expect((await use(tabPat, '19')).text).toBe('19');
  });

  it('the popup opens on the tab’s account and asks its plan once', async () => {
    await use(tabPat, '19');
    const popup = await pacer.openPopup();
    const ask = popup.locator('[data-ask="plan"]');
    await ask.waitFor();
    expect(await popup.locator('select[name="account"]').inputValue()).toBe(PAT);
    // Pat is not Premium by LinkedIn's flag: Free suggested.
    expect(await ask.locator('[data-suggest="plan"]').getAttribute('value')).toBe('free');
    await popup.screenshot({ path: `${ARTIFACTS_DIR}/accounts-popup-ask.png` });
    await ask.locator('select[name="plan"]').selectOption('free');
    await ask.locator('button[type="submit"]').click();
    await ask.waitFor({ state: 'detached' });
    await popup.close();

    // Closing a tab brings its neighbour to the front (the popup here is a tab): back to Pat's.
    await use(tabPat, '19');
    const again = await pacer.openPopup();
    await again.locator('[data-meter="messages"][data-window="week"]').waitFor();
    expect(await again.locator('select[name="account"]').inputValue()).toBe(PAT);
    // Read after the store answered, not just the first paint from the snapshot.
    await again.waitForTimeout(300);
    expect(await again.locator('[data-ask="plan"]').count()).toBe(0);
    await again.close();
  });

  it('the other tab’s account has its own plan, taken from the suggestion with one click', async () => {
    await use(tabBob, '18');
    const popup = await pacer.openPopup();
    const suggest = popup.locator('[data-ask="plan"] [data-suggest="plan"]');
    await suggest.waitFor();
    expect(await popup.locator('select[name="account"]').inputValue()).toBe(urn(BOB));
    expect(await suggest.textContent()).toBe('Use Premium Career');
    await suggest.click();
    await popup.locator('[data-ask="plan"]').waitFor({ state: 'detached' });
    // Premium: 150 messages a week; Pat, on Free, keeps 100.
    await eventually(
      () => readMeter(popup, 'messages', 'week'),
      (m) => m.limit === '150',
    );
    await popup.screenshot({ path: `${ARTIFACTS_DIR}/accounts-popup-bob.png` });
    await popup.locator('select[name="account"]').selectOption(PAT);
    await eventually(
      () => readMeter(popup, 'messages', 'week'),
      (m) => m.limit === '100',
    );
    await popup.close();
  });

  it('the options page edits the account in use, and says what all accounts share', async () => {
    await use(tabBob, '18');
    const options = await pacer.openOptions();
    const account = options.locator('select[name="account"]');
    await options.locator('select[name="plan"]').waitFor();
    expect(await account.inputValue()).toBe(urn(BOB));
    expect(await options.locator('select[name="plan"]').inputValue()).toBe('premium-career');
    expect(await options.locator('legend', { hasText: 'Zones (all accounts)' }).count()).toBe(1);
    await options.screenshot({ path: `${ARTIFACTS_DIR}/accounts-options.png`, fullPage: false });
    await account.selectOption(PAT);
    await eventually(
      () => options.locator('select[name="plan"]').inputValue(),
      (v) => v === 'free',
    );
    await options.close();
  });

  it('a tab signed in as someone else files its first profile view under the new account', async () => {
    pacer.linkedin.signIn(tabPat, CAROL);
    await tabPat.goto('https://www.linkedin.com/in/marie-dupont/');
    const events = await eventually(
      () => storedEvents(pacer),
      (e) => e.some((x) => x.kind === 'profile-view' && x.target === 'marie-dupont'),
    );
    const views = events.filter((e) => e.kind === 'profile-view' && e.target === 'marie-dupont');
    expect(views.map((e) => e.account)).toEqual([urn(CAROL)]);
    // The badge follows the tab's new account: Carol's one view of 50 a day is her tightest meter.
    expect((await use(tabPat, '49')).title).toMatch(/^Pacer \(Carol Cole\) — /);
  });
});
