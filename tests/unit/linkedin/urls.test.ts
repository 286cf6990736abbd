import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/linkedin/classify';
import { ENDPOINTS, isRelevantRequest } from '../../../lib/linkedin/endpoints';
import { allCases, toExchange } from './helpers';

const ME_BODY = JSON.stringify({
  data: { '*miniProfile': 'urn:li:fs_miniProfile:ACoAAOwnerProfileId00000000000000000001' },
});
const V2_PATH =
  '/voyager/api/voyagerRelationshipsDashMemberRelationships?action=verifyQuotaAndCreateV2&decorationId=com.linkedin.voyager.dash.deco.relationships.InvitationCreationResultWithInvitee-2';
const V2_BODY = JSON.stringify({
  invitee: { inviteeUnion: { memberProfile: 'urn:li:fsd_profile:ACoAAInvitee0000001' } },
});

describe('only https://www.linkedin.com and https://linkedin.com count', () => {
  const hostile = [
    'http://www.linkedin.com',
    'https://www.linkedin.com.evil.io',
    'https://linkedin.com.evil.io',
    'https://evil-linkedin.com',
    'https://wwwlinkedin.com',
    'https://www.linkedin.com@evil.io',
    'https://user:pw@www.linkedin.com',
    'https://www.linkedin.com:8443',
    'https://evil.io/https://www.linkedin.com',
    'https://fr.linkedin.com',
    'https://www.linkedin.co',
    'javascript:https://www.linkedin.com',
    '//www.linkedin.com',
    '',
  ];
  for (const origin of hostile) {
    it(`refuses ${origin || '(relative)'}`, () => {
      const me = { method: 'GET', url: `${origin}/voyager/api/me`, status: 200, responseBody: ME_BODY };
      const invite = { method: 'POST', url: `${origin}${V2_PATH}`, requestBody: V2_BODY, status: 200 };
      expect(createClassifier().observe(me)).toEqual([]);
      expect(createClassifier().observe(invite)).toEqual([]);
    });
  }

  it('accepts both LinkedIn origins, in any letter case', () => {
    for (const origin of ['https://www.linkedin.com', 'https://linkedin.com', 'HTTPS://WWW.LinkedIn.COM']) {
      expect(
        createClassifier().observe({
          method: 'GET',
          url: `${origin}/voyager/api/me`,
          status: 200,
          responseBody: ME_BODY,
        }),
      ).toHaveLength(1);
    }
  });

  it('compares methods case-insensitively and ignores other methods', () => {
    for (const method of ['POST', 'post', 'Post', 'pOsT']) {
      expect(
        createClassifier().observe({
          method,
          url: `https://www.linkedin.com${V2_PATH}`,
          requestBody: V2_BODY,
          status: 201,
        }),
      ).toHaveLength(1);
    }
    for (const method of ['PUT', 'PATCH', 'DELETE', 'GET', 'OPTIONS', '', 'POST ']) {
      expect(
        createClassifier().observe({
          method,
          url: `https://www.linkedin.com${V2_PATH}`,
          requestBody: V2_BODY,
          status: 201,
        }),
      ).toEqual([]);
    }
  });

  it('hostile exchange objects never throw', () => {
    const c = createClassifier();
    for (const x of [
      null,
      undefined,
      42,
      'x',
      [],
      {},
      { method: 1, url: 2 },
      { method: 'GET', url: 'https://www.linkedin.com/voyager/api/me' },
    ]) {
      expect(c.observe(x as never)).toEqual([]);
    }
    const getterBomb = {
      method: 'POST',
      url: `https://www.linkedin.com${V2_PATH}`,
      status: 200,
      get requestBody(): string {
        throw new Error('boom');
      },
    };
    expect(c.observe(getterBomb as never)).toEqual([]);
  });
});

describe('isRelevantRequest (the page-world pre-filter)', () => {
  it('passes every fixture request that yields an observation', () => {
    for (const { c } of allCases()) {
      const x = toExchange(c.exchange);
      if (createClassifier().observe(x).length > 0)
        expect(isRelevantRequest(x.method, x.url), c.name).toBe(true);
    }
  });

  it('drops LinkedIn noise without parsing', () => {
    const noise = [
      ['GET', 'https://www.linkedin.com/li/track'],
      ['POST', 'https://www.linkedin.com/li/tscp/sct'],
      ['GET', 'https://static.licdn.com/aero-v1/sc/h/abc.js'],
      ['GET', 'https://www.linkedin.com/voyager/api/graphql?queryId=voyagerFeedDashMainFeed.abc'],
      [
        'POST',
        'https://www.linkedin.com/flagship-web/rsc-action/actions/server-request?sduiid=com.linkedin.sdui.requests.feed.like',
      ],
      [
        'GET',
        'https://www.linkedin.com/voyager/api/voyagerMessagingGraphQL/graphql?queryId=messengerMailboxCounts.abc',
      ],
      [
        'POST',
        'https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerConversations?action=typing',
      ],
    ] as const;
    for (const [m, u] of noise.slice(0, 5)) expect(isRelevantRequest(m, u), u).toBe(false);
    // These pass the cheap filter (same path) but the full match refuses them.
    for (const [m, u] of noise.slice(5))
      expect(createClassifier().observe({ method: m, url: u, status: 200, responseBody: '{}' })).toEqual([]);
  });

  it('is tolerant of non-string input', () => {
    expect(isRelevantRequest(undefined as never, null as never)).toBe(false);
  });

  it('every endpoint row has a path starting with "/"', () => {
    for (const e of ENDPOINTS) expect(e.path.startsWith('/'), e.id).toBe(true);
  });
});
