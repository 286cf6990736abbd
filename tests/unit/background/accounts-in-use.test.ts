// Several LinkedIn accounts in one browser: a tab's new page waits for its own identity before a
// profile view is filed, the badge follows the LinkedIn tab in use, and what LinkedIn says about an
// account (its name, Sales Navigator or Recruiter pages used) is noted on that account.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SURFACE_NOTE_MS } from '../../../lib/background/accounts';
import { IDENTITY_WAIT_MS } from '../../../lib/background/navigation';
import { recordEvent } from '../../../lib/db/events-store';
import type { Exchange } from '../../../lib/linkedin/vocabulary';
import { FOCUS_KEY } from '../../../lib/storage/keys';
import { type TestWorker, testWorker } from './test-worker';

const ALICE = { id: 'ACoAAAliceAcct01', slug: 'alice-a', first: 'Alice', last: 'Able' };
const BOB = { id: 'ACoAABobAccount2', slug: 'bob-b', first: 'Bob', last: 'Baker' };
const urn = (p: { id: string }) => `urn:li:fsd_profile:${p.id}`;
const T0 = Date.parse('2026-11-24T10:00:00Z');

/** LinkedIn's `/me` answer for a member, as the page's own request gets it. */
function me(p: typeof ALICE, premium = false): Exchange {
  return {
    method: 'GET',
    url: 'https://www.linkedin.com/voyager/api/me',
    status: 200,
    responseBody: JSON.stringify({
      data: { premiumSubscriber: premium, '*miniProfile': `urn:li:fs_miniProfile:${p.id}` },
      included: [
        {
          entityUrn: `urn:li:fs_miniProfile:${p.id}`,
          dashEntityUrn: urn(p),
          publicIdentifier: p.slug,
          firstName: p.first,
          lastName: p.last,
        },
      ],
    }),
  };
}
const profile = (slug: string) => ({ url: `https://www.linkedin.com/in/${slug}/` });

let now = T0;
let w: TestWorker;
beforeEach(() => {
  fakeBrowser.reset();
  now = T0;
  w = testWorker({ clock: () => now, timeZone: () => 'UTC' });
});
afterEach(() => w.dispose());

const views = async () =>
  (await w.db.events.toArray())
    .filter((e) => e.kind === 'profile-view')
    .map((e) => [e.target, e.account, e.at]);

