// Account health: the popup's health line from LinkedIn's own lists (the sent list's pending
// invitations, the connections list's acceptances, the connections page's count), the options
// page's details, and the invite dialog's warnings: a re-invite within 3 weeks of a withdrawal, and
// the 30,000-connection cap. LinkedIn's answers are served; Pacer only reads them.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, eventually, launchPacer, type Pacer, storedEvents } from './support/browser';
import { PEOPLE, type Person } from './support/fake-linkedin';
import { sendInvite } from './support/linkedin-actions';

let pacer: Pacer;
beforeEach(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  pacer = await launchPacer();
});
afterEach(async () => {
  await pacer.close();
});

const DAY = 86_400_000;
const jane = PEOPLE.find((p) => p.slug === 'jane-doe') as Person;
const json = (body: unknown) => ({
  status: 200,
  contentType: 'application/json',
  body: JSON.stringify(body),
});

/** `n` people LinkedIn knows the user invited (invented ids). */
const invitees = (n: number, from = 0): Person[] =>
  Array.from({ length: n }, (_, i) => ({
    slug: `invitee-${from + i}`,
    id: `ACoAAInvitee${String(from + i).padStart(4, '0')}`,
    name: `Invitee ${from + i}`,
    headline: '',
    compose: 'CONNECTION_MESSAGE' as const,
  }));

/** The REST sent list's normalized answer (eilonmore/linkedin-private-api's shape). */
function sentList(rows: { id: string; to: Person; sentTime: number }[]) {
  const T = 'com.linkedin.voyager.relationships.invitation.';
  return {
    data: { '*elements': rows.map((r) => `urn:li:fs_relSentInvitationView:${r.id}`) },
    included: rows.flatMap((r) => [
      {
        $type: `${T}SentInvitationViewV2`,
        entityUrn: `urn:li:fs_relSentInvitationView:${r.id}`,
        '*invitation': `urn:li:fs_relInvitation:${r.id}`,
      },
      {
        $type: `${T}Invitation`,
        entityUrn: `urn:li:fs_relInvitation:${r.id}`,
        '*toMember': `urn:li:fs_miniProfile:${r.to.id}`,
        sentTime: r.sentTime,
        customMessage: false,
        invitationType: 'SENT',
      },
      {
        $type: 'com.linkedin.voyager.identity.shared.MiniProfile',
        entityUrn: `urn:li:fs_miniProfile:${r.to.id}`,
        dashEntityUrn: `urn:li:fsd_profile:${r.to.id}`,
        publicIdentifier: r.to.slug,
      },
    ]),
  };
}

/** The connections list's normalized answer (russ-blaisdell/linked's shape). */
function connectionsList(people: Person[], at: number) {
  return {
    data: { '*elements': people.map((p) => `urn:li:fsd_connection:${p.id}`) },
    included: people.map((p) => ({
      $type: 'com.linkedin.voyager.dash.relationships.Connection',
      entityUrn: `urn:li:fsd_connection:${p.id}`,
      createdAt: at,
      connectedMember: `urn:li:fsd_profile:${p.id}`,
    })),
  };
}

/** The page loads one of LinkedIn's lists, as My Network does: Pacer only reads the answer. */
const load = (page: Page, path: string) => page.evaluate((p) => fetch(p).then((r) => r.status), path);

async function serveCount(page: Page, count: number) {
  await page.route('**/voyager/api/relationships/connectionsSummary', (route) =>
    route.fulfill(
      json({ entityUrn: 'urn:li:fs_relConnectionsSummary:ACoAAPatPacer', numConnections: count }),
    ),
  );
}

