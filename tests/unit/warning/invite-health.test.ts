// @vitest-environment happy-dom
// The invite dialog's warnings that are no meter's: the re-invite cooldown and the 30,000 cap.
import { describe, expect, it, vi } from 'vitest';
import { askSendWarnings, warningsFrom } from '../../../entrypoints/linkedin.content/ask-warnings';
import { isRed, warningText } from '../../../entrypoints/linkedin.content/banner';
import { sendWarnings, type WarningFacts } from '../../../lib/domain/send-warnings';
import { sendMessage } from '../../../lib/messaging';

vi.mock('../../../lib/messaging', () => ({ sendMessage: vi.fn() }));

const DAY = 86_400_000;
/** Fri 4 Dec 2026, 12:00 UTC. */
const NOW = Date.UTC(2026, 11, 4, 12);
const withdrawnAt = NOW - 10 * DAY;
const facts = (over: Partial<WarningFacts> = {}): WarningFacts => ({
  meters: [],
  noteMaxLength: 300,
  ...over,
});

describe('sendWarnings: cooldown and cap', () => {
  it('a recent withdrawal is a red warning in the invite dialog only, with the day it frees up', () => {
    const f = facts({ cooldown: { withdrawnAt, freeAt: withdrawnAt + 21 * DAY } });
    const [w] = sendWarnings(f, { surface: 'invite' });
    expect(w).toMatchObject({
      reason: 'cooldown',
      zone: 'red',
      nextFreeAt: NOW + 11 * DAY,
      since: withdrawnAt,
    });
    expect(sendWarnings(f, { surface: 'message' })).toEqual([]);
    expect(warningText(w as never, 'UTC', NOW)).toBe(
      'Invitation to this person withdrawn less than 3 weeks ago: LinkedIn blocks a new one until Tue 15 Dec',
    );
    expect(isRed(sendWarnings(f, { surface: 'invite' }))).toBe(true);
  });

  it('the cap: amber near it, red at it, worded after LinkedIn Help', () => {
    const [amber] = sendWarnings(facts({ cap: { count: 29_412, cap: 30_000, zone: 'warn' } }), {
      surface: 'invite',
    });
    expect(amber).toMatchObject({ reason: 'connection-cap', zone: 'warn', used: 29_412, remaining: 588 });
    expect(warningText(amber as never, 'UTC', NOW)).toBe(
      "Pacer: 29,412 of LinkedIn's 30,000 connections; at the cap the Connect button turns into Follow",
    );
    const red = sendWarnings(facts({ cap: { count: 30_000, cap: 30_000, zone: 'red' } }), {
      surface: 'invite',
    });
    expect(red[0]).toMatchObject({ zone: 'red', remaining: 0 });
    expect(sendWarnings(facts({ cap: null, cooldown: null }), { surface: 'invite' })).toEqual([]);
  });
});

describe("the content script checks the worker's answer and names the invitee", () => {
  it('drops a malformed cooldown or cap, keeps well-formed ones', () => {
    const ok = {
      facts: {
        meters: [],
        noteMaxLength: 300,
        cooldown: { withdrawnAt, freeAt: withdrawnAt + 21 * DAY },
        cap: { count: 29_100, cap: 30_000, zone: 'warn' },
      },
    };
    expect(warningsFrom(ok, { surface: 'invite' })?.warnings.map((w) => w.reason)).toEqual([
      'cooldown',
      'connection-cap',
    ]);
    const bad = {
      facts: {
        meters: [],
        noteMaxLength: 300,
        cooldown: { withdrawnAt: 'x', freeAt: 1 },
        cap: { count: 1, cap: 2, zone: 'ok' },
      },
    };
    expect(warningsFrom(bad, { surface: 'invite' })?.warnings).toEqual([]);
  });

  it('from a profile page the invite dialog asks about that person; elsewhere about no one', async () => {
    vi.mocked(sendMessage).mockResolvedValue(facts() as never);
    await askSendWarnings({ surface: 'invite' }, 'https://www.linkedin.com/in/ana-b/');
    expect(sendMessage).toHaveBeenLastCalledWith('getWarningFacts', { invitee: 'ana-b' });
    await askSendWarnings(
      { surface: 'invite' },
      'https://www.linkedin.com/sales/lead/ACwAAAnaLead01,NAME_SEARCH,x1',
    );
    expect(sendMessage).toHaveBeenLastCalledWith('getWarningFacts', {
      invitee: 'urn:li:fs_salesProfile:ACwAAAnaLead01',
    });
    await askSendWarnings({ surface: 'invite' }, 'https://www.linkedin.com/search/results/people/');
    expect(sendMessage).toHaveBeenLastCalledWith('getWarningFacts', undefined);
    await askSendWarnings({ surface: 'message' }, 'https://www.linkedin.com/in/ana-b/');
    expect(sendMessage).toHaveBeenLastCalledWith('getWarningFacts', undefined);
  });
});