describe('after the user signs in as someone else in a tab', () => {
  it('files the first view of the new page under the new account, once its identity arrives', async () => {
    await w.worker.reportNavigation({ url: 'https://www.linkedin.com/feed/' }, 1, 'doc-1');
    await w.worker.reportExchanges([me(ALICE)], 1);
    expect(await w.worker.reportNavigation(profile('jane-doe'), 1, 'doc-1')).toBe(true);
    // Signed out, signed in as Bob: a new page, whose first location comes before its identity.
    now = T0 + 60_000;
    expect(await w.worker.reportNavigation(profile('john-roe'), 1, 'doc-2')).toBe(false);
    expect(await views()).toEqual([['jane-doe', urn(ALICE), T0]]);
    now = T0 + 61_000;
    await w.worker.reportExchanges([me(BOB)], 1);
    expect(await views()).toEqual([
      ['jane-doe', urn(ALICE), T0],
      ['john-roe', urn(BOB), T0 + 60_000],
    ]);
    // The same page goes on: views are filed at once.
    now = T0 + 62_000;
    expect(await w.worker.reportNavigation(profile('olga-open'), 1, 'doc-2')).toBe(true);
    expect((await views()).at(-1)).toEqual(['olga-open', urn(BOB), T0 + 62_000]);
  });

  it('never counts the new member’s own profile, learned from the identity that released it', async () => {
    await w.worker.reportExchanges([me(ALICE)], 1);
    await w.worker.reportNavigation(profile(BOB.slug), 1, 'doc-2');
    await w.worker.reportExchanges([me(BOB)], 1);
    expect(await views()).toEqual([]);
  });

  it('files a view whose page never says whose it is under the tab’s latest account, after the wait', async () => {
    await w.worker.reportExchanges([me(ALICE)], 1);
    await w.worker.reportNavigation(profile('jane-doe'), 1, 'doc-2');
    now = T0 + IDENTITY_WAIT_MS - 1;
    await w.worker.reportNavigation({ url: 'https://www.linkedin.com/feed/' }, 1, 'doc-2');
    expect(await views()).toEqual([]);
    now = T0 + IDENTITY_WAIT_MS;
    await w.worker.reportNavigation({ url: 'https://www.linkedin.com/feed/' }, 1, 'doc-2');
    expect(await views()).toEqual([['jane-doe', urn(ALICE), T0]]);
    // The wait is over for this page: the next view is not held.
    expect(await w.worker.reportNavigation(profile('john-roe'), 1, 'doc-2')).toBe(true);
  });

  it('keeps the views of a page left before its identity arrived, and files them with the next page’s', async () => {
    await w.worker.reportExchanges([me(ALICE)], 1);
    // Quick navigations: each page is gone before its own identity answer came.
    expect(await w.worker.reportNavigation(profile('jane-doe'), 1, 'doc-2')).toBe(false);
    now = T0 + 1000;
    expect(await w.worker.reportNavigation(profile('john-roe'), 1, 'doc-3')).toBe(false);
    now = T0 + 2000;
    await w.worker.reportExchanges([me(ALICE)], 1);
    expect((await views()).sort()).toEqual([
      ['jane-doe', urn(ALICE), T0],
      ['john-roe', urn(ALICE), T0 + 1000],
    ]);
  });

  it('files the views still waiting when the tab closes (a meter never undercounts)', async () => {
    await w.worker.reportExchanges([me(ALICE)], 1);
    await w.worker.reportNavigation(profile('jane-doe'), 1, 'doc-2');
    await w.worker.tabClosed(1);
    expect(await views()).toEqual([['jane-doe', urn(ALICE), T0]]);
    expect(await browser.storage.session.get(null)).not.toHaveProperty('tabPage:1');
  });

  it('without a document id (no Chromium), files a view at once, as before', async () => {
    await w.worker.reportExchanges([me(ALICE)], 1);
    expect(await w.worker.reportNavigation(profile('jane-doe'), 1)).toBe(true);
  });

  it('keeps another tab’s views out of the wait', async () => {
    await w.worker.reportExchanges([me(ALICE)], 1);
    await w.worker.reportNavigation(profile('jane-doe'), 1, 'doc-a');
    await w.worker.reportExchanges([me(BOB)], 2);
    // Tab 1's page is still waiting; Bob's identity came from tab 2 and releases nothing of it.
    expect(await views()).toEqual([]);
    await w.worker.reportExchanges([me(ALICE)], 1);
    expect(await views()).toEqual([['jane-doe', urn(ALICE), T0]]);
  });
});

describe('the badge', () => {
  const badgeText = () => browser.action.getBadgeText({});
  /** Alice has sent 3 invites today, Bob 1: the tightest meter (20 a day on Free) tells them apart. */
  async function twoTabs() {
    await w.worker.reportExchanges([me(ALICE)], 1);
    await w.worker.reportExchanges([me(BOB)], 2);
    for (const [i, account] of [urn(ALICE), urn(ALICE), urn(ALICE), urn(BOB)].entries())
      await recordEvent(w.db, { key: `i${i}`, account, kind: 'invite', at: T0 - 60_000 });
  }

  it('follows the LinkedIn tab in use, and keeps it while a tab of another site is in use', async () => {
    await twoTabs();
    await w.worker.tabActivated(1);
    expect(await badgeText()).toBe('17');
    await w.worker.tabActivated(2);
    expect(await badgeText()).toBe('19');
    await w.worker.tabActivated(3); // not LinkedIn
    expect(await badgeText()).toBe('19');
    await w.worker.tabActivated(1);
    expect(await badgeText()).toBe('17');
    // The worker holds nothing in memory that matters: a new one shows the same.
    const again = testWorker({ clock: () => now, timeZone: () => 'UTC' });
    expect(await browser.storage.session.get(FOCUS_KEY)).toEqual({
      [FOCUS_KEY]: { tab: 1, account: urn(ALICE) },
    });
    await again.dispose();
  });

  it('follows a tab in use that learns its account, or switches account', async () => {
    await twoTabs();
    await w.worker.tabActivated(1);
    expect(await badgeText()).toBe('17');
    await w.worker.tabActivated(5); // a new tab, LinkedIn not answered yet
    expect(await badgeText()).toBe('17');
    await w.worker.reportExchanges([me(BOB)], 5);
    expect(await badgeText()).toBe('19');
    await w.worker.reportExchanges([me(ALICE)], 5); // signed in as Alice in that tab
    expect(await badgeText()).toBe('17');
  });
});