describe('account health', () => {
  it('the popup line and the options section show acceptance, the pending backlog and the cap', async () => {
    const now = Date.now();
    const old = invitees(25);
    const recent = invitees(5, 100);
    pacer.linkedin.sentInvitations = sentList([
      ...old.map((to, i) => ({ id: String(7_100_000 + i), to, sentTime: now - 45 * DAY })),
      ...recent.map((to, i) => ({ id: String(7_200_000 + i), to, sentTime: now - (i < 2 ? 25 : 2) * DAY })),
    ]);
    const page = await pacer.openLinkedIn('/mynetwork/invitation-manager/sent/');
    await load(
      page,
      '/voyager/api/relationships/sentInvitationViewsV2?count=100&invitationType=CONNECTION&q=invitationType&start=0',
    );
    await eventually(
      () => storedEvents(pacer),
      (es) => es.filter((e) => e.kind === 'invite').length === 30,
    );
    // My Network › Connections: 8 of the old invitees accepted; the page's count is near the cap.
    await page.route('**/voyager/api/relationships/dash/connections**', (route) =>
      route.fulfill(json(connectionsList(old.slice(0, 8), now - 40 * DAY))),
    );
    await serveCount(page, 29_412);
    await load(
      page,
      '/voyager/api/relationships/dash/connections?count=40&q=search&sortType=RECENTLY_ADDED&start=0',
    );
    await load(page, '/voyager/api/relationships/connectionsSummary');

    const popup = await pacer.openPopup();
    const line = popup.locator('[data-health]');
    await popup.locator('[data-health-part="cap"][data-count="29412"]').waitFor();
    expect(await line.textContent()).toBe('Health: 32 % accepted · 22 pending · 29,412 connections');
    expect(await line.getAttribute('data-zone')).toBe('warn'); // the cap
    expect(await popup.locator('[data-health-part="pending"]').getAttribute('data-count')).toBe('22');
    await popup.screenshot({ path: `${ARTIFACTS_DIR}/health-popup.png` });

    const options = await pacer.openOptions();
    const section = options.locator('[data-section="health"]');
    await section.locator('[data-health-part="acceptance"][data-basis="25"]').waitFor();
    expect(await section.locator('[data-health-part="acceptance"]').textContent()).toContain(
      '8 accepted of 25 invitations sent 30–60 days ago',
    );
    // Pending over 3 weeks: the 17 old ones not accepted, and the 2 sent 25 days ago.
    expect(await section.locator('[data-list="stale-pending"] li').count()).toBe(19);
    expect(await section.locator('a[data-link="withdraw"]').getAttribute('href')).toBe(
      'https://www.linkedin.com/mynetwork/invitation-manager/sent/',
    );
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `${ARTIFACTS_DIR}/health-options.png` });
  });

  it('warns in the invite dialog about a re-invite within 3 weeks of a withdrawal, and about the cap', async () => {
    pacer.linkedin.fixedInvitationUrn = 'urn:li:fsd_invitation:7233657330777';
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await sendInvite(page);
    // My Network › Manage invitations › Sent, then Withdraw: LinkedIn answers the page's requests.
    pacer.linkedin.sentInvitations = sentList([
      { id: '7233657330777', to: jane, sentTime: Date.now() - 60_000 },
    ]);
    const sent = await pacer.openLinkedIn('/mynetwork/invitation-manager/sent/');
    await load(
      sent,
      '/voyager/api/relationships/sentInvitationViewsV2?count=10&invitationType=CONNECTION&q=invitationType&start=0',
    );
    await sent.route('**/voyager/api/voyagerRelationshipsDashInvitations/**', (route) =>
      route.fulfill(json({ value: {} })),
    );
    await sent.evaluate(() =>
      fetch(
        '/voyager/api/voyagerRelationshipsDashInvitations/urn%3Ali%3Afsd_invitation%3A7233657330777?action=withdraw',
        { method: 'POST', body: JSON.stringify({ invitationType: 'CONNECTION' }) },
      ),
    );
    await eventually(
      () => storedEvents(pacer),
      (es) => es.some((e) => e.kind === 'invite-withdrawn'),
    );

    // Jane's profile again (its address names her by slug; the sent list named both): the dialog warns.
    const again = await pacer.openLinkedIn('/in/jane-doe/');
    await again.click('#connect');
    const banner = again.locator('[data-pacer-banner]');
    await banner.waitFor();
    expect(await banner.getAttribute('data-zone')).toBe('red');
    const text = (await banner.locator('p').allTextContents()).join(' | ');
    const free = new Date(Date.now() + 21 * DAY);
    // The day as the browser's locale writes it ("Fri, Dec 25" in en-US, "Fri 25 Dec" in en-GB).
    const locale = await again.evaluate(() => navigator.language);
    const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(
      free,
    );
    expect(text).toContain(`withdrawn less than 3 weeks ago: LinkedIn blocks a new one until ${day}`);

    // Someone else: no cooldown. Then the count reaches the cap: every invite dialog says so.
    const other = await pacer.openLinkedIn('/in/john-roe/');
    await serveCount(other, 30_000);
    await load(other, '/voyager/api/relationships/connectionsSummary');
    await eventually(
      async () =>
        (await pacer.extensionPage()).evaluate(async () => {
          const open = indexedDB.open('pacer');
          const db: IDBDatabase = await new Promise((ok) => {
            open.onsuccess = () => ok(open.result);
          });
          const rows: { connections?: { count: number } }[] = await new Promise((ok) => {
            const req = db.transaction('accounts').objectStore('accounts').getAll();
            req.onsuccess = () => ok(req.result);
          });
          db.close();
          return rows.map((r) => r.connections?.count ?? null);
        }),
      (counts) => counts.includes(30_000),
    );
    await other.click('#connect');
    const capBanner = other.locator('[data-pacer-banner]');
    await capBanner.waitFor();
    const capText = (await capBanner.locator('p').allTextContents()).join(' | ');
    expect(capText).toContain(
      "30,000 of LinkedIn's 30,000 connections; at the cap the Connect button turns into Follow",
    );
    expect(capText).not.toContain('withdrawn');
    expect(await capBanner.getAttribute('data-zone')).toBe('red');
  });
});
