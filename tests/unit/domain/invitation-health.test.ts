import { describe, expect, it } from 'vitest';
import { REINVITE_COOLDOWN_MS, reinviteCooldown } from '../../../lib/domain/cooldown';
import {
  acceptance,
  acceptanceZone,
  connectionCap,
  type HealthInputs,
  invitationHealth,
  invitationNumber,
  type ListedInvitation,
  MIN_ACCEPTANCE_BASIS,
  pendingBacklog,
} from '../../../lib/domain/invitation-health';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Friday 2026-12-04 12:00 UTC. */
const NOW = Date.UTC(2026, 11, 4, 12);
const who = (i: number) => `urn:li:fsd_profile:ACoAAPerson${String(i).padStart(4, '0')}`;

function listed(
  i: number,
  daysAgo: number,
  status: ListedInvitation['status'],
  seenAt = NOW - HOUR,
): ListedInvitation {
  return {
    key: String(9000 + i),
    invitee: who(i),
    sentAt: NOW - daysAgo * DAY,
    sentAtExact: true,
    status,
    seenAt,
  };
}

/** `n` invitations sent 45 days ago, the first `accepted` of them accepted, the rest still pending. */
function batch(n: number, accepted: number): ListedInvitation[] {
  return Array.from({ length: n }, (_, i) => listed(i, 45, i < accepted ? 'accepted' : 'pending'));
}

const inputs = (invitations: ListedInvitation[], more: Partial<HealthInputs> = {}): HealthInputs => ({
  invitations,
  invites: [],
  withdrawals: [],
  ...more,
});

describe('acceptanceZone: the zones at the thresholds', () => {
  it('30 % exactly is ok, a hair under is amber; 20 % exactly is amber, under it red', () => {
    expect(acceptanceZone(6, 20)).toEqual({ zone: 'ok', rate: 0.3, basis: 20 });
    expect(acceptanceZone(29, 100).zone).toBe('warn');
    expect(acceptanceZone(30, 100).zone).toBe('ok');
    expect(acceptanceZone(20, 100)).toEqual({ zone: 'warn', rate: 0.2, basis: 100 });
    expect(acceptanceZone(19, 100).zone).toBe('red');
    expect(acceptanceZone(0, 40)).toEqual({ zone: 'red', rate: 0, basis: 40 });
  });

  it('below the minimum there is no rate, only the count it would rest on', () => {
    expect(MIN_ACCEPTANCE_BASIS).toBe(20);
    expect(acceptanceZone(19, 19)).toEqual({ zone: 'unknown', rate: null, basis: 19 });
    expect(acceptanceZone(0, 0)).toEqual({ zone: 'unknown', rate: null, basis: 0 });
    expect(acceptanceZone(5, 20).zone).toBe('warn'); // 25 %, on the smallest basis shown
    expect(acceptanceZone(3, 20).zone).toBe('red'); // 15 %
  });
});

