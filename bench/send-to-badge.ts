// Send → badge updated, in the browser, with the year of data in IndexedDB: on a FakeLinkedIn profile
// page, the page itself POSTs an invite (as LinkedIn's app does); the time LinkedIn's answer reaches
// the page is taken there (Date.now() when fetch resolves), and an extension page polls the toolbar
// badge (text and tooltip, every ~4 ms) until it changes. Latency = badge changed − answer received.
// The seeded data keeps "invites" the tightest meter, so every invite changes the badge.
import type { Page } from 'playwright-core';
import { inpage } from './browser';
import { MAIN_ACCOUNT, type ScaleSession } from './meters-at-scale';
import { type Figure, figure, median, summary } from './report';

const INVITE_URL =
  '/voyager/api/voyagerRelationshipsDashMemberRelationships?action=verifyQuotaAndCreateV2&decorationId=com.linkedin.voyager.dash.deco.relationships.InvitationCreationResultWithInvitee-2';

/** The invitee of the page's `n`-th invite (`tag` keeps each figure's invitees apart). */
export const inviteeOf = (n: number, tag = 'Badge') => `urn:li:fsd_profile:ACoAA${tag}${n}`;

/** The page POSTs one invite; resolves with the epoch ms at which the answer reached it. */
export function pageInvite(page: Page, n: number, tag = 'Badge'): Promise<number> {
  const body = JSON.stringify({ invitee: { inviteeUnion: { memberProfile: inviteeOf(n, tag) } } });
  return page.evaluate(
    async ({ url, body }) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=UTF-8', 'csrf-token': 'ajax:0000' },
        body,
      });
      const at = Date.now();
      await res.text();
      return at;
    },
    { url: INVITE_URL, body },
  );
}

export async function benchSendToBadge(
  s: ScaleSession,
  o: { sends: number; warmup: number },
): Promise<{ figures: Figure[]; diagnostics: Record<string, unknown> }> {
  const page = await s.pacer.openLinkedIn('/in/jane-doe/');
  try {
    // The page reports who is logged in (/me): wait until the badge speaks for that account.
    const id = MAIN_ACCOUNT.replace('urn:li:fsd_profile:', '');
    for (let i = 0; i < 100; i++) {
      const b = await inpage<{ title: string }>(s.probe, 'badgeNow');
      if (b.title.includes(id)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const latencies: number[] = [];
    const badges: string[] = [];
    let missed = 0;
    for (let i = 0; i < o.warmup + o.sends; i++) {
      await inpage(s.probe, 'badgeArm', 5000);
      const answeredAt = await pageInvite(page, i);
      const changed = await inpage<{ at: number; text: string; title: string } | null>(s.probe, 'badgeWait');
      if (i < o.warmup) continue;
      if (!changed) missed++;
      else {
        latencies.push(changed.at - answeredAt);
        badges.push(changed.text);
      }
      // A rep does not send twice within a tenth of a second; let the worker settle.
      await new Promise((r) => setTimeout(r, 100));
    }
    return {
      figures: [
        figure({
          id: 'badge.sendToBadge',
          group: 'Send → badge',
          label: 'answer received → badge updated',
          value: missed > 0 ? Number.POSITIVE_INFINITY : median(latencies),
          unit: 'ms',
          budget: { op: '<=', value: 100 },
          detail: {
            ms: summary(latencies, 0),
            sends: o.sends,
            badgeNeverChanged: missed,
            badgeTexts: badges,
            resolution: 'badge polled every ~4 ms (setTimeout 2 ms, clamped)',
          },
        }),
      ],
      diagnostics: {},
    };
  } finally {
    await page.close();
  }
}