describe('what LinkedIn says about an account', () => {
  it('keeps the member’s name (for the account picker)', async () => {
    await w.worker.reportExchanges([me(ALICE, true)], 1);
    expect(await w.db.accounts.get(urn(ALICE))).toMatchObject({
      name: 'Alice Able',
      slug: 'alice-a',
      premium: true,
    });
  });

  it('notes Sales Navigator and Recruiter pages on the tab’s account, at most once an hour', async () => {
    await w.worker.reportExchanges([me(ALICE)], 1);
    await w.worker.reportExchanges([me(BOB)], 2);
    await w.worker.reportNavigation({ url: 'https://www.linkedin.com/sales/home' }, 1, 'doc-1');
    await w.worker.reportNavigation({ url: 'https://www.linkedin.com/talent/home' }, 2, 'doc-2');
    // doc-1 / doc-2 are new pages that did not say whose they are: nothing noted yet.
    expect(await w.db.accounts.get(urn(ALICE))).not.toHaveProperty('salesNavigatorSeenAt');
    await w.worker.reportExchanges([me(ALICE)], 1);
    await w.worker.reportExchanges([me(BOB)], 2);
    now = T0 + 1000;
    await w.worker.reportNavigation({ url: 'https://www.linkedin.com/sales/lead/ACwAAx,NAME,x' }, 1, 'doc-1');
    await w.worker.reportNavigation({ url: 'https://www.linkedin.com/talent/home' }, 2, 'doc-2');
    expect(await w.db.accounts.get(urn(ALICE))).toMatchObject({ salesNavigatorSeenAt: T0 + 1000 });
    expect(await w.db.accounts.get(urn(ALICE))).not.toHaveProperty('recruiterSeenAt');
    expect(await w.db.accounts.get(urn(BOB))).toMatchObject({ recruiterSeenAt: T0 + 1000 });
    now = T0 + 1000 + SURFACE_NOTE_MS - 1;
    await w.worker.reportNavigation({ url: 'https://www.linkedin.com/sales/home' }, 1, 'doc-1');
    expect(await w.db.accounts.get(urn(ALICE))).toMatchObject({ salesNavigatorSeenAt: T0 + 1000 });
    now = T0 + 1000 + SURFACE_NOTE_MS;
    await w.worker.reportNavigation({ url: 'https://www.linkedin.com/sales/home' }, 1, 'doc-1');
    expect(await w.db.accounts.get(urn(ALICE))).toMatchObject({ salesNavigatorSeenAt: now });
  });

  it('notes Sales Navigator from its requests too', async () => {
    await w.worker.reportExchanges(
      [
        me(ALICE),
        {
          method: 'GET',
          url: 'https://www.linkedin.com/sales-api/salesApiProfiles/(profileId:ACwAAx,authType:NAME,authToken:t)',
          status: 200,
          responseBody: '{}',
        },
      ],
      1,
    );
    expect(await w.db.accounts.get(urn(ALICE))).toMatchObject({ salesNavigatorSeenAt: T0 });
  });
});
