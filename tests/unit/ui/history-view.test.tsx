// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { niceMax } from '../../../components/history-chart';
import { HistoryView, type HistoryViewProps } from '../../../components/history-view';
import { historyLimit, weeklyHistory } from '../../../lib/domain/history';
import { defaultSettings } from '../../../lib/domain/settings';
import { intlDateWords, readable, untranslated, useLocale, usePseudoLocale } from '../i18n-setup';
import { mount } from './render';

const NOW = new Date('2026-04-01T10:00:00Z');
const TZ = 'Europe/Paris';
const A = 'urn:li:fsd_profile:ACoAAView';
const at = (iso: string, n: number) => Array.from({ length: n }, () => Date.parse(iso));

function props(over: Partial<HistoryViewProps> = {}): HistoryViewProps {
  const times = [
    ...at('2026-03-31T09:00:00Z', 3),
    ...at('2026-03-17T09:00:00Z', 120),
    ...at('2026-02-03T09:00:00Z', 7),
  ];
  return {
    accounts: [{ account: A, firstSeenAt: 0, lastSeenAt: 1, name: 'Pat Pacer', slug: 'pat-pacer' }],
    account: A,
    onAccount: () => {},
    kind: 'invites',
    onKind: () => {},
    data: {
      weeks: weeklyHistory(times, NOW, TZ),
      limit: historyLimit(defaultSettings(NOW), 'invites', NOW, TZ),
    },
    timeZone: TZ,
    onExport: () => {},
    exporting: false,
    exportStatus: '',
    ...over,
  };
}

