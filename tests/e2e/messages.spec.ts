import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually, launchPacer, type Pacer, storedCounts, storedEvents } from './support/browser';
import { PEOPLE } from './support/fake-linkedin';
import { sendMessage } from './support/linkedin-actions';
import { setOption } from './support/options';
import { readMeter } from './support/popup';

let pacer: Pacer;
beforeEach(async () => {
  pacer = await launchPacer();
});
afterEach(async () => {
  await pacer.close();
});

const choosePlan = (plan: string) => setOption(pacer, 'plan', plan);

describe('messages, InMails and Open Profile messages', () => {
  it('counts a message to a connection as outreach', async () => {
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await sendMessage(page, 'Hello Jane, quick question about your Q3 plans.');
    const counts = await eventually(
      () => storedCounts(pacer),
      (c) => c.message === 1,
    );
    expect(counts).toMatchObject({ message: 1 });
    expect(counts.inmail ?? 0).toBe(0);
  });

  it('does not count a message LinkedIn refused', async () => {
    pacer.linkedin.messageStatus = 403;
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await sendMessage(page, 'This one fails');
    await page.waitForTimeout(500);
    const counts = await storedCounts(pacer);
    expect(counts.message ?? 0).toBe(0);
  });

  it('spends an InMail credit and refunds it when the recipient accepts', async () => {
    await choosePlan('premium-career');
    const page = await pacer.openLinkedIn('/in/john-roe/');
    await sendMessage(page, 'Hi John, open to a chat?', 'Quick intro');
    const counts = await eventually(
      () => storedCounts(pacer),
      (c) => c.inmail === 1,
    );
    expect(counts).toMatchObject({ inmail: 1 });
    expect(counts.message ?? 0).toBe(0);
    // Premium Career: 5 credits granted when the plan was chosen; one spent.
    const popup = await pacer.openPopup();
    await popup.locator('[data-meter="inmails"][data-window="balance"][data-remaining="4"]').waitFor();
    expect(await readMeter(popup, 'inmails', 'balance')).toEqual({
      used: '1',
      limit: '5',
      remaining: '4',
      zone: 'ok',
    });

    // The recipient accepts: the page's own messaging read reports the conversation ACCEPTED.
    const conversation = (await storedEvents(pacer)).find((e) => e.kind === 'inmail')?.conversation ?? '';
    expect(conversation).toMatch(/^urn:li:msg_conversation:|^2-/);
    const john = PEOPLE.find((p) => p.slug === 'john-roe');
    if (!john) throw new Error('fixture');
    const fullUrn = conversation.startsWith('urn:')
      ? conversation
      : `urn:li:msg_conversation:(urn:li:fsd_profile:${pacer.linkedin.self.id},${conversation})`;
    pacer.linkedin.messagingRead = pacer.linkedin.inmailAcceptedRead(fullUrn, john);
    await page.evaluate(() =>
      fetch(
        '/voyager/api/voyagerMessagingGraphQL/graphql?queryId=messengerConversations.abc123&variables=()',
      ),
    );
    const after = await eventually(
      () => storedCounts(pacer),
      (c) => c['inmail-response'] === 1,
    );
    expect(after['inmail-response']).toBe(1);
    await popup.locator('[data-meter="inmails"][data-window="balance"][data-remaining="5"]').waitFor();
    expect(await readMeter(popup, 'inmails', 'balance')).toEqual({
      used: '1',
      limit: '5',
      remaining: '5',
      zone: 'ok',
    });
  });

  it('counts an Open Profile message apart from InMail credits', async () => {
    await choosePlan('premium-business');
    const page = await pacer.openLinkedIn('/in/olga-open/');
    await sendMessage(page, 'Hi Olga', 'Hello');
    const counts = await eventually(
      () => storedCounts(pacer),
      (c) => c['open-profile-message'] === 1,
    );
    expect(counts['open-profile-message']).toBe(1);
    expect(counts.inmail ?? 0).toBe(0);
  });
});

describe('profile views', () => {
  it('counts arrivals on other profiles once per 30 minutes and never my own', async () => {
    const page = await pacer.openLinkedIn('/in/jane-doe/');
    await page.goto('https://www.linkedin.com/in/john-roe/');
    await page.goto('https://www.linkedin.com/in/jane-doe/');
    await page.goto(`https://www.linkedin.com/in/${pacer.linkedin.self.slug}/`);
    // In-app navigation (a single-page app changes the URL without loading a page).
    await page.evaluate(() => history.pushState({}, '', '/in/marie-dupont/'));
    const counts = await eventually(
      () => storedCounts(pacer),
      (c) => c['profile-view'] === 3,
    );
    await page.waitForTimeout(1500);
    expect((await storedCounts(pacer))['profile-view']).toBe(3);
    expect(counts['profile-view']).toBe(3);
    const targets = (await storedEvents(pacer)).filter((e) => e.kind === 'profile-view').map((e) => e.target);
    expect(targets.sort()).toEqual(['jane-doe', 'john-roe', 'marie-dupont']);
  });
});
