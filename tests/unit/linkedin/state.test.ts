import { describe, expect, it } from 'vitest';
import { type ClassifierState, createClassifier } from '../../../lib/linkedin/classify';
import { LIMITS } from '../../../lib/linkedin/memory';
import { COMPOSE_TTL_MS } from '../../../lib/linkedin/message-kind';

const ME = 'ACoAAOwnerProfileId00000000000000000001';
const GQL =
  'https://www.linkedin.com/voyager/api/voyagerMessagingGraphQL/graphql?queryId=messengerConversations.abc';
const COMPOSE = 'https://www.linkedin.com/voyager/api/voyagerMessagingDashComposeOptions/';
const DASH =
  'https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage';

const recipient = (i: number) => `ACoAARecipient${String(i).padStart(10, '0')}xxxxxxxxxxxxxxx`;
const composeAnswer = (id: string, paid: boolean) =>
  JSON.stringify({
    data: {
      composeOptionType: 'PREMIUM_INMAIL',
      composeNavigationContext: { recipientUrns: [`urn:li:fsd_profile:${id}`], paidInMail: paid },
    },
  });
const conversation = (i: number, creator: string) => ({
  entityUrn: `urn:li:msg_conversation:(urn:li:fsd_profile:${ME},2-dGhyZWFk${i})`,
  categories: ['INBOX'],
  creator: { hostIdentityUrn: `urn:li:fsd_profile:${creator}` },
});
const newSend = (id: string, token: string) =>
  JSON.stringify({
    message: { body: { text: 'SECRET-TEXT-IN-STATE?' }, originToken: token },
    hostRecipientUrns: [`urn:li:fsd_profile:${id}`],
  });

