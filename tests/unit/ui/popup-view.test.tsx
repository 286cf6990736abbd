// @vitest-environment happy-dom

import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PopupView } from '../../../components/popup-view';
import type { AccountReport, SeenAccount } from '../../../lib/domain/account-report';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { computeBudgets } from '../../../lib/domain/budgets';
import { METERS } from '../../../lib/domain/limits';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';
import { parseSnapshot, serializeSnapshot } from '../../../lib/ui/snapshot';
import { mount } from './render';

const NOW = new Date('2026-11-27T18:56:00Z'); // Friday
const TZ = 'Europe/Paris';
const ALICE: SeenAccount = {
  account: 'urn:li:fsd_profile:ACoAAAlice',
  firstSeenAt: NOW.getTime() - 86_400_000,
  lastSeenAt: NOW.getTime() - 60_000,
  slug: 'alice',
};
const BOB: SeenAccount = {
  account: 'urn:li:fsd_profile:ACoAABob',
  firstSeenAt: 0,
  lastSeenAt: 1,
  slug: 'bob',
};

function invites(n: number, from: number): ActivityEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    key: `invite:${from + i}`,
    account: ALICE.account,
    kind: 'invite' as const,
    at: from + i * 60_000,
  }));
}

function accountReport(settings: Settings, events: ActivityEvent[], accounts: SeenAccount[]): AccountReport {
  return {
    account: accounts[0] ?? null,
    accounts,
    settings,
    timeZone: TZ,
    report: computeBudgets({ settings, events, now: NOW, timeZone: TZ }),
  };
}

function mountView(data: AccountReport | null, props: Partial<Parameters<typeof PopupView>[0]> = {}) {
  return mount(<PopupView data={data} now={NOW} {...props} />);
}

const monday = Date.parse('2026-11-22T23:00:00Z'); // Monday 23 Nov 00:00 in Paris

