// The engagement meter in a real browser: messages to connections, profile views, comments and
// reactions of the day on one meter; a withdrawn reaction leaves it; replies never join it.
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually, launchPacer, type Pacer, storedCounts } from './support/browser';
import { PEOPLE } from './support/fake-linkedin';
import { sendMessage } from './support/linkedin-actions';
import { readMeter } from './support/popup';

let pacer: Pacer;
beforeEach(async () => {
  pacer = await launchPacer();
});
afterEach(async () => {
  await pacer.close();
});

const SDUI = '/flagship-web/rsc-action/actions/server-request?sduiid=';
const POST = '7300000000000000003';

/** What LinkedIn's own page sends when the member reacts, unreacts or comments (as the feed does). */
function sdui(page: Page, action: string, payload: unknown) {
  return page.evaluate(([url, body]) => fetch(url, { method: 'POST', body }).then((r) => r.status), [
    `${SDUI}${action}`,
    JSON.stringify({
      requestId: action,
      serverRequest: { requestId: action, requestedArguments: { payload, requestedStateKeys: [] } },
    }),
  ] as const);
}
const onPost = { threadUrn: { threadUrnActivityThreadUrn: { activityUrn: { activityId: POST } } } };

async function engagement(popup: Page, used: string) {
  await popup.reload();
  await popup.locator(`[data-meter="engagement"][data-window="day"][data-used="${used}"]`).waitFor();
  return readMeter(popup, 'engagement', 'day');
}

describe('the engagement meter', () => {
  it('is absent until switched on, then sums a message, a profile view, a comment and a reaction', async () => {
    let popup = await pacer.openPopup();
    await popup.locator('[data-meter="invites"][data-window="week"]').waitFor();
    expect(await popup.locator('[data-meter="engagement"]').count()).toBe(0);
    await popup.close();

    const options = await pacer.openOptions();
    // Saved through the worker, the box shows the stored setting once it is saved.
    await options.locator('input[name="engagementMeter"]').click();
    await eventually(
      () => options.locator('input[name="engagementMeter"]').isChecked(),
      (on) => on,
    );
    await options.close();

    const page = await pacer.openLinkedIn('/in/jane-doe/'); // a profile view
    await sendMessage(page, 'Hello Jane, quick question about your Q3 plans.'); // a message to a connection
    expect(
      await page.evaluate(() =>
        fetch(
          '/voyager/api/voyagerSocialDashNormComments?decorationId=com.linkedin.voyager.dash.deco.social.NormComment-43',
          {
            method: 'POST',
            body: JSON.stringify({
              commentary: { text: 'Great post', attributesV2: [] },
              threadUrn: 'urn:li:activity:7300000000000000001',
            }),
          },
        ).then((r) => r.status),
      ),
    ).toBe(201);
    expect(
      await sdui(page, 'com.linkedin.sdui.reactions.create', {
        ...onPost,
        reactionType: 'ReactionType_LIKE',
      }),
    ).toBe(200);
    // A changed reaction type is still one reaction.
    expect(
      await sdui(page, 'com.linkedin.sdui.reactions.create', {
        ...onPost,
        reactionType: 'ReactionType_PRAISE',
      }),
    ).toBe(200);

    const counts = await eventually(
      () => storedCounts(pacer),
      (c) => c.reaction === 1 && c.comment === 1 && c.message === 1 && c['profile-view'] === 1,
    );
    expect(counts).toMatchObject({ reaction: 1, comment: 1, message: 1, 'profile-view': 1 });
    popup = await pacer.openPopup();
    expect(await engagement(popup, '4')).toEqual({ used: '4', limit: '100', remaining: '96', zone: 'ok' });

    // Withdrawn: the reaction leaves the meter.
    expect(
      await sdui(page, 'com.linkedin.sdui.reactions.delete', {
        ...onPost,
        reactionType: 'ReactionType_PRAISE',
      }),
    ).toBe(200);
    await eventually(
      () => storedCounts(pacer),
      (c) => (c.reaction ?? 0) === 0,
    );
    expect(await engagement(popup, '3')).toEqual({ used: '3', limit: '100', remaining: '97', zone: 'ok' });

    // A reply (a thread Jane started) is counted as a reply, not on the engagement meter.
    const jane = PEOPLE.find((p) => p.slug === 'jane-doe');
    if (!jane) throw new Error('fixture');
    const me = `urn:li:fsd_profile:${pacer.linkedin.self.id}`;
    const thread = `urn:li:msg_conversation:(${me},2-SmFuZVRocmVhZA==)`;
    pacer.linkedin.messagingRead = {
      data: {
        messengerConversationsBySyncToken: {
          elements: [
            {
              entityUrn: thread,
              categories: ['INBOX', 'PRIMARY_INBOX'],
              creator: { hostIdentityUrn: `urn:li:fsd_profile:${jane.id}` },
              conversationParticipants: [
                { hostIdentityUrn: me },
                { hostIdentityUrn: `urn:li:fsd_profile:${jane.id}` },
              ],
            },
          ],
        },
      },
    };
    await page.evaluate(() =>
      fetch(
        '/voyager/api/voyagerMessagingGraphQL/graphql?queryId=messengerConversations.abc123&variables=()',
      ),
    );
    await page.evaluate(
      ([conversationUrn, mailboxUrn]) =>
        fetch('/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage', {
          method: 'POST',
          body: JSON.stringify({
            message: {
              body: { attributes: [], text: 'Thanks Jane!' },
              renderContentUnions: [],
              conversationUrn,
              originToken: '5a3c1f7e-0000-4000-8000-00000000beef',
            },
            mailboxUrn,
            trackingId: 'abc',
            dedupeByClientGeneratedToken: false,
          }),
        }),
      [thread, me] as const,
    );
    const after = await eventually(
      () => storedCounts(pacer),
      (c) => c.reply === 1,
    );
    expect(after).toMatchObject({ reply: 1, message: 1 });
    await popup.reload();
    await popup.locator('[data-meter="engagement"][data-window="day"]').waitFor();
    expect((await readMeter(popup, 'engagement', 'day')).used).toBe('3');
  });
});

describe('the new-account ramp-up', () => {
  it('started on the options page, lowers the invite limits in the popup and says its week', async () => {
    await pacer.openLinkedIn('/in/jane-doe/'); // Pacer learns the account
    await eventually(
      () => storedCounts(pacer),
      (c) => c['profile-view'] === 1,
    );
    const options = await pacer.openOptions();
    await options.locator('[data-action="start-ramp"]').click();
    await options.locator('[data-ramp-week="1"]').waitFor();
    await options.close();
    const popup = await pacer.openPopup();
    await popup.locator('[data-meter="invites"][data-window="day"][data-limit="10"]').waitFor();
    expect(await readMeter(popup, 'invites', 'week')).toMatchObject({ limit: '50', used: '0' });
    expect(await popup.locator('[data-meter="invites"][data-window="day"] .meter-ramp').textContent()).toBe(
      'Ramp-up week 1 of 6: the limit grows each week',
    );

    const again = await pacer.openOptions();
    await again.locator('[data-action="stop-ramp"]').click();
    await again.locator('[data-action="start-ramp"]').waitFor();
    await popup.reload();
    await popup.locator('[data-meter="invites"][data-window="day"][data-limit="20"]').waitFor();
    expect(await popup.locator('.meter-ramp').count()).toBe(0);
  });
});
