import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/linkedin/classify';
import { mailboxOwner, messageId, profileId, threadId, toProfileUrn } from '../../../lib/linkedin/urns';
import type { Observation } from '../../../lib/linkedin/vocabulary';

const ID = 'ACoAAOwnerProfileId00000000000000000001';
const ACCOUNT = `urn:li:fsd_profile:${ID}`;
const ME_URL = 'https://www.linkedin.com/voyager/api/me';
const DASH =
  'https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage';
const CONV = `urn:li:msg_conversation:(urn:li:fsd_profile:${ID},2-dGhyZWFk)`;

const accounts = (out: Observation[]) => out.flatMap((o) => (o.kind === 'identity' ? [o.account] : []));

describe('identity normalisation: one account never splits in two', () => {
  const sources: [
    string,
    { method: string; url: string; requestBody?: string; status: number; responseBody?: string },
  ][] = [
    [
      '/me normalized, *miniProfile fs_miniProfile urn only',
      {
        method: 'GET',
        url: ME_URL,
        status: 200,
        responseBody: JSON.stringify({ data: { '*miniProfile': `urn:li:fs_miniProfile:${ID}` } }),
      },
    ],
    [
      '/me normalized, included miniProfile with dashEntityUrn',
      {
        method: 'GET',
        url: ME_URL,
        status: 200,
        responseBody: JSON.stringify({
          data: { '*miniProfile': `urn:li:fs_miniProfile:${ID}`, premiumSubscriber: true },
          included: [{ entityUrn: `urn:li:fs_miniProfile:${ID}`, dashEntityUrn: `urn:li:fsd_profile:${ID}` }],
        }),
      },
    ],
    [
      '/me plain, miniProfile.entityUrn',
      {
        method: 'GET',
        url: ME_URL,
        status: 200,
        responseBody: JSON.stringify({ miniProfile: { entityUrn: `urn:li:fs_miniProfile:${ID}` } }),
      },
    ],
    [
      'mailboxUrn of a message send',
      {
        method: 'POST',
        url: DASH,
        status: 200,
        requestBody: JSON.stringify({
          message: { body: { text: 'x' }, conversationUrn: CONV },
          mailboxUrn: ACCOUNT,
        }),
      },
    ],
    [
      'senderUrn (msg_messagingParticipant form) of a send answer without mailboxUrn',
      {
        method: 'POST',
        url: DASH,
        status: 200,
        requestBody: JSON.stringify({ message: { body: { text: 'x' }, conversationUrn: CONV } }),
        responseBody: JSON.stringify({
          value: {
            senderUrn: `urn:li:msg_messagingParticipant:urn:li:fsd_profile:${ID}`,
            conversationUrn: CONV,
          },
        }),
      },
    ],
  ];
  for (const [name, x] of sources) {
    it(name, () => {
      expect(accounts(createClassifier().observe(x))).toEqual([ACCOUNT]);
    });
  }

  it('premium is reported only when /me says so, and the key tells the tier', () => {
    const out = createClassifier().observe(sources[1]?.[1] as never);
    expect(out).toEqual([
      { kind: 'identity', account: ACCOUNT, premium: true, key: `identity:${ACCOUNT}:premium` },
    ]);
  });

  it('urn helpers map every form to the same id', () => {
    for (const u of [
      `urn:li:fsd_profile:${ID}`,
      `urn:li:fs_miniProfile:${ID}`,
      `urn:li:fs_profile:${ID}`,
      `urn:li:msg_messagingParticipant:urn:li:fsd_profile:${ID}`,
    ]) {
      expect(profileId(u)).toBe(ID);
      expect(toProfileUrn(u)).toBe(ACCOUNT);
    }
    expect(profileId('urn:li:fsd_profile:bad id')).toBeUndefined();
    expect(profileId('urn:li:fsd_company:123')).toBeUndefined();
    expect(mailboxOwner(CONV)).toBe(ID);
    for (const t of [
      CONV,
      'urn:li:fsd_conversation:2-dGhyZWFk',
      'urn:li:messagingThread:2-dGhyZWFk',
      '2-dGhyZWFk',
    ]) {
      expect(threadId(t)).toBe('2-dGhyZWFk');
    }
    expect(messageId(`urn:li:msg_message:(${ACCOUNT},2-bWVz)`)).toBe('2-bWVz');
    expect(messageId('urn:li:messagingMessage:2-bWVz')).toBe('2-bWVz');
    expect(messageId('urn:li:fs_event:(2-dGhyZWFk,2-bWVz)')).toBe('2-bWVz');
  });
});

describe('the member name from /me', () => {
  const me = (mini: Record<string, unknown>) =>
    createClassifier().observe({
      method: 'GET',
      url: ME_URL,
      status: 200,
      responseBody: JSON.stringify({
        data: { '*miniProfile': `urn:li:fs_miniProfile:${ID}` },
        included: [{ entityUrn: `urn:li:fs_miniProfile:${ID}`, ...mini }],
      }),
    });
  const nameOf = (out: Observation[]) => out.flatMap((o) => (o.kind === 'identity' ? [o.name] : []));

  it('is first and last name, trimmed, without control characters', () => {
    expect(nameOf(me({ firstName: ' Ada\u0007 ', lastName: 'Lovelace' }))).toEqual(['Ada Lovelace']);
    expect(nameOf(me({ firstName: 'Ada' }))).toEqual(['Ada']);
  });

  it('is absent when LinkedIn gives none (the account is still noted)', () => {
    expect(nameOf(me({}))).toEqual([undefined]);
    expect(nameOf(me({ firstName: 42, lastName: '  ' }))).toEqual([undefined]);
  });
});
