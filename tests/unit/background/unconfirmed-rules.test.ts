// The pure rules of unconfirmed sends, on fixed instants.
import { describe, expect, it } from 'vitest';
import {
  answers,
  CLAIM_KEEP_MS,
  checkInTime,
  LATE_SEND_MS,
  MAX_UNCONFIRMED,
  openForLateSends,
  pickAnswer,
  pruneState,
  refusedInPage,
  UNCONFIRMED_KEEP_MS,
  unconfirmedEvent,
} from '../../../lib/background/unconfirmed-rules';
import type { ActivityEvent } from '../../../lib/domain/activity';
import type { UnconfirmedSend } from '../../../lib/domain/unconfirmed';
import type { SendCheck } from '../../../lib/messages/send-check';

const ME = 'urn:li:fsd_profile:ACoAAMe';
const T0 = Date.parse('2026-11-24T10:00:00Z');
const ev = (key: string, kind: ActivityEvent['kind'], at: number, over: Partial<ActivityEvent> = {}) =>
  ({ key, account: ME, kind, at, ...over }) as ActivityEvent;
const check = (over: Partial<SendCheck> = {}): SendCheck => ({
  kind: 'invite',
  clickAt: T0,
  requests: [],
  ...over,
});
const send = (clickAt: number): UnconfirmedSend => ({
  key: `u:${clickAt}`,
  account: ME,
  kind: 'invite',
  clickAt,
  requests: [],
});

describe('what answers a click', () => {
  it('a send or a refusal of the composer’s family, never an unconfirmed one', () => {
    expect(answers(ev('a', 'invite', T0), 'invite')).toBe(true);
    expect(answers(ev('a', 'limit-reached', T0, { action: 'invite-note' }), 'invite')).toBe(true);
    expect(answers(ev('a', 'limit-reached', T0, { action: 'message' }), 'invite')).toBe(false);
    expect(answers(ev('a', 'message', T0), 'invite')).toBe(false);
    expect(answers(ev('a', 'invite-withdrawn', T0), 'invite')).toBe(false);
    for (const kind of ['message', 'reply', 'inmail', 'open-profile-message'] as const) {
      expect(answers(ev('a', kind, T0), 'message')).toBe(true);
      expect(answers(ev('a', kind, T0), 'inmail')).toBe(true);
    }
    expect(answers(ev('a', 'limit-reached', T0, { action: 'inmail' }), 'message')).toBe(true);
    expect(answers(ev('a', 'invite', T0), 'inmail')).toBe(false);
    expect(answers(unconfirmedEvent(check(), ME), 'invite')).toBe(false);
  });

  it('the earliest unclaimed one in the span', () => {
    const list = [
      ev('late', 'invite', T0 + 900),
      ev('early', 'invite', T0 + 100),
      ev('before', 'invite', T0 - 1),
    ];
    expect(pickAnswer(list, 'invite', new Set(), T0)?.key).toBe('early');
    expect(pickAnswer(list, 'invite', new Set(['early']), T0)?.key).toBe('late');
    expect(pickAnswer(list, 'invite', new Set(['early']), T0, T0 + 500)).toBeUndefined();
  });

  it('an error answer to a send route Pacer knows, after the click, is a refusal; a 2xx or an unknown path is not', () => {
    const req = (path: string, status: number, ms = 100) => check({ requests: [{ path, status, ms }] });
    expect(refusedInPage(req('/voyager/api/voyagerRelationshipsDashMemberRelationships', 429))).toBe(true);
    expect(refusedInPage(req('/sales-api/salesApiConnection', 400))).toBe(true);
    expect(refusedInPage(req('/voyager/api/growth/normInvitations', 301))).toBe(true);
    expect(refusedInPage(req('/voyager/api/voyagerRelationshipsDashMemberRelationships', 200))).toBe(false);
    expect(refusedInPage(req('/voyager/api/voyagerRelationshipsDashMemberRelationships', 400, -200))).toBe(
      false,
    );
    expect(refusedInPage(req('/voyager/api/somethingNew', 400))).toBe(false);
    expect(refusedInPage(req('/voyager/api/voyagerRelationshipsDashMemberRelationships', 0))).toBe(false);
    const msg = (path: string, status: number) =>
      check({ kind: 'message', requests: [{ path, status, ms: 50 }] });
    expect(refusedInPage(msg('/voyager/api/voyagerMessagingDashMessengerMessages', 403))).toBe(true);
    expect(refusedInPage(msg('/sales-api/salesApiMessageActions', 500))).toBe(true);
    expect(refusedInPage(msg('/voyager/api/voyagerRelationshipsDashMemberRelationships', 400))).toBe(false);
  });
});

describe('the unconfirmed event', () => {
  it('is keyed by account, kind and click, dated at the click; an invite carries its note', () => {
    const a = unconfirmedEvent(check({ withNote: true }), ME);
    expect(a).toEqual({
      key: `unconfirmed:invite:${T0}@${ME}`,
      account: ME,
      kind: 'invite',
      at: T0,
      withNote: true,
      unconfirmed: true,
    });
    expect(unconfirmedEvent(check({ withNote: true }), ME).key).toBe(a.key);
    expect(unconfirmedEvent(check({ clickAt: T0 + 1 }), ME).key).not.toBe(a.key);
    expect(unconfirmedEvent(check({ kind: 'inmail' }), ME)).not.toHaveProperty('withNote');
  });

  it('is only recorded for a recent click', () => {
    expect(checkInTime(T0, T0 + 8_000)).toBe(true);
    expect(checkInTime(T0, T0 + 10 * 60_000)).toBe(true);
    expect(checkInTime(T0, T0 + 10 * 60_000 + 1)).toBe(false);
    expect(checkInTime(T0 + 6_000, T0)).toBe(false);
  });
});

describe('the kept state', () => {
  it('keeps claims 15 minutes and the newest unconfirmed sends of the last 8 days', () => {
    const now = T0 + UNCONFIRMED_KEEP_MS;
    const sends = Array.from({ length: MAX_UNCONFIRMED + 3 }, (_, i) => send(T0 + i * 1000));
    const claims = [
      { send: 'a', click: 'x', at: now - CLAIM_KEEP_MS },
      { send: 'b', click: 'y', at: now - CLAIM_KEEP_MS - 1 },
    ];
    const kept = pruneState({ sends: [send(T0 - 1), ...sends], claims }, now);
    expect(kept.claims.map((c) => c.send)).toEqual(['a']);
    expect(kept.sends).toHaveLength(MAX_UNCONFIRMED);
    expect(kept.sends[0]?.clickAt).toBe(T0 + 3000);
    expect(kept.sends.at(-1)?.clickAt).toBe(T0 + (MAX_UNCONFIRMED + 2) * 1000);
  });

  it('lets a late send replace only clicks of the last LATE_SEND_MS, oldest first', () => {
    const now = T0 + LATE_SEND_MS;
    const open = openForLateSends([send(T0 + 5), send(T0 - 1), send(T0), send(now + 1)], now);
    expect(open.map((s) => s.clickAt)).toEqual([T0, T0 + 5]);
  });
});
