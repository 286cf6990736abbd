// @vitest-environment happy-dom
// The popup's health line and the options page's health section: presentational, from a health.
import { describe, expect, it } from 'vitest';
import { HealthLine } from '../../../components/health-line';
import { HealthSection } from '../../../components/health-section';
import {
  type InvitationHealth,
  invitationHealth,
  type ListedInvitation,
} from '../../../lib/domain/invitation-health';
import { defaultSettings } from '../../../lib/domain/settings';
import { errorsByField, fieldInput, fieldValue } from '../../../lib/ui/settings-fields';
import { untranslated, useLocale, usePseudoLocale } from '../i18n-setup';
import { mount } from './render';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 4, 12);
const WITHDRAW = 'https://www.linkedin.com/mynetwork/invitation-manager/sent/';

function rows(n: number, daysAgo: number, accepted: number, seenAt = NOW - 3_600_000): ListedInvitation[] {
  return Array.from({ length: n }, (_, i) => ({
    key: String(daysAgo * 1000 + i),
    invitee: i % 2 ? `person-${daysAgo}-${i}` : `urn:li:fsd_profile:ACoAAP${daysAgo}x${i}`,
    sentAt: NOW - daysAgo * DAY,
    sentAtExact: i % 3 !== 0,
    status: i < accepted ? 'accepted' : 'pending',
    seenAt,
  }));
}

const health = (invitations: ListedInvitation[], connections: { count: number; at: number } | null = null) =>
  invitationHealth({ invitations, invites: [], withdrawals: [], connections }, NOW, { warn: 300, red: 500 });

describe('HealthLine (popup)', () => {
  it('one line: acceptance, pending; the cap only when near it', () => {
    const h = health([...rows(40, 45, 10), ...rows(5, 25, 0)]);
    const el = mount(<HealthLine health={h} detailsHref="options.html#health" />);
    const line = el.querySelector('[data-health]') as HTMLElement;
    expect(line.textContent).toBe('Health: 25 % accepted · 35 pending');
    expect(line.getAttribute('data-zone')).toBe('warn');
    expect(line.querySelector('[data-health-part="pending"]')?.getAttribute('data-count')).toBe('35');
    expect(line.querySelector('[data-health-part="cap"]')).toBeNull();
    expect(line.querySelector('a')?.getAttribute('href')).toBe('options.html#health');
  });

  it('near the cap it says so; without data it says that', () => {
    const near = mount(<HealthLine health={health([], { count: 29_500, at: NOW })} detailsHref="#" />);
    expect(near.textContent).toBe(
      'Health: acceptance: too little data · pending: not seen · 29,500 connections',
    );
    expect(near.querySelector('[data-health]')?.getAttribute('data-zone')).toBe('warn');
    const far = mount(<HealthLine health={health([], { count: 2_000, at: NOW })} detailsHref="#" />);
    expect(far.textContent).not.toContain('connections');
    expect(far.querySelector('[data-health]')?.getAttribute('data-zone')).toBe('unknown');
    expect(mount(<HealthLine health={null} detailsHref="#" />).textContent).toBe('');
  });
});

describe('HealthSection (options page)', () => {
  it('acceptance with its basis, pending with when and thresholds, the over-3-weeks list linking to LinkedIn', () => {
    const h: InvitationHealth = health([...rows(40, 45, 10), ...rows(3, 10, 0)], {
      count: 30_000,
      at: NOW - DAY,
    });
    const el = mount(<HealthSection health={h} withdrawHref={WITHDRAW} timeZone="UTC" />);
    const section = el.querySelector('[data-section="health"]') as HTMLElement;
    const acceptance = section.querySelector('[data-health-part="acceptance"]');
    expect(acceptance?.textContent).toBe('amber 25 %: 10 accepted of 40 invitations sent 30–60 days ago.');
    expect(acceptance?.getAttribute('data-basis')).toBe('40');
    expect(section.querySelector('[data-health-part="pending"]')?.textContent).toBe(
      "healthy 33 pending invitations, as LinkedIn's sent list showed them on Fri 4 Dec.",
    );
    expect(section.textContent).toContain('Amber from 300, red from 500');
    expect(section.querySelector('a[data-link="withdraw"]')?.getAttribute('href')).toBe(WITHDRAW);
    const stale = [...section.querySelectorAll('[data-list="stale-pending"] li')];
    expect(stale).toHaveLength(30); // the 45-day-old pending ones; the 10-day-old are not over 3 weeks
    expect(stale[1]?.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.linkedin.com/in/person-45-11/',
    );
    expect(section.querySelector('[data-health-part="cap"]')?.getAttribute('data-zone')).toBe('red');
    expect(section.textContent).toContain('LinkedIn Help, “Types of restrictions for sending invitations”');
    expect(
      [...section.querySelectorAll('a')].some(
        (a) => a.getAttribute('href') === 'https://www.linkedin.com/help/linkedin/answer/a551012',
      ),
    ).toBe(true);
  });

  it('links an invitee known by urn through the slug LinkedIn’s list named', () => {
    const [row] = rows(1, 30, 0);
    const h = health([{ ...(row as ListedInvitation), inviteeSlug: 'ana-b' }]);
    const el = mount(<HealthSection health={h} withdrawHref={WITHDRAW} timeZone="UTC" />);
    expect(el.querySelector('[data-list="stale-pending"] li a')?.getAttribute('href')).toBe(
      'https://www.linkedin.com/in/ana-b/',
    );
  });

  it('lists at most listMax stale invitations and counts the rest', () => {
    const el = mount(
      <HealthSection health={health(rows(30, 40, 0))} withdrawHref={WITHDRAW} timeZone="UTC" listMax={5} />,
    );
    expect(el.querySelectorAll('[data-list="stale-pending"] li')).toHaveLength(5);
    expect(el.textContent).toContain('and 25 more.');
  });

  it('no account yet: says so', () => {
    expect(
      mount(<HealthSection health={null} withdrawHref={WITHDRAW} timeZone="UTC" />).textContent,
    ).toContain('No LinkedIn account seen yet.');
  });
});