describe('acceptance: invitations sent 30–60 days ago, from what Pacer saw', () => {
  it('accepted ÷ sent over the window, with the count it rests on', () => {
    const a = acceptance(inputs(batch(20, 5)), NOW);
    expect(a).toMatchObject({ zone: 'warn', rate: 0.25, basis: 20, accepted: 5, reason: null });
    expect(a.from).toBe(NOW - 60 * DAY);
    expect(a.to).toBe(NOW - 30 * DAY);
  });

  it('leaves out invitations younger than 30 days and older than 60', () => {
    const young = Array.from({ length: 10 }, (_, i) => listed(100 + i, 29, 'pending'));
    const old = Array.from({ length: 10 }, (_, i) => listed(200 + i, 61, 'pending'));
    const edge = [listed(300, 30, 'pending'), listed(301, 60, 'accepted')]; // 30 d in, 60 d in
    const a = acceptance(inputs([...batch(20, 10), ...young, ...old, ...edge]), NOW);
    expect(a.basis).toBe(22);
    expect(a.accepted).toBe(11);
  });

  it('"not enough data" below 20 invitations, yet says how many it has', () => {
    const a = acceptance(inputs(batch(19, 19)), NOW);
    expect(a).toMatchObject({ zone: 'unknown', rate: null, basis: 19, reason: 'few' });
  });

  it("no rate when LinkedIn's lists were not seen in the last 30 days: acceptances could not be", () => {
    const stale = batch(30, 3).map((r) => ({ ...r, seenAt: NOW - 31 * DAY }));
    expect(acceptance(inputs(stale), NOW)).toMatchObject({
      zone: 'unknown',
      reason: 'lists-unseen',
      basis: 30,
    });
    // The connection count seen on the connections page is a fresh look too.
    expect(acceptance(inputs(stale, { connectionsSeenAt: NOW - DAY }), NOW)).toMatchObject({
      zone: 'red',
      rate: 0.1,
    });
  });

  it('counts an invite Pacer saw once, with its list record; accepted only on positive evidence', () => {
    const records = batch(18, 6);
    const invites = [
      // the same invitation as a record (by number, by invitee): not counted twice
      { key: 'invite:9000', at: NOW - 45 * DAY, target: who(0) },
      { key: 'invite:h:abc', at: NOW - 45 * DAY, target: who(1) },
      // seen by Pacer only, gone from every list: sent, not accepted
      { key: 'invite:7001', at: NOW - 40 * DAY, target: who(50) },
      // accepted: its invitee turned up in the connections list (a record under another key)
      { key: 'invite:7002', at: NOW - 40 * DAY, target: who(51) },
      // added by hand: cannot be followed, left out
      { key: 'manual:1', at: NOW - 40 * DAY, source: 'manual' as const },
      { key: 'invite:h:nobody', at: NOW - 40 * DAY },
    ];
    const evidence: ListedInvitation = { ...listed(51, 10, 'accepted'), key: 'accepted:7002' };
    const a = acceptance(inputs([...records, evidence], { invites }), NOW);
    expect(a.basis).toBe(20);
    expect(a.accepted).toBe(7);
    expect(a.zone).toBe('ok');
  });

  it('a withdrawn invitation was sent and not accepted', () => {
    const records = [...batch(19, 6), listed(40, 50, 'withdrawn')];
    expect(acceptance(inputs(records), NOW)).toMatchObject({ basis: 20, accepted: 6, zone: 'ok' });
  });
});

describe("pendingBacklog: as LinkedIn's sent list last showed it", () => {
  const t = { warn: 300, red: 500 };
  const many = (n: number, seenAt = NOW - HOUR) =>
    Array.from({ length: n }, (_, i) => listed(i, 1, 'pending', seenAt));

  it('zones from the thresholds: 299 ok, 300 amber, 499 amber, 500 red', () => {
    expect(pendingBacklog(inputs(many(299)), NOW, t).zone).toBe('ok');
    expect(pendingBacklog(inputs(many(300)), NOW, t)).toMatchObject({ zone: 'warn', count: 300 });
    expect(pendingBacklog(inputs(many(499)), NOW, t).zone).toBe('warn');
    expect(pendingBacklog(inputs(many(500)), NOW, t)).toMatchObject({
      zone: 'red',
      count: 500,
      seenAt: NOW - HOUR,
    });
    expect(pendingBacklog(inputs(many(12)), NOW, { warn: 10, red: 20 }).zone).toBe('warn');
  });

  it('never seen: no count, unknown', () => {
    expect(pendingBacklog(inputs([]), NOW, t)).toMatchObject({ count: null, seenAt: null, zone: 'unknown' });
  });

  it('counts only the last look (its pages within 30 minutes), less what was withdrawn since', () => {
    const older = Array.from({ length: 5 }, (_, i) => listed(100 + i, 2, 'pending', NOW - 3 * DAY));
    const pages = [
      ...many(3, NOW - 2 * HOUR),
      ...Array.from({ length: 2 }, (_, i) => listed(50 + i, 2, 'pending', NOW - 2 * HOUR + 20 * 60_000)),
    ];
    const withdrawals = [{ key: 'invite-withdrawn:9050', at: NOW - HOUR }];
    const b = pendingBacklog(
      inputs([...older, ...pages, listed(60, 2, 'accepted')], { withdrawals }),
      NOW,
      t,
    );
    expect(b.count).toBe(4);
    expect(b.seenAt).toBe(NOW - 2 * HOUR + 20 * 60_000);
  });

  it('lists the invitations pending over 3 weeks, oldest first', () => {
    const rows = [
      listed(1, 21, 'pending'),
      listed(2, 30, 'pending'),
      listed(3, 22, 'pending'),
      listed(4, 3, 'pending'),
    ];
    rows[0] = { ...rows[0], sentAt: NOW - 21 * DAY } as ListedInvitation; // exactly 3 weeks: not over
    const b = pendingBacklog(inputs(rows), NOW, t);
    expect(b.stale.map((s) => s.key)).toEqual(['9002', '9003']);
    expect(b.stale[0]).toEqual({ key: '9002', invitee: who(2), sentAt: NOW - 30 * DAY, sentAtExact: true });
  });
});

