// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Meter } from '../../../components/meter';
import type { MeterReading } from '../../../lib/domain/budgets';
import { meterDataAttributes } from '../../../lib/ui/meter-data';

const NOW = new Date('2026-11-27T18:56:00Z'); // Friday
const TZ = 'Europe/Paris';
const T = { warn: 70, red: 90 };

function reading(over: Partial<MeterReading> & Pick<MeterReading, 'id' | 'kind' | 'window'>): MeterReading {
  return {
    used: 0,
    limit: 100,
    remaining: 100,
    zone: 'ok',
    resetsAt: null,
    nextFreeAt: null,
    refusal: null,
    rolling7d: null,
    pressure: 0,
    ...over,
  };
}

const invitesWeek = (over: Partial<MeterReading> = {}) =>
  reading({
    id: 'invites-week',
    kind: 'invites',
    window: 'week',
    resetsAt: new Date('2026-11-29T23:00:00Z'),
    ...over,
  });

let host: HTMLElement | null = null;
function mount(r: MeterReading, maxBalance?: number): HTMLElement {
  const div = document.createElement('div');
  host = div;
  document.body.append(div);
  render(<Meter reading={r} now={NOW} timeZone={TZ} thresholds={T} maxBalance={maxBalance} />, div);
  const el = div.querySelector<HTMLElement>('[data-meter]');
  if (!el) throw new Error('no meter rendered');
  return el;
}

afterEach(() => {
  if (!host) return;
  render(null, host);
  host.remove();
  host = null;
});

function data(el: HTMLElement) {
  const d = el.dataset;
  return {
    meter: d.meter,
    window: d.window,
    used: d.used,
    limit: d.limit,
    remaining: d.remaining,
    zone: d.zone,
  };
}