describe('PopupView', () => {
  it('renders each kind+window pair of report.meters exactly once, with the headline carrying none', () => {
    const data = accountReport(defaultSettings(NOW), invites(72, monday + 3_600_000), [ALICE]);
    const root = mountView(data);
    const pairs = [...root.querySelectorAll<HTMLElement>('[data-meter]')].map(
      (e) => `${e.dataset.meter}/${e.dataset.window}`,
    );
    // Every meter but the optional engagement bucket, which is off by default.
    const shown = METERS.filter((m) => m.kind !== 'engagement');
    expect(data.report.meters.map((m) => m.id)).toEqual(shown.map((m) => `${m.kind}-${m.window}`));
    expect(pairs.sort()).toEqual(shown.map((m) => `${m.kind}/${m.window}`).sort());
    const headline = root.querySelector('.headline');
    expect(headline?.textContent).toContain('28');
    expect(headline?.textContent).toContain('invites left this week');
    expect(headline?.closest('[data-meter]')).toBeNull();
    expect(headline?.querySelector('[data-meter]')).toBeNull();
    const week = root.querySelector<HTMLElement>('[data-meter="invites"][data-window="week"]');
    expect(week?.dataset).toMatchObject({ used: '72', limit: '100', remaining: '28', zone: 'warn' });
    // On a free plan InMail and Open Profile are not available.
    expect(
      root.querySelector<HTMLElement>('[data-meter="inmails"][data-window="balance"]')?.dataset.zone,
    ).toBe('none');
  });

  it('shows the plan limits with nothing counted, and a hint, before any account is seen', () => {
    const root = mountView(accountReport(defaultSettings(NOW), [], []));
    expect(root.textContent).toContain('Open LinkedIn to start metering');
    const used = [...root.querySelectorAll<HTMLElement>('[data-meter]')].map((e) => e.dataset.used);
    expect(used).toHaveLength(METERS.length - 1); // all but the engagement bucket (off by default)
    expect(new Set(used)).toEqual(new Set(['0']));
    expect(root.querySelector('select[name="account"]')).toBeNull();
  });

  it('offers an account picker only when there is more than one account', () => {
    const onPick = vi.fn();
    const root = mountView(accountReport(defaultSettings(NOW), [], [ALICE, BOB]), { onPickAccount: onPick });
    const select = root.querySelector<HTMLSelectElement>('select[name="account"]');
    expect([...(select?.options ?? [])].map((o) => o.textContent)).toEqual(['alice', 'bob']);
    if (!select) throw new Error('no picker');
    select.value = BOB.account;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onPick).toHaveBeenCalledWith(BOB.account);
  });

  it('shows the InMail details and a refusal, and says the limits are estimates with their sources', () => {
    const settings: Settings = {
      ...defaultSettings(new Date('2026-11-01T00:00:00Z')),
      plan: 'premium-business',
    };
    const events: ActivityEvent[] = [
      ...invites(3, monday + 3_600_000),
      {
        key: 'refused:1',
        account: ALICE.account,
        kind: 'limit-reached',
        at: NOW.getTime() - 3_600_000,
        action: 'invite',
        code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED',
      },
    ];
    const root = mountView(accountReport(settings, events, [ALICE]));
    const week = root.querySelector<HTMLElement>('[data-meter="invites"][data-window="week"]');
    expect(week?.dataset.zone).toBe('red');
    expect(week?.textContent).toContain('LinkedIn refused: weekly invitation limit reached');
    const inmail = root.querySelector<HTMLElement>('[data-meter="inmails"][data-window="balance"]');
    expect(inmail?.dataset).toMatchObject({ limit: '15', remaining: '15', used: '0' });
    expect(inmail?.textContent).toContain('Rolled over');
    // Plain words: what could come back, not "refunds pending".
    expect(inmail?.textContent).toContain('Could come back if answered');
    expect(root.textContent).not.toMatch(/refunds? pending/i);
    expect(inmail?.textContent).toContain('Next refill');
    expect(root.textContent).toContain('Limits are estimates');
    expect(root.querySelector('a[href="options.html#sources"]')).not.toBeNull();
    // Each meter the plan has names its limit's source in its details; the two it lacks fold into one line.
    const sources = root.querySelectorAll('[data-meter] .meter-source');
    expect(sources).toHaveLength(METERS.length - 1); // all but the engagement bucket (off by default)
    expect(root.querySelector('[data-not-on-plan]')).toBeNull();
  });

  it('says in the headline when the rolling 7 days leave fewer invites than the calendar week', () => {
    const sunday = Date.parse('2026-11-22T09:00:00Z');
    const events = [
      ...invites(80, sunday),
      ...invites(5, monday + 3_600_000).map((e) => ({ ...e, key: `w${e.key}` })),
    ];
    const root = mountView(accountReport(defaultSettings(NOW), events, [ALICE]));
    const headline = root.querySelector('.headline');
    expect(headline?.querySelector('.headline-number')?.textContent).toBe('95');
    expect(headline?.querySelector('.headline-rolling')?.textContent).toBe(
      'Only 15 left over the last 7 days · next slot frees up Sun 10:00 · in 1 d 14 h',
    );
    const week = root.querySelector<HTMLElement>('[data-meter="invites"][data-window="week"]');
    expect(week?.dataset).toMatchObject({ used: '5', remaining: '95', zone: 'warn' });
    expect(week?.querySelector('.meter-rolling')?.textContent).toContain('Rolling 7 days: 85 / 100');
  });

  it('paints a shell without numbers (and without meters) before the first read', () => {
    const root = mountView(null);
    expect(root.querySelector('[data-meter]')).toBeNull();
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
  });
});

