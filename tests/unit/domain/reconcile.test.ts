import { describe, expect, it } from 'vitest';
import { calibrationFromShownCredits } from '../../../lib/domain/inmail-calibration';
import {
  ageRange,
  invitationOfKey,
  MATCH_SLACK_MS,
  reconcileSentInvitations,
  replacedStandIns,
  type SentInvitation,
  type StoredInvite,
} from '../../../lib/domain/reconcile';
import { windowPredicate } from '../../../lib/domain/windows';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ana = 'urn:li:fsd_profile:ACoAAAnaProfileId000000000000000001';
const bo = 'urn:li:fsd_profile:ACoAABoProfileId0000000000000000002';

/** Wednesday 2026-10-07 10:30 in Paris (08:30 UTC). */
const NOW = Date.UTC(2026, 9, 7, 8, 30);

describe('ageRange: the instants a relative send time allows', () => {
  it('"Sent today" may be now, never later, and as early as yesterday', () => {
    const r = ageRange({ n: 0, unit: 'day' }, NOW, 'Europe/Paris');
    expect(r.latest).toBe(NOW);
    expect(r.earliest).toBe(Date.UTC(2026, 9, 5, 22)); // 6 Oct 00:00 Paris
  });

  it('"Sent 3 days ago" is read as the end of that calendar day in the zone (the later reading)', () => {
    // 4 Oct in Paris ends at 4 Oct 22:00 UTC; elapsed-time reading would give 4 Oct 08:30 UTC.
    expect(ageRange({ n: 3, unit: 'day' }, NOW, 'Europe/Paris').latest).toBe(Date.UTC(2026, 9, 4, 22) - 1);
    // The same label in Los Angeles (it is 01:30 there): 4 Oct ends at 5 Oct 07:00 UTC.
    expect(ageRange({ n: 3, unit: 'day' }, NOW, 'America/Los_Angeles').latest).toBe(
      Date.UTC(2026, 9, 5, 7) - 1,
    );
    // In Tokyo (17:30), the 4th ends at 4 Oct 15:00 UTC.
    expect(ageRange({ n: 3, unit: 'day' }, NOW, 'Asia/Tokyo').latest).toBe(Date.UTC(2026, 9, 4, 15) - 1);
  });

  it('"Sent 1 week ago" may be as late as the end of the day a week back, as early as two weeks back', () => {
    const r = ageRange({ n: 1, unit: 'week' }, NOW, 'UTC');
    expect(r.latest).toBe(Date.UTC(2026, 8, 30, 23, 59, 59, 999));
    expect(r.earliest).toBe(Date.UTC(2026, 8, 23));
  });

  it('months and years are calendar months and years', () => {
    expect(ageRange({ n: 2, unit: 'month' }, NOW, 'UTC').latest).toBe(Date.UTC(2026, 7, 7, 23, 59, 59, 999));
    expect(ageRange({ n: 1, unit: 'year' }, NOW, 'UTC').earliest).toBe(Date.UTC(2024, 9, 7));
  });

  it('hours and minutes are elapsed time, never after now', () => {
    expect(ageRange({ n: 5, unit: 'hour' }, NOW, 'UTC')).toEqual({
      earliest: NOW - 6 * HOUR,
      latest: NOW - 5 * HOUR,
    });
    expect(ageRange({ n: 0, unit: 'minute' }, NOW, 'UTC').latest).toBe(NOW);
  });

  it('across a DST change the day still ends at local midnight', () => {
    // Sunday 2026-10-25: Paris leaves summer time. "Sent yesterday" seen on Monday 26 Oct 09:00 Paris.
    const monday = Date.UTC(2026, 9, 26, 8);
    expect(ageRange({ n: 1, unit: 'day' }, monday, 'Europe/Paris').latest).toBe(
      Date.UTC(2026, 9, 25, 23) - 1,
    );
  });

  it('refuses an unknown zone', () => {
    expect(() => ageRange({ n: 1, unit: 'day' }, NOW, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('reconcileSentInvitations', () => {
  const exact = (
    invitation: string,
    invitee: string,
    sentAt: number,
    withNote?: boolean,
  ): SentInvitation => ({
    invitation,
    invitee,
    sentAt,
    ...(withNote === undefined ? {} : { withNote }),
  });

  it('an invitation sent elsewhere becomes an invite dated at LinkedIn send time, source linkedin', () => {
    const sentAt = NOW - 2 * DAY;
    const r = reconcileSentInvitations([], [exact('7001', ana, sentAt, true)], NOW, 'UTC');
    expect(r.events).toEqual([
      { key: 'linkedin:7001', kind: 'invite', source: 'linkedin', at: sentAt, target: ana, withNote: true },
    ]);
    expect(r.pending).toEqual([{ invitation: '7001', invitee: ana, sentAt, withNote: true }]);
    expect(r.undated).toBe(0);
  });

  it('an invitation Pacer observed (key invite:<n>) is never counted again', () => {
    const stored: StoredInvite[] = [{ key: 'invite:7001', target: ana, at: NOW - 2 * DAY + 1500 }];
    const r = reconcileSentInvitations(stored, [exact('7001', ana, NOW - 2 * DAY)], NOW, 'UTC');
    expect(r.events).toEqual([]);
    expect(r.pending).toHaveLength(1);
  });

  it('an invitation already reconciled, or removed by the user (its tombstone), is not added again', () => {
    const r = reconcileSentInvitations(
      [{ key: 'linkedin:7001', at: NOW - DAY }],
      [exact('7001', ana, NOW - DAY)],
      NOW,
      'UTC',
    );
    expect(r.events).toEqual([]);
  });

  it('an observed invite without LinkedIn id matches by invitee, within the time the list allows', () => {
    const observed: StoredInvite = { key: 'invite:h:abc', target: ana, at: NOW - 3 * DAY };
    const listed = exact('7002', ana, NOW - 3 * DAY - 20_000);
    expect(reconcileSentInvitations([observed], [listed], NOW, 'UTC').events).toEqual([]);
    // An invite to the same person long before the invitation was sent was another, withdrawn one.
    const older: StoredInvite = {
      key: 'invite:h:old',
      target: ana,
      at: NOW - 3 * DAY - MATCH_SLACK_MS - 60_000,
    };
    expect(reconcileSentInvitations([older], [listed], NOW, 'UTC').events.map((e) => e.key)).toEqual([
      'linkedin:7002',
    ]);
  });

  it('one stored invite matches one invitation only', () => {
    const observed: StoredInvite = { key: 'invite:h:abc', target: ana, at: NOW - DAY };
    const r = reconcileSentInvitations(
      [observed],
      [exact('7003', ana, NOW - DAY), exact('7004', ana, NOW - DAY)],
      NOW,
      'UTC',
    );
    expect(r.events.map((e) => e.key)).toEqual(['linkedin:7004']);
  });

  it('"Sent 1 week ago" is dated at the latest instant the text allows, so a rolling week never undercounts', () => {
    for (const zone of ['UTC', 'Europe/Paris', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Auckland']) {
      const r = reconcileSentInvitations(
        [],
        [{ invitation: '7005', invitee: bo, sentAt: null, age: { n: 6, unit: 'day' } }],
        NOW,
        zone,
      );
      const [e] = r.events;
      expect(e?.at, zone).toBeLessThanOrEqual(NOW);
      // Six calendar days back, at the day's last instant: inside the rolling 7 days.
      expect(windowPredicate('rolling-7d', new Date(NOW), zone)(e?.at ?? 0), zone).toBe(true);
    }
  });

  it('"Sent today" counts in today', () => {
    for (const zone of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
      const r = reconcileSentInvitations(
        [],
        [{ invitation: '7006', sentAt: null, age: { n: 0, unit: 'day' } }],
        NOW,
        zone,
      );
      expect(windowPredicate('day', new Date(NOW), zone)(r.events[0]?.at ?? 0), zone).toBe(true);
      expect(r.events[0]?.at).toBe(NOW);
    }
  });

  it('a relative time matches an observed invite to the same person anywhere in its span', () => {
    const observed: StoredInvite = { key: 'invite:h:x', target: bo, at: NOW - 10 * DAY };
    const r = reconcileSentInvitations(
      [observed],
      [{ invitation: '7007', invitee: bo, sentAt: null, age: { n: 1, unit: 'week' } }],
      NOW,
      'Europe/Paris',
    );
    expect(r.events).toEqual([]);
  });

  it('a send time in the future is clamped to now; an undated invitation is pending but never counted', () => {
    const r = reconcileSentInvitations(
      [],
      [exact('7008', ana, NOW + 5 * 60_000), { invitation: '7009', invitee: bo, sentAt: null }],
      NOW,
      'UTC',
    );
    expect(r.events.map((e) => [e.key, e.at])).toEqual([['linkedin:7008', NOW]]);
    expect(r.pending.map((p) => p.sentAt)).toEqual([NOW, null]);
    expect(r.undated).toBe(1);
  });

  it('the same invitation twice in one list counts once; events come oldest first', () => {
    const r = reconcileSentInvitations(
      [],
      [exact('7011', bo, NOW - HOUR), exact('7010', ana, NOW - 2 * HOUR), exact('7011', bo, NOW - HOUR)],
      NOW,
      'UTC',
    );
    expect(r.events.map((e) => e.key)).toEqual(['linkedin:7010', 'linkedin:7011']);
    expect(r.pending).toHaveLength(2);
  });

  it('invitations older than `since` stay pending but are not stored', () => {
    const r = reconcileSentInvitations([], [exact('7012', ana, NOW - 400 * DAY)], NOW, 'UTC', {
      since: NOW - 395 * DAY,
    });
    expect(r.events).toEqual([]);
    expect(r.pending).toHaveLength(1);
  });

  it('reads the invitation number from both stored key forms, and nothing else', () => {
    expect(invitationOfKey('invite:7233657330934931458')).toBe('7233657330934931458');
    expect(invitationOfKey('linkedin:42')).toBe('42');
    expect(invitationOfKey('invite:h:0123abcd')).toBeUndefined();
    expect(invitationOfKey('invite-withdrawn:42')).toBeUndefined();
  });

  it('reconciles 1,000 invitations against 5,000 stored invites quickly (pure part)', () => {
    const stored: StoredInvite[] = Array.from({ length: 5000 }, (_, i) => ({
      key: `invite:${9_000_000 + i}`,
      target: `urn:li:fsd_profile:ACoAAStored${i}`,
      at: NOW - (i % 90) * DAY,
    }));
    const sent: SentInvitation[] = Array.from({ length: 1000 }, (_, i) => ({
      invitation: String(i % 2 ? 9_000_000 + i : 8_000_000 + i),
      invitee: `urn:li:fsd_profile:ACoAAListed${i}`,
      sentAt: NOW - (i % 60) * DAY,
    }));
    const t = performance.now();
    const r = reconcileSentInvitations(stored, sent, NOW, 'Europe/Paris');
    expect(performance.now() - t).toBeLessThan(100);
    expect(r.events).toHaveLength(500);
  });
});

describe('calibrationFromShownCredits', () => {
  it('a shown count calibrates the ledger from that instant', () => {
    expect(calibrationFromShownCredits(37, NOW, null)).toEqual({ balance: 37, at: NOW });
    expect(calibrationFromShownCredits(0, NOW, { balance: 50, at: NOW - DAY }, 3)).toEqual({
      balance: 0,
      at: NOW,
    });
  });

  it('changes nothing when the ledger already agrees, or a newer calibration stands', () => {
    expect(calibrationFromShownCredits(12, NOW, { balance: 15, at: NOW - DAY }, 12)).toBeNull();
    expect(calibrationFromShownCredits(12, NOW, { balance: 15, at: NOW })).toBeNull();
    expect(calibrationFromShownCredits(12, NOW, { balance: 15, at: NOW + 1 })).toBeNull();
  });

  it('refuses what is not a credit count', () => {
    for (const bad of [-1, 2.5, Number.NaN, 10_001])
      expect(calibrationFromShownCredits(bad, NOW, null)).toBeNull();
  });
});

describe('hand-added stand-ins', () => {
  const H = 3_600_000;
  it('each listed send replaces the nearest hand-added invite within a week, once', () => {
    const manual = [
      { key: 'm1', at: 0 },
      { key: 'm2', at: 10 * H },
      { key: 'm3', at: 200 * H },
    ];
    expect(replacedStandIns([{ at: 9 * H }], manual)).toEqual(['m2']);
    expect(replacedStandIns([{ at: 9 * H }, { at: 9 * H }, { at: 9 * H }], manual)).toEqual(['m2', 'm1']);
    // A week is the edge: 168 h away still stands in, a minute more does not.
    expect(replacedStandIns([{ at: 168 * H }], [{ key: 'm', at: 0 }])).toEqual(['m']);
    expect(replacedStandIns([{ at: 168 * H + 60_000 }], [{ key: 'm', at: 0 }])).toEqual([]);
    expect(replacedStandIns([], manual)).toEqual([]);
  });
});
