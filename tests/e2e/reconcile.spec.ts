// LinkedIn's own sent-invitations list, opened in this browser, counts the invites sent elsewhere
// (the phone app, another computer) without counting twice one Pacer saw being sent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually, launchPacer, type Pacer, storedEvents } from './support/browser';
import { PEOPLE, type Person } from './support/fake-linkedin';
import { sendInvite } from './support/linkedin-actions';
import { readMeter } from './support/popup';

let pacer: Pacer;
beforeEach(async () => {
  pacer = await launchPacer();
});
afterEach(async () => {
  await pacer.close();
});

const person = (slug: string) => PEOPLE.find((p) => p.slug === slug) as Person;
/** The stored events, with the fields this test reads (storedEvents returns whole records). */
type Stored = Awaited<ReturnType<typeof storedEvents>>[number] & { key: string; source?: string };
const stored = async () => (await storedEvents(pacer)) as Stored[];

/** The REST list's normalized answer (eilonmore/linkedin-private-api's shape), as the page gets it. */
function sentList(rows: { id: string; to: Person; sentTime: number; note: boolean }[]) {
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
        customMessage: r.note,
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

describe('reconciliation with LinkedIn’s sent list', () => {
  it('counts the invites sent elsewhere on the week meter, and the one sent here once', async () => {
    pacer.linkedin.fixedInvitationUrn = 'urn:li:fsd_invitation:7233657330999';
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await sendInvite(page);
    await eventually(
      () => stored(),
      (events) => events.some((e) => e.key === 'invite:7233657330999'),
    );
    const now = Date.now();
    pacer.linkedin.sentInvitations = sentList([
      { id: '7233657330999', to: person('jane-doe'), sentTime: now - 5_000, note: false },
      { id: '7233657330100', to: person('john-roe'), sentTime: now - 60_000, note: true },
      { id: '7233657330050', to: person('olga-open'), sentTime: now - 20 * 86_400_000, note: false },
    ]);
    // The page loads its list (My Network › Manage invitations › Sent): Pacer only reads the answer.
    await page.evaluate(() =>
      fetch(
        '/voyager/api/relationships/sentInvitationViewsV2?count=10&invitationType=CONNECTION&q=invitationType&start=0',
      ),
    );
    const events = await eventually(
      () => stored(),
      (es) => es.filter((e) => e.kind === 'invite').length === 3,
    );
    const invites = events.filter((e) => e.kind === 'invite').sort((a, b) => a.key.localeCompare(b.key));
    expect(invites.map((e) => [e.key, e.source ?? 'observed', e.withNote])).toEqual([
      ['invite:7233657330999', 'observed', false],
      ['linkedin:7233657330050', 'linkedin', false],
      ['linkedin:7233657330100', 'linkedin', true],
    ]);
    const popup = await pacer.openPopup();
    await popup.locator('[data-meter="invites"][data-window="week"][data-used="2"]').waitFor();
    expect((await readMeter(popup, 'invites', 'week')).used).toBe('2');
    // The list loaded again (a scroll, a revisit): nothing more is counted.
    await page.evaluate(() =>
      fetch(
        '/voyager/api/relationships/sentInvitationViewsV2?count=10&invitationType=CONNECTION&q=invitationType&start=0',
      ),
    );
    await page.waitForTimeout(1500);
    expect((await stored()).filter((e) => e.kind === 'invite')).toHaveLength(3);
  });
});