describe('classifier state', () => {
  it('snapshot is JSON and restores to an equal state', () => {
    const c = createClassifier({ now: () => 1_000 });
    c.observe({
      method: 'GET',
      url: COMPOSE + recipient(1),
      status: 200,
      responseBody: composeAnswer(recipient(1), false),
    });
    c.observe({
      method: 'GET',
      url: GQL,
      status: 200,
      responseBody: JSON.stringify({ data: { x: { elements: [conversation(1, recipient(2))] } } }),
    });
    c.observe({
      method: 'POST',
      url: DASH,
      status: 200,
      requestBody: newSend(recipient(3), '00000000-0000-4000-8000-000000000001'),
    });
    const snap = c.snapshot();
    const json = JSON.stringify(snap);
    expect(json).not.toContain('SECRET-TEXT');
    expect(snap.compose).toHaveLength(1);
    expect(snap.conversations).toHaveLength(1);
    expect(snap.recent).toHaveLength(1);
    const restored = createClassifier({ state: JSON.parse(json) as ClassifierState });
    expect(restored.snapshot()).toEqual(snap);
  });

  it('a restored classifier keeps the compose option (the worker was killed between read and send)', () => {
    const id = recipient(7);
    let now = 0;
    const a = createClassifier({ now: () => now });
    a.observe({ method: 'GET', url: COMPOSE + id, status: 200, responseBody: composeAnswer(id, true) });
    now = COMPOSE_TTL_MS - 1;
    const b = createClassifier({ now: () => now, state: a.snapshot() });
    const out = b.observe({
      method: 'POST',
      url: DASH,
      status: 200,
      requestBody: newSend(id, '00000000-0000-4000-8000-000000000002'),
    });
    expect(out[0]?.kind).toBe('inmail');
  });

  it('an invalid snapshot is ignored, never thrown', () => {
    for (const bad of [
      null,
      42,
      'x',
      [],
      {},
      { v: 2 },
      { v: 1, compose: 'x' },
      { v: 1, compose: [[1, {}]], conversations: [], salesProfiles: [], recent: [] },
    ]) {
      const c = createClassifier({ state: bad as never });
      expect(c.snapshot()).toEqual({ v: 1, compose: [], conversations: [], salesProfiles: [], recent: [] });
    }
  });

  it('learned state stays bounded', () => {
    let now = 0;
    const c = createClassifier({ now: () => now });
    for (let i = 0; i < LIMITS.conversations + 300; i++) {
      now++;
      c.observe({
        method: 'GET',
        url: GQL,
        status: 200,
        responseBody: JSON.stringify({ data: { x: { elements: [conversation(i, recipient(i))] } } }),
      });
    }
    for (let i = 0; i < LIMITS.compose + 50; i++) {
      c.observe({
        method: 'GET',
        url: COMPOSE + recipient(i),
        status: 200,
        responseBody: composeAnswer(recipient(i), true),
      });
    }
    for (let i = 0; i < LIMITS.recent + 50; i++) {
      c.observe({
        method: 'POST',
        url: DASH,
        status: 200,
        requestBody: newSend(recipient(i), `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
      });
    }
    const s = c.snapshot();
    expect(s.conversations.length).toBeLessThanOrEqual(LIMITS.conversations);
    expect(s.compose.length).toBeLessThanOrEqual(LIMITS.compose);
    expect(s.recent.length).toBeLessThanOrEqual(LIMITS.recent);
    expect(JSON.stringify(s).length).toBeLessThan(2_000_000);
  });
});

describe('classifier memory persisted entry by entry', () => {
  const composeRead = (i: number) => ({
    method: 'GET',
    url: COMPOSE + recipient(i),
    status: 200,
    responseBody: composeAnswer(recipient(i), true),
  });
  const apply = (store: Record<string, unknown>, c: ReturnType<typeof createClassifier>) => {
    const { set, remove } = c.takeChanges();
    Object.assign(store, JSON.parse(JSON.stringify(set)));
    for (const k of remove) delete store[k];
    return { set, remove };
  };

  it('writes only what an exchange changed, and nothing when nothing changed', () => {
    const store: Record<string, unknown> = {};
    const c = createClassifier({ now: () => 1_000 });
    for (let i = 0; i < 20; i++) c.observe(composeRead(i));
    expect(Object.keys(apply(store, c).set)).toHaveLength(20);
    c.observe({ method: 'GET', url: 'https://www.linkedin.com/voyager/api/feed/updates', status: 200 });
    expect(apply(store, c)).toEqual({ set: {}, remove: [] });
    c.observe(composeRead(99));
    expect(Object.keys(apply(store, c).set)).toEqual([`cm1:compose:${recipient(99)}`]);
  });

  it('a send that consumes a compose option removes it from storage too', () => {
    const store: Record<string, unknown> = {};
    let now = 1_000;
    const a = createClassifier({ now: () => now });
    a.observe(composeRead(7));
    apply(store, a);
    now += 1_000;
    const b = createClassifier({ now: () => now, stored: { ...store } });
    expect(
      b.observe({ method: 'POST', url: DASH, status: 200, requestBody: newSend(recipient(7), 'tok-1') })[0]
        ?.kind,
    ).toBe('inmail');
    const { remove } = apply(store, b);
    expect(remove).toContain(`cm1:compose:${recipient(7)}`);
    // After another restart the option is gone: the next message to them is a plain message.
    const c = createClassifier({ now: () => now, stored: { ...store } });
    expect(c.snapshot().compose).toEqual([]);
  });

  it('evicted entries leave storage, and a restart keeps the most recent ones', () => {
    const store: Record<string, unknown> = {};
    let now = 0;
    const c = createClassifier({ now: () => now });
    for (let i = 0; i < LIMITS.compose + 30; i++) {
      now++;
      c.observe(composeRead(i));
      apply(store, c);
    }
    expect(Object.keys(store)).toHaveLength(LIMITS.compose);
    const restored = createClassifier({ now: () => now, stored: { ...store } }).snapshot();
    expect(restored.compose.map(([k]) => k)).toEqual(c.snapshot().compose.map(([k]) => k));
  });

  it('a failed save is written again by the next one', () => {
    const c = createClassifier({ now: () => 1_000 });
    c.observe(composeRead(1));
    const failed = c.takeChanges();
    failed.requeue();
    c.observe(composeRead(2));
    expect(Object.keys(c.takeChanges().set).sort()).toEqual(
      [`cm1:compose:${recipient(1)}`, `cm1:compose:${recipient(2)}`].sort(),
    );
  });

  it('malformed stored items are skipped, never thrown, and other items are ignored', () => {
    const good = { kind: 'inmail', at: 5 };
    const stored: Record<string, unknown> = {
      'cm1:compose:ok': good,
      'cm1:compose:no-at': { kind: 'inmail' },
      'cm1:compose:bad-kind': { kind: 'fax', at: 1 },
      'cm1:conversations:x': 'not an object',
      'cm1:conversations:y': { at: 1, first: { at: 'x', me: true } },
      'cm1:recent:r': { at: 1, obs: [{ kind: 'nonsense', key: 'k' }] },
      'cm1:recent:s': { at: 1, obs: 'x' },
      'cm1:salesProfiles:p': { at: 1, openLink: 'yes' },
      'cm1:unknownMap:z': { at: 1 },
      'cm1:constructor:z': { at: 1 },
      'cm1:self': { account: 42 },
      classifierState: { v: 1, compose: [['old', good]], conversations: [], salesProfiles: [], recent: [] },
      'tabAccount:3': 'urn:li:fsd_profile:x',
    };
    const c = createClassifier({ stored });
    expect(c.snapshot()).toEqual({
      v: 1,
      compose: [['ok', good]],
      conversations: [],
      salesProfiles: [],
      recent: [],
    });
    expect(c.self()).toBeUndefined();
    for (const bad of [null, 42, 'x', [], { 'cm1:self': null }, { 'cm1:recent:': { obs: [], at: 1 } }]) {
      expect(() => createClassifier({ stored: bad as never }).snapshot()).not.toThrow();
    }
  });
});