describe('Meter', () => {
  it('carries the data contract, a labelled ARIA meter, the marks and the reset time', () => {
    const el = mount(invitesWeek({ used: 74, remaining: 26, zone: 'warn' }));
    expect(data(el)).toEqual({
      meter: 'invites',
      window: 'week',
      used: '74',
      limit: '100',
      remaining: '26',
      zone: 'warn',
    });
    const bar = el.querySelector('[role="meter"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('74');
    expect(bar?.getAttribute('aria-valuemin')).toBe('0');
    expect(bar?.getAttribute('aria-valuemax')).toBe('100');
    expect(bar?.getAttribute('aria-valuetext')).toBe('74 of 100 used, 26 left; amber zone: running low');
    const labelId = bar?.getAttribute('aria-labelledby') ?? '';
    expect(document.getElementById(labelId)?.textContent).toBe('Invites this week');
    const ticks = [...el.querySelectorAll<HTMLElement>('.bar-tick')].map((t) => t.style.left);
    expect(ticks).toEqual(['70%', '90%']);
    expect(el.querySelector<HTMLElement>('.bar-fill')?.style.width).toBe('74%');
    expect(el.textContent).toContain('74 / 100');
    expect(el.textContent).toContain('26 left');
    expect(el.textContent).toContain('resets Mon 00:00 · in 2 d 4 h');
  });

  it('never shows less than 0 left when over the limit, and keeps aria-valuenow within range', () => {
    const el = mount(invitesWeek({ used: 130, remaining: 0, zone: 'over' }));
    expect(data(el)).toMatchObject({ used: '130', limit: '100', remaining: '0', zone: 'over' });
    expect(el.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')).toBe('100');
    expect(el.querySelector<HTMLElement>('.bar-fill')?.style.width).toBe('100%');
    expect(el.textContent).toContain('Over the limit');
  });

  it('derives remaining from limit − used even if a reading says otherwise', () => {
    expect(
      meterDataAttributes(invitesWeek({ used: 120, limit: 100, remaining: -20, zone: 'over' }))[
        'data-remaining'
      ],
    ).toBe('0');
  });

  it('shows unlimited where the plan sets no limit', () => {
    const el = mount(
      reading({
        id: 'invite-notes-month',
        kind: 'invite-notes',
        window: 'month',
        used: 12,
        limit: null,
        remaining: null,
      }),
    );
    expect(data(el)).toMatchObject({ used: '12', limit: 'unlimited', remaining: 'unlimited', zone: 'ok' });
    expect(el.querySelector('[role="meter"]')).toBeNull();
    expect(el.textContent).toContain('No limit on your plan');
  });

  it('greys out a meter the plan lacks', () => {
    const el = mount(
      reading({
        id: 'open-profile-month',
        kind: 'open-profile',
        window: 'month',
        limit: 0,
        remaining: 0,
        zone: 'none',
      }),
    );
    expect(data(el)).toMatchObject({ limit: '0', remaining: '0', zone: 'none' });
    expect(el.classList.contains('zone-none')).toBe(true);
    expect(el.textContent).toContain('Not on your plan');
    expect(el.querySelector('[role="meter"]')).toBeNull();
  });

  it('shows the InMail balance as credits available, not limit − used', () => {
    const el = mount(
      reading({
        id: 'inmails-balance',
        kind: 'inmails',
        window: 'balance',
        used: 3,
        limit: 5,
        remaining: 12,
        zone: 'ok',
        resetsAt: new Date('2026-11-30T23:00:00Z'),
      }),
      15,
    );
    expect(data(el)).toEqual({
      meter: 'inmails',
      window: 'balance',
      used: '3',
      limit: '5',
      remaining: '12',
      zone: 'ok',
    });
    const bar = el.querySelector('[role="meter"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('12');
    expect(bar?.getAttribute('aria-valuemax')).toBe('15');
    expect(el.textContent).toContain('12 available');
    expect(el.textContent).toContain('refills Tue 1 Dec 00:00');
  });

  it('shows a LinkedIn refusal in words on the meter', () => {
    const el = mount(
      invitesWeek({
        used: 40,
        remaining: 60,
        zone: 'red',
        refusal: {
          action: 'invite',
          code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED',
          at: new Date('2026-11-27T13:05:00Z'),
        },
      }),
    );
    expect(el.dataset.zone).toBe('red');
    expect(el.querySelector('.meter-refusal')?.textContent).toBe(
      'LinkedIn refused: weekly invitation limit reached (Fri 14:05)',
    );
  });

  it('shows the rolling 7 days beside a calendar week', () => {
    const el = mount(
      invitesWeek({
        used: 20,
        remaining: 80,
        zone: 'red',
        rolling7d: { used: 95, zone: 'red', nextFreeAt: new Date('2026-11-28T09:10:00Z') },
      }),
    );
    expect(el.querySelector('.meter-rolling')?.textContent).toBe(
      'Rolling 7 days: 95 / 100 · next slot frees up Sat 10:10 · in 14 h 14 min',
    );
  });
});

describe('Meter with a learned ceiling', () => {
  const ceiling = {
    count: 87,
    at: Date.parse('2026-12-01T14:00:00Z'),
    code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED',
    expiresAt: new Date('2027-01-26T14:00:00Z'),
  };

  it('says when and at what count LinkedIn stopped the user, and until when Pacer uses it', () => {
    const el = mount(invitesWeek({ used: 47, limit: 87, remaining: 0, zone: 'red', ceiling }));
    expect(data(el)).toMatchObject({ used: '47', limit: '87', remaining: '0', zone: 'red' });
    expect(el.textContent).toContain('0 left');
    expect(el.querySelector('.meter-ceiling')?.textContent).toBe(
      "LinkedIn stopped you at 87 invites on Tue 1 Dec; Pacer uses 87 as this account's weekly limit until 26 Jan",
    );
  });

  it("words the date in the user's zone, and says so when the user's own limit is lower", () => {
    const late = { ...ceiling, at: Date.parse('2026-12-01T23:30:00Z') }; // Wed 2 Dec in Paris
    const el = mount(invitesWeek({ used: 10, limit: 60, remaining: 50, ceiling: late }));
    expect(el.querySelector('.meter-ceiling')?.textContent).toBe(
      'LinkedIn stopped you at 87 invites on Wed 2 Dec; your own weekly limit of 60 is lower (Pacer remembers 87 until 26 Jan)',
    );
  });

  it('shows nothing about a ceiling when there is none', () => {
    expect(mount(invitesWeek({ ceiling: null })).querySelector('.meter-ceiling')).toBeNull();
  });
});