describe('HistoryView', () => {
  it('draws a bar per week, marks the week over the limit, and says it in words', () => {
    const host = mount(<HistoryView {...props()} />);
    const svg = host.querySelector('svg[data-chart="history"]');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('tabindex')).toBe('0');
    const bars = [...host.querySelectorAll('rect[data-week]')];
    expect(bars).toHaveLength(12);
    expect(bars.at(-1)?.getAttribute('data-week')).toBe('2026-03-30');
    expect(bars.at(-1)?.getAttribute('data-count')).toBe('3');
    expect(Number(bars.at(-1)?.getAttribute('height'))).toBeGreaterThan(0);
    expect(host.querySelector('rect[data-week="2026-03-16"]')?.getAttribute('class')).toBe('h-bar h-over');
    expect(host.querySelector('rect[data-week="2026-03-23"]')?.getAttribute('height')).toBe('0');
    expect(host.querySelector('[data-limit]')?.getAttribute('data-limit')).toBe('100');
    const title = svg?.querySelector('title')?.textContent ?? '';
    expect(title).toContain('130 in all');
    expect(title).toContain('most 120 in the week of 16 Mar');
    expect(title).toContain('this week 3');
    expect(title).toContain('1 week over it');
  });

  it('shows the same numbers as a table on request', async () => {
    const host = mount(<HistoryView {...props()} />);
    expect(host.querySelector('table')).toBeNull();
    const toggle = host.querySelector('button[data-action="toggle-table"]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const rows = [...host.querySelectorAll('table[data-table="history"] tbody tr')];
    const bars = [...host.querySelectorAll('rect[data-week]')];
    expect(rows.map((r) => r.getAttribute('data-week'))).toEqual(
      bars.map((b) => b.getAttribute('data-week')),
    );
    expect(rows.map((r) => r.querySelector('[data-count]')?.textContent)).toEqual(
      bars.map((b) => b.getAttribute('data-count')),
    );
  });

  it('starts the export, and draws no line for a monthly meter', async () => {
    const onExport = vi.fn();
    const limit = historyLimit(defaultSettings(NOW), 'invite-notes', NOW, TZ);
    const host = mount(
      <HistoryView {...props({ onExport, kind: 'invite-notes', data: { weeks: [], limit } })} />,
    );
    expect(host.querySelector('[data-limit]')).toBeNull();
    expect(host.textContent).toContain('Metered per month (limit 5)');
    await act(() => (host.querySelector('[data-action="export-csv"]') as HTMLButtonElement).click());
    expect(onExport).toHaveBeenCalledOnce();
  });

  it('speaks French: the chart’s text alternative, its labels, the table and the caption', async () => {
    await useLocale('fr', 'fr-FR');
    const host = mount(<HistoryView {...props()} />);
    const svg = host.querySelector('svg[data-chart="history"]');
    const title = svg?.querySelector('title')?.textContent ?? '';
    expect(title).toBe(
      'Invitations par semaine, 12 semaines du 12 janv. à la semaine du 30 mars : 130 au total ; ' +
        'au plus 120 la semaine du 16 mars ; cette semaine 3. ' +
        'Ligne de limite à 100 par semaine : 1 semaine au-dessus.',
    );
    expect(svg?.querySelector('desc')?.textContent).toBe(
      'Utilisez le bouton « Afficher sous forme de tableau » pour les chiffres de chaque semaine.',
    );
    expect(host.querySelector('rect[data-week="2026-03-16"] title')?.textContent).toBe(
      'Semaine du 16 mars : 120 (jour le plus chargé : 120), au-dessus de la ligne de limite',
    );
    expect([...host.querySelectorAll('text.h-week')].at(-1)?.textContent).toBe('30 mars');
    expect(host.querySelector('[data-limit] text')?.textContent).toBe('limite 100');
    expect(host.querySelector('.limit-caption')?.textContent).toBe(
      'Ligne de limite : 100 par semaine, la limite actuelle du compteur hebdomadaire. ' +
        'Les semaines commencent le lundi, en Europe/Paris.',
    );
    const toggle = host.querySelector('button[data-action="toggle-table"]') as HTMLButtonElement;
    expect(toggle.textContent).toBe('Afficher sous forme de tableau');
    await act(() => toggle.click());
    expect(toggle.textContent).toBe('Masquer le tableau');
    expect(host.querySelector('table caption')?.textContent).toBe('Invitations par semaine');
    expect([...host.querySelectorAll('table thead th')].map((th) => th.textContent)).toEqual([
      'Semaine du',
      'Invitations',
      'Jour le plus chargé',
      'Ligne de limite',
    ]);
    const over = host.querySelector('tr[data-week="2026-03-16"]');
    expect(over?.querySelector('th')?.textContent).toBe('16 mars');
    expect(over?.lastElementChild?.textContent).toBe('100 (dépassée)');
    expect(host.querySelector('[data-action="export-csv"]')?.textContent).toBe('Télécharger le CSV');
  });

  it('writes week labels and big counts as the locale has them', async () => {
    await useLocale('en', 'en-US');
    const weeks = weeklyHistory(at('2026-03-17T09:00:00Z', 1500), NOW, TZ);
    const host = mount(
      <HistoryView
        {...props({
          kind: 'comments',
          data: { weeks, limit: historyLimit(defaultSettings(NOW), 'comments', NOW, TZ) },
        })}
      />,
    );
    expect(host.querySelector('rect[data-week="2026-03-16"] title')?.textContent).toBe(
      'Week of Mar 16: 1,500 (busiest day 1,500)',
    );
    expect(host.querySelector('.history-summary')?.textContent).toContain('1,500 in all');
    expect(host.textContent).toContain('Pacer has no limit for this: no line.');
  });

  it('has no text that no message supplied: chart, table, empty and loading states', async () => {
    await usePseudoLocale();
    const words = readable;
    // Week labels are dates the locale words (Intl, en-GB here), not messages: their names pass.
    const names = ['Pat', 'pat-pacer', 'Europe/Paris', ...intlDateWords()];
    const daily = historyLimit(defaultSettings(NOW), 'profile-views', NOW, TZ);
    const monthly = historyLimit(defaultSettings(NOW), 'invite-notes', NOW, TZ);
    const states: Partial<HistoryViewProps>[] = [
      {},
      { exportStatus: '⟦saved⟧', exporting: true },
      { kind: 'profile-views', data: { weeks: weeklyHistory([], NOW, TZ), limit: daily } },
      { kind: 'invite-notes', data: { weeks: [], limit: monthly } },
      { data: null },
      { account: null, accounts: [] },
    ];
    for (const over of states) {
      const host = mount(<HistoryView {...props(over)} />);
      const toggle = host.querySelector('button[data-action="toggle-table"]') as HTMLButtonElement | null;
      if (toggle) await act(() => toggle.click());
      expect(untranslated(words(host), names)).toEqual([]);
    }
  });

  it('rounds the axis up to 1, 2 or 5 × 10ⁿ', () => {
    expect([0, 3, 7, 100, 101, 350, 2001].map(niceMax)).toEqual([4, 5, 10, 100, 200, 500, 5000]);
  });
});
