import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/linkedin/classify';
import { hash64 } from '../../../lib/linkedin/hash';
import type { Observation } from '../../../lib/linkedin/vocabulary';
import { allCases, toExchange } from './helpers';

const V2URL =
  'https://www.linkedin.com/voyager/api/voyagerRelationshipsDashMemberRelationships?action=verifyQuotaAndCreateV2&decorationId=com.linkedin.voyager.dash.deco.relationships.InvitationCreationResultWithInvitee-2';
const INVITEE = 'urn:li:fsd_profile:ACoAAInviteeProfileId000000000000000001';
const inviteBody = JSON.stringify({ invitee: { inviteeUnion: { memberProfile: INVITEE } } });
const inviteAnswer = (n: string) =>
  JSON.stringify({ data: { value: { invitationUrn: `urn:li:fsd_invitation:${n}` } } });

const ME = 'ACoAAOwnerProfileId00000000000000000001';
const DASH =
  'https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage';
const CONV = `urn:li:msg_conversation:(urn:li:fsd_profile:${ME},2-dGhyZWFk)`;
const messageBody = (token: string) =>
  JSON.stringify({
    message: { body: { text: 'hello' }, conversationUrn: CONV, originToken: token },
    mailboxUrn: `urn:li:fsd_profile:${ME}`,
    trackingId: 'track0000000001',
  });
const messageAnswer = (id: string) =>
  JSON.stringify({
    value: { entityUrn: `urn:li:msg_message:(urn:li:fsd_profile:${ME},${id})`, conversationUrn: CONV },
  });

const keysOf = (out: Observation[]) => out.map((o) => o.key);

describe('dedupe keys', () => {
  it('two classifier instances give every fixture the same keys', () => {
    for (const { c } of allCases()) {
      const a = createClassifier().observe(toExchange(c.exchange));
      const b = createClassifier().observe(toExchange(c.exchange));
      expect(keysOf(a), c.name).toEqual(keysOf(b));
    }
  });

  it('every key starts with its kind, so kinds never collide', () => {
    for (const { c } of allCases()) {
      for (const o of createClassifier().observe(toExchange(c.exchange))) {
        expect(o.key.startsWith(`${o.kind}:`), o.key).toBe(true);
      }
    }
  });

  it('a replay (two frames, two observers) yields the same key', () => {
    const classifier = createClassifier();
    const x = {
      method: 'POST',
      url: V2URL,
      requestBody: inviteBody,
      status: 200,
      responseBody: inviteAnswer('42'),
    };
    const first = classifier.observe(x);
    const again = classifier.observe({ ...x });
    expect(keysOf(first)).toEqual(['invite:42']);
    expect(keysOf(again)).toEqual(['invite:42']);
  });

  it('an observer that missed the answer body still lands on the same key, in either order', () => {
    const withAnswer = {
      method: 'POST',
      url: V2URL,
      requestBody: inviteBody,
      status: 200,
      responseBody: inviteAnswer('43'),
    };
    const without = { method: 'POST', url: V2URL, requestBody: inviteBody, status: 200 };
    const a = createClassifier();
    expect(keysOf(a.observe(withAnswer))).toEqual(keysOf(a.observe(without)));
    const b = createClassifier();
    const k = keysOf(b.observe(without));
    expect(keysOf(b.observe(withAnswer))).toEqual(k);
  });

  it('two sends LinkedIn tells apart by invitationUrn never share a key', () => {
    const classifier = createClassifier();
    const base = { method: 'POST', url: V2URL, requestBody: inviteBody, status: 200 };
    const a = classifier.observe({ ...base, responseBody: inviteAnswer('7233657330934931457') });
    const b = classifier.observe({ ...base, responseBody: inviteAnswer('7233657330934931458') });
    expect(a[0]?.key).toBe('invite:7233657330934931457');
    expect(b[0]?.key).toBe('invite:7233657330934931458');
  });

  it('two messages with different answer urns never share a key; one message is one key', () => {
    const classifier = createClassifier();
    const send = (token: string, id: string) =>
      classifier.observe({
        method: 'POST',
        url: DASH,
        requestBody: messageBody(token),
        status: 200,
        responseBody: messageAnswer(id),
      })[0]?.key;
    const k1 = send('00000000-0000-4000-8000-000000000001', '2-AAA=');
    const k2 = send('00000000-0000-4000-8000-000000000002', '2-BBB=');
    const k1again = send('00000000-0000-4000-8000-000000000001', '2-AAA=');
    // Same originToken, but LinkedIn made a second message (dedupeByClientGeneratedToken: false).
    const k3 = send('00000000-0000-4000-8000-000000000001', '2-CCC=');
    expect(k1).toBe('message:2-AAA=');
    expect(k2).toBe('message:2-BBB=');
    expect(k1again).toBe(k1);
    expect(k3).toBe('message:2-CCC=');
  });

  it('message keys fall back to originToken, then trackingId, then a hash', () => {
    const c = createClassifier();
    const body = JSON.parse(messageBody('00000000-0000-4000-8000-000000000009'));
    expect(
      c.observe({ method: 'POST', url: DASH, requestBody: JSON.stringify(body), status: 200 })[0]?.key,
    ).toBe('message:o:00000000-0000-4000-8000-000000000009');
    body.message.originToken = undefined;
    expect(
      c.observe({ method: 'POST', url: DASH, requestBody: JSON.stringify(body), status: 200 })[0]?.key,
    ).toBe('message:t:track0000000001');
    body.trackingId = undefined;
    expect(
      c.observe({ method: 'POST', url: DASH, requestBody: JSON.stringify(body), status: 200 })[0]?.key,
    ).toMatch(/^message:h:[0-9a-f]{16}$/);
  });

  it('a refusal observed twice is one limit-reached key', () => {
    const x = {
      method: 'POST',
      url: V2URL,
      requestBody: inviteBody,
      status: 429,
      responseBody: JSON.stringify({ data: { code: 'CUSTOM_INVITE_LIMIT_REACHED', status: 429 } }),
    };
    const a = createClassifier().observe(x);
    const b = createClassifier().observe(x);
    expect(a).toHaveLength(1);
    expect(a).toEqual(b);
  });

  it('hash64 is deterministic, 16 hex chars, and separates its parts', () => {
    expect(hash64('a', 'bc')).toBe(hash64('a', 'bc'));
    expect(hash64('a', 'bc')).not.toBe(hash64('ab', 'c'));
    expect(hash64('')).toMatch(/^[0-9a-f]{16}$/);
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(hash64(`{"invitee":"urn:li:fsd_profile:ACoAA${i}"}`));
    expect(seen.size).toBe(20_000);
  });
});
