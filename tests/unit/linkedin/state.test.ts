import { describe, expect, it } from 'vitest';
import { type Classifier, createClassifier } from '../../../lib/linkedin/classify';
import { LIMITS, Memory } from '../../../lib/linkedin/memory';
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

/** Applies what the classifier's memory changed to `store`, as the worker saves it (JSON in session storage). */
function save(store: Record<string, unknown>, c: Classifier) {
  const { set, remove } = c.takeChanges();
  Object.assign(store, JSON.parse(JSON.stringify(set)));
  for (const k of remove) delete store[k];
  return { set, remove };
}

/** What a stored memory holds, read back as a restarted worker reads it. */
function learned(store: Record<string, unknown>) {
  const m = Memory.fromStored(JSON.parse(JSON.stringify(store)));
  return {
    compose: m.compose.entries(),
    conversations: m.conversations.entries(),
    salesProfiles: m.salesProfiles.entries(),
    recent: m.recent.entries(),
    self: m.self,
  };
}

const countOf = (store: Record<string, unknown>, map: string) =>
  Object.keys(store).filter((k) => k.startsWith(`cm1:${map}:`)).length;

describe('classifier state', () => {
  it('what it stores is JSON, holds no text, and reads back whole', () => {
    const store: Record<string, unknown> = {};
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
    save(store, c);
    expect(JSON.stringify(store)).not.toContain('SECRET-TEXT');
    const state = learned(store);
    expect(state.compose).toHaveLength(1);
    expect(state.conversations).toHaveLength(1);
    expect(state.recent).toHaveLength(1);
    // A restarted classifier holds the same entries, and has nothing new to save.
    const restored = createClassifier({ now: () => 1_000, stored: JSON.parse(JSON.stringify(store)) });
    expect(restored.takeChanges()).toMatchObject({ set: {}, remove: [] });
  });

  it('a restored classifier keeps the compose option (the worker was killed between read and send)', () => {
    const id = recipient(7);
    const store: Record<string, unknown> = {};
    let now = 0;
    const a = createClassifier({ now: () => now });
    a.observe({ method: 'GET', url: COMPOSE + id, status: 200, responseBody: composeAnswer(id, true) });
    save(store, a);
    now = COMPOSE_TTL_MS - 1;
    const b = createClassifier({ now: () => now, stored: JSON.parse(JSON.stringify(store)) });
    const out = b.observe({
      method: 'POST',
      url: DASH,
      status: 200,
      requestBody: newSend(id, '00000000-0000-4000-8000-000000000002'),
    });
    expect(out[0]?.kind).toBe('inmail');
  });

  it('has nothing to save until the learned state changes', () => {
    const c = createClassifier({ now: () => 1_000 });
    c.observe({ method: 'GET', url: 'https://www.linkedin.com/voyager/api/feed/updates', status: 200 });
    c.observe({ method: 'GET', url: 'https://www.linkedin.com/voyager/api/me', status: 500 });
    expect(c.takeChanges()).toMatchObject({ set: {}, remove: [] });
    c.observe({
      method: 'GET',
      url: 'https://www.linkedin.com/voyager/api/voyagerMessagingDashComposeOptions/urn:li:fsd_composeOption:(ACoAAJohnRoe0002,NON_SELF_PROFILE_VIEW,EMPTY_CONTEXT_ENTITY_URN)',
      status: 200,
      responseBody: composeAnswer('ACoAAJohnRoe0002', true),
    });
    expect(Object.keys(c.takeChanges().set)).toEqual(['cm1:compose:ACoAAJohnRoe0002']);
  });

  it('learned state stays bounded', () => {
    const store: Record<string, unknown> = {};
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
    save(store, c);
    expect(countOf(store, 'conversations')).toBeGreaterThan(0);
    expect(countOf(store, 'conversations')).toBeLessThanOrEqual(LIMITS.conversations);
    expect(countOf(store, 'compose')).toBeLessThanOrEqual(LIMITS.compose);
    expect(countOf(store, 'recent')).toBeLessThanOrEqual(LIMITS.recent);
    expect(JSON.stringify(store).length).toBeLessThan(2_000_000);
  });
});

describe('classifier memory persisted entry by entry', () => {
  const composeRead = (i: number) => ({
    method: 'GET',
    url: COMPOSE + recipient(i),
    status: 200,
    responseBody: composeAnswer(recipient(i), true),
  });
  const apply = save;

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
    expect(learned(store).compose).toEqual([]);
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
    // The most recent ones, in the same order, after a restart.
    const expected = Array.from({ length: LIMITS.compose }, (_, i) => recipient(i + 30));
    expect(learned(store).compose.map(([k]) => k)).toEqual(expected);
    const restarted = createClassifier({ now: () => now, stored: { ...store } });
    expect(restarted.takeChanges()).toMatchObject({ set: {}, remove: [] });
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
    expect(learned(stored)).toEqual({
      compose: [['ok', good]],
      conversations: [],
      salesProfiles: [],
      recent: [],
      self: undefined,
    });
    expect(createClassifier({ stored }).self()).toBeUndefined();
    for (const bad of [null, 42, 'x', [], { 'cm1:self': null }, { 'cm1:recent:': { obs: [], at: 1 } }]) {
      expect(() => createClassifier({ stored: bad as never }).takeChanges()).not.toThrow();
    }
  });
});