describe('warm-start snapshot', () => {
  const data = () => accountReport(defaultSettings(NOW), invites(5, monday + 3_600_000), [ALICE]);

  it('round-trips a report with its instants as Dates', () => {
    const original = data();
    const back = parseSnapshot(serializeSnapshot(original, null, NOW), null, new Date(NOW.getTime() + 1000));
    expect(back).not.toBeNull();
    const week = back?.report.meters.find((m) => m.id === 'invites-week');
    expect(week?.resetsAt).toBeInstanceOf(Date);
    expect(week?.resetsAt?.getTime()).toBe(original.report.meters[0]?.resetsAt?.getTime());
    expect(back?.report.meters.map((m) => [m.id, m.used, m.limit, m.zone])).toEqual(
      original.report.meters.map((m) => [m.id, m.used, m.limit, m.zone]),
    );
  });

  it('round-trips a learned ceiling, whose sentence paints the same from the snapshot', () => {
    const at = NOW.getTime() - 86_400_000;
    const settings = {
      ...defaultSettings(NOW),
      ceilings: { 'invites-week': { count: 87, at, code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED' } },
    };
    const original = accountReport(settings, invites(10, monday + 3_600_000), [ALICE]);
    const back = parseSnapshot(serializeSnapshot(original, null, NOW), null, new Date(NOW.getTime() + 1000));
    const week = back?.report.meters.find((m) => m.id === 'invites-week');
    expect(week?.limit).toBe(87);
    expect(week?.ceiling?.expiresAt).toBeInstanceOf(Date);
    expect(week?.ceiling?.at).toBe(at);
    const sentence = (d: AccountReport | null | undefined) =>
      mountView(d ?? null).querySelector('.meter-ceiling')?.textContent;
    expect(sentence(back)).toBe(
      "LinkedIn stopped you at 87 invites on Thu 26 Nov; Pacer uses 87 as this account's weekly limit until 21 Jan",
    );
    expect(sentence(back)).toBe(sentence(original));
  });

  it('is not used once a reading has changed since, or for another account pick', () => {
    const original = data();
    const text = serializeSnapshot(original, null, NOW);
    const change = original.report.nextChangeAt;
    expect(change).not.toBeNull();
    expect(parseSnapshot(text, null, new Date((change?.getTime() ?? 0) + 1))).toBeNull();
    expect(parseSnapshot(text, BOB.account, NOW)).toBeNull();
    expect(parseSnapshot('{not json', null, NOW)).toBeNull();
    expect(parseSnapshot(null, null, NOW)).toBeNull();
  });
});

describe('PopupView: engagement and ramp-up', () => {
  const reactions = (n: number): ActivityEvent[] =>
    Array.from({ length: n }, (_, i) => ({
      key: `reaction:${i}`,
      account: ALICE.account,
      kind: 'reaction' as const,
      at: NOW.getTime() - 3_600_000,
    }));

  it('shows the engagement meter with its contract when switched on, and not at all when off', () => {
    const on = mountView(
      accountReport({ ...defaultSettings(NOW), engagementMeter: true }, reactions(4), [ALICE]),
    );
    const m = on.querySelector<HTMLElement>('[data-meter="engagement"][data-window="day"]');
    expect(m?.dataset).toMatchObject({ used: '4', limit: '100', remaining: '96', zone: 'ok' });
    expect(m?.textContent).toContain('Engagement today');
    const off = mountView(accountReport(defaultSettings(NOW), reactions(4), [ALICE]));
    expect(off.querySelector('[data-meter="engagement"]')).toBeNull();
    expect(off.textContent).not.toContain('not on your plan');
  });

  it('says the week of the ramp on the invite meters', () => {
    const settings: Settings = {
      ...defaultSettings(NOW),
      rampUp: { startedAt: NOW.getTime() - 8 * 86_400_000, heldDays: 0, heldSince: null },
    };
    const root = mountView(accountReport(settings, [], [ALICE]));
    const day = root.querySelector<HTMLElement>('[data-meter="invites"][data-window="day"]');
    expect(day?.dataset.limit).toBe('12');
    expect(day?.querySelector('.meter-ramp')?.textContent).toBe(
      'Ramp-up week 2 of 6: the limit grows each week',
    );
    expect(root.querySelector('[data-meter="messages"] .meter-ramp')).toBeNull();
  });
});

describe('snapshot: the ramp-up', () => {
  it('round-trips the ramp week and its next week as a Date', () => {
    const settings: Settings = {
      ...defaultSettings(NOW),
      rampUp: { startedAt: NOW.getTime() - 8 * 86_400_000, heldDays: 0, heldSince: null },
    };
    const data = accountReport(settings, [], [ALICE]);
    const back = parseSnapshot(serializeSnapshot(data, null, NOW), null, NOW);
    const ramp = back?.report.meters.find((m) => m.id === 'invites-day')?.ramp;
    expect(ramp?.week).toBe(2);
    expect(ramp?.nextWeekAt).toBeInstanceOf(Date);
    expect(ramp?.nextWeekAt?.getTime()).toBe(
      data.report.meters.find((m) => m.id === 'invites-day')?.ramp?.nextWeekAt?.getTime(),
    );
  });
});

describe('PopupView: the headline is the tightest meter, and a refusal is stated once', () => {
  const refused = (action: 'invite' | 'message', code: string): ActivityEvent => ({
    key: `refused:${action}`,
    account: ALICE.account,
    kind: 'limit-reached',
    at: NOW.getTime() - 3_600_000,
    action,
    code,
  });

  it('headlines the meter the badge shows, not always the weekly invites', () => {
    const messages: ActivityEvent[] = Array.from({ length: 27 }, (_, i) => ({
      key: `message:${i}`,
      account: ALICE.account,
      kind: 'message' as const,
      at: NOW.getTime() - 3_600_000 + i,
    }));
    const data = accountReport(
      defaultSettings(NOW),
      [...invites(10, monday + 3_600_000), ...messages],
      [ALICE],
    );
    expect(data.report.tightest?.id).toBe('messages-day'); // 27/30 beats 10/100
    const root = mountView(data);
    const headline = root.querySelector<HTMLElement>('.headline');
    expect(headline?.dataset.headline).toBe('messages-day');
    expect(headline?.querySelector('.headline-number')?.textContent).toBe('3');
    expect(headline?.querySelector('.headline-caption')?.textContent).toBe('messages left today');
    expect(headline?.textContent).toContain('resets Sat 00:00');
  });

  it('states the weekly invite refusal once, with the week reset; today only points to it', () => {
    const data = accountReport(
      defaultSettings(NOW),
      [...invites(3, monday + 3_600_000), refused('invite', 'CANT_INVITE_CONNECTION_LIMIT_REACHED')],
      [ALICE],
    );
    const root = mountView(data);
    const words = 'LinkedIn refused: weekly invitation limit reached';
    const visible = (el: Element) => !el.closest('[hidden]');
    const stated = [...root.querySelectorAll('.headline-refusal, .meter-refusal')].filter(
      (e) => e.textContent?.startsWith(words) && visible(e),
    );
    expect(stated).toHaveLength(1);
    expect(root.querySelector('.headline')?.textContent).toContain('resets Mon 00:00');
    const day = root.querySelector<HTMLElement>('[data-meter="invites"][data-window="day"]');
    expect(day?.dataset).toMatchObject({ remaining: '0', zone: 'red' });
    expect(day?.querySelector('.meter-refusal')).toBeNull();
    expect(day?.querySelector('.meter-reset')).toBeNull(); // no "resets Sat 00:00" contradicting the week
    expect(day?.querySelector('.meter-refusal-ref')?.textContent).toContain('Invites this week');
    const week = root.querySelector<HTMLElement>('[data-meter="invites"][data-window="week"]');
    expect(week?.querySelector('.meter-refusal')?.textContent).toContain(words);
  });

  it('shows no reset time on a meter without a limit', () => {
    const settings: Settings = {
      ...defaultSettings(new Date('2026-11-01T00:00:00Z')),
      plan: 'premium-business',
    };
    const notes = invites(2, monday + 3_600_000).map((e) => ({ ...e, withNote: true }));
    const root = mountView(accountReport(settings, notes, [ALICE]));
    const m = root.querySelector<HTMLElement>('[data-meter="invite-notes"][data-window="month"]');
    expect(m?.dataset.limit).toBe('unlimited');
    expect(m?.textContent).not.toMatch(/resets|frees up/);
    expect(m?.textContent).toContain('No limit on your plan');
  });

  it('folds the meters a plan lacks into one quiet line, each keeping its data contract', () => {
    const root = mountView(accountReport(defaultSettings(NOW), [], [ALICE]));
    const line = root.querySelector('[data-not-on-plan]');
    expect(line?.textContent).toBe('Not on your plan: InMail credits, Open Profile messages');
    const folded = [...(line?.querySelectorAll<HTMLElement>('[data-meter]') ?? [])].map((e) => ({
      ...e.dataset,
    }));
    expect(folded).toEqual([
      { meter: 'inmails', window: 'balance', used: '0', limit: '0', remaining: '0', zone: 'none' },
      { meter: 'inmails', window: 'day', used: '0', limit: '0', remaining: '0', zone: 'none' },
      { meter: 'open-profile', window: 'month', used: '0', limit: '0', remaining: '0', zone: 'none' },
    ]);
    expect(root.querySelectorAll('.meters [data-zone="none"]')).toHaveLength(0);
  });

  it("opens a meter's details on demand", () => {
    const root = mountView(accountReport(defaultSettings(NOW), invites(3, monday + 3_600_000), [ALICE]));
    const week = root.querySelector<HTMLElement>('[data-meter="invites"][data-window="week"]');
    const toggle = week?.querySelector<HTMLButtonElement>('button.meter-toggle');
    const details = week?.querySelector<HTMLElement>('.meter-details');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(toggle?.getAttribute('aria-controls')).toBe(details?.id);
    expect(details?.hidden).toBe(true);
    act(() => toggle?.click());
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(details?.hidden).toBe(false);
    expect(details?.textContent).toContain('97 left');
  });
});