describe("connectionCap: LinkedIn's 30,000", () => {
  it('amber from 29,000, red at 30,000, unknown until LinkedIn showed a count', () => {
    expect(connectionCap(null)).toMatchObject({ zone: 'unknown', count: null });
    expect(connectionCap({ count: 28_999, at: NOW }).zone).toBe('ok');
    expect(connectionCap({ count: 29_000, at: NOW })).toMatchObject({ zone: 'warn', count: 29_000, at: NOW });
    expect(connectionCap({ count: 29_999, at: NOW }).zone).toBe('warn');
    expect(connectionCap({ count: 30_000, at: NOW }).zone).toBe('red');
  });

  it("invitationHealth puts the three together; the count's look counts as a look at the lists", () => {
    const stale = batch(20, 10).map((r) => ({ ...r, seenAt: NOW - 40 * DAY }));
    const h = invitationHealth({ ...inputs(stale), connections: { count: 29_500, at: NOW - DAY } }, NOW, {
      warn: 300,
      red: 500,
    });
    expect(h.acceptance).toMatchObject({ zone: 'ok', rate: 0.5, basis: 20 });
    expect(h.cap.zone).toBe('warn');
    expect(h.pending.count).toBe(10);
  });
});

describe('invitationNumber', () => {
  it('reads every key form an invitation is stored under', () => {
    expect(invitationNumber('7233')).toBe('7233');
    expect(invitationNumber('urn:li:fsd_invitation:7233')).toBe('7233');
    expect(invitationNumber('invite:7233')).toBe('7233');
    expect(invitationNumber('linkedin:7233')).toBe('7233');
    expect(invitationNumber('invite-withdrawn:7233')).toBe('7233');
    expect(invitationNumber('invite:h:7233')).toBeUndefined();
  });
});

describe('reinviteCooldown: three weeks after a withdrawal', () => {
  const ana = 'urn:li:fsd_profile:ACoAAAna';
  const w = (at: number, invitees = [ana, 'ana-b']) => ({ at, invitees });

  it('20 d 23 h after: blocked, frees up at 21 d; at 21 d: free', () => {
    const at = NOW - (20 * DAY + 23 * HOUR);
    expect(reinviteCooldown([ana], [w(at)], NOW)).toEqual({ withdrawnAt: at, freeAt: at + 21 * DAY });
    expect(reinviteCooldown([ana], [w(NOW - 21 * DAY)], NOW)).toBeNull();
    expect(reinviteCooldown([ana], [w(NOW - 21 * DAY + 1)], NOW)?.freeAt).toBe(NOW + 1);
    expect(REINVITE_COOLDOWN_MS).toBe(21 * DAY);
  });

  it('matches by urn or slug; the latest withdrawal decides; another person is free', () => {
    const first = NOW - 10 * DAY;
    const second = NOW - 2 * DAY;
    expect(reinviteCooldown(['ana-b'], [w(first), w(second)], NOW)?.withdrawnAt).toBe(second);
    expect(reinviteCooldown(['bo', 'urn:li:fsd_profile:ACoAABo'], [w(second)], NOW)).toBeNull();
    expect(reinviteCooldown([], [w(second)], NOW)).toBeNull();
    expect(reinviteCooldown([ana], [w(NOW + HOUR)], NOW)).toBeNull(); // a clock skew is no withdrawal yet
  });
});