describe('health in the user’s language', () => {
  const full = () =>
    health([...rows(40, 45, 10), ...rows(3, 10, 0)], {
      count: 29_500,
      at: NOW - DAY,
    });

  it('speaks French in the popup line and the options section, with French dates and numbers', async () => {
    await useLocale('fr', 'fr-FR');
    const line = mount(<HealthLine health={full()} detailsHref="#" />);
    expect(line.textContent).toMatch(/^Santé : 25 % acceptées · 33 en attente · 29\s500 relations$/u);
    expect(line.querySelector('a')?.getAttribute('title')).toBe('Santé du compte : orange. Détails');
    const el = mount(<HealthSection health={full()} withdrawHref={WITHDRAW} timeZone="UTC" />);
    expect(el.querySelector('[data-health-part="pending"]')?.textContent).toBe(
      'bonne Le ven. 4 déc., la liste des invitations envoyées de LinkedIn montrait 33 invitations en attente.',
    );
    expect(el.querySelector('[data-health-part="cap"]')?.textContent).toMatch(
      /^orange Le jeu\. 3 déc\., LinkedIn montrait 29\s500 relations sur les 30\s000 permises\. Orange à partir de 29\s000 : à 30\s000, le bouton « Se connecter » devient « Suivre » \(LinkedIn Help, « Types of restrictions for sending invitations »\)\.$/u,
    );
    expect(el.querySelector('a[data-link="withdraw"]')?.textContent).toBe('Les retirer sur LinkedIn');
  });

  it('says nothing that no message supplied, in every state', async () => {
    await usePseudoLocale();
    const states: [string, InvitationHealth | null][] = [
      ['full', full()],
      ['no data', health([], null)],
      ['lists unseen', health([], { count: 29_900, at: NOW })],
      ['few', health(rows(5, 45, 1))],
      ['null', null],
    ];
    for (const [what, h] of states) {
      for (const el of [
        mount(<HealthLine health={h} detailsHref="#" />),
        mount(<HealthSection health={h} withdrawHref={WITHDRAW} timeZone="UTC" listMax={3} />),
      ]) {
        // Invitees are names and slugs from LinkedIn, not Pacer's words.
        for (const a of el.querySelectorAll('[data-list] a')) a.remove();
        expect(untranslated(el.textContent ?? ''), what).toEqual([]);
        for (const x of el.querySelectorAll('[title],[aria-label]'))
          expect(
            untranslated(`${x.getAttribute('title') ?? ''} ${x.getAttribute('aria-label') ?? ''}`),
            what,
          ).toEqual([]);
      }
    }
  });
});

describe('the pending thresholds in the options form', () => {
  const s = defaultSettings(new Date(NOW));
  it('show the settings and turn a typed number into a patch', () => {
    expect(fieldValue('pending-warn', s)).toBe('300');
    expect(fieldValue('pending-red', s)).toBe('500');
    expect(fieldInput('pending-warn', '250', s)).toEqual({
      kind: 'settings',
      patch: { pending: { warn: 250 } },
    });
    expect(fieldInput('pending-red', '', s).kind).toBe('invalid');
  });

  it('red below amber is reported on the red field the user changed', () => {
    const errors = [{ field: 'pending.warn', message: 'pending.warn: must not be above the red threshold' }];
    expect(errorsByField(errors, 'pending-red')).toEqual({
      'pending-red': 'must not be below the amber threshold',
    });
    expect(errorsByField(errors, 'pending-warn')).toEqual({
      'pending-warn': 'must not be above the red threshold',
    });
  });
});
