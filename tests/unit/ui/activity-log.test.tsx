// @vitest-environment happy-dom
// The activity log's view: its rows and their contract attributes, its empty states, and its words
// in the browser's language (French; a pseudo-locale finds any text no message supplied).
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ActivityLog, type ActivityLogProps } from '../../../components/activity-log';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { activityRow } from '../../../lib/ui/activity-row';
import { readable, untranslated, useLocale, usePseudoLocale } from '../i18n-setup';
import { mount } from './render';

const NOW = new Date('2026-12-04T15:00:00Z');
const TZ = 'Europe/Paris';
const ME = 'urn:li:fsd_profile:ACoAAMe';

const EVENTS: ActivityEvent[] = [
  {
    key: 'invite:1',
    account: ME,
    kind: 'invite',
    at: Date.parse('2026-11-30T09:05:00Z'),
    withNote: true,
    target: 'jane-doe',
    unconfirmed: true,
  },
  {
    key: 'invite:2',
    account: ME,
    kind: 'invite',
    at: Date.parse('2026-11-29T08:00:00Z'),
    target: 'urn:li:fsd_profile:ACoAAJohnRoe0002',
    source: 'manual',
  },
  {
    key: 'inmail:3',
    account: ME,
    kind: 'inmail',
    at: Date.parse('2026-11-28T08:00:00Z'),
    target: 'urn:li:fs_salesProfile:(ACwAA1,NAME_SEARCH,x)',
    source: 'linkedin',
  },
  {
    key: 'view:4',
    account: ME,
    kind: 'profile-view',
    at: Date.parse('2026-11-27T08:00:00Z'),
    source: 'imported',
  },
];

function props(over: Partial<ActivityLogProps> = {}): ActivityLogProps {
  return {
    rows: EVENTS.map((e) => activityRow(e, NOW, TZ)),
    accounts: [{ account: ME, slug: 'pat-pacer' }],
    filter: { kind: null, account: null },
    onFilter: () => {},
    page: 1,
    hasOlder: true,
    onOlder: () => {},
    onNewer: () => {},
    onRemove: () => {},
    timeZone: TZ,
    ...over,
  };
}

const words = readable;

describe('ActivityLog', () => {
  it('lists each row with its contract attributes, its note and the unconfirmed marker', async () => {
    const onRemove = vi.fn();
    const host = mount(<ActivityLog {...props({ onRemove })} />);
    const rows = [...host.querySelectorAll('[data-activity]')];
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual([
      'invite',
      'invite',
      'inmail',
      'profile-view',
    ]);
    expect(rows.map((r) => r.getAttribute('data-note'))).toEqual(['yes', 'no', null, null]);
    expect(rows.map((r) => r.getAttribute('data-source'))).toEqual([
      'observed',
      'manual',
      'linkedin',
      'imported',
    ]);
    expect(rows[0]?.getAttribute('data-at')).toBe('2026-11-30T09:05:00.000Z');
    expect(rows[0]?.textContent).toContain('Mon 30 Nov 10:05');
    expect(rows[0]?.textContent).toContain('with a note');
    expect(rows[0]?.querySelector('.log-unconfirmed')?.textContent).toBe('unconfirmed');
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toBe('https://www.linkedin.com/in/jane-doe/');
    expect(rows[1]?.textContent).toContain('profile ACoAAJohnRoe…');
    expect(rows[2]?.textContent).toContain('a Sales Navigator lead');
    const remove = rows[0]?.querySelector('button[data-action="remove"]') as HTMLButtonElement;
    expect(remove.getAttribute('aria-label')).toBe('Remove this action: Invite, Mon 30 Nov 10:05');
    await act(() => remove.click());
    expect(onRemove).toHaveBeenCalledWith('invite:1');
    expect(host.textContent).toContain('Page 1');
  });

  it('says when nothing was counted, and when nothing is older', () => {
    expect(mount(<ActivityLog {...props({ rows: [], hasOlder: false })} />).textContent).toContain(
      'Nothing counted yet.',
    );
    expect(mount(<ActivityLog {...props({ rows: [], page: 3, hasOlder: false })} />).textContent).toContain(
      'Nothing older.',
    );
  });

  it('speaks French: kinds, notes, the marker and the dates', async () => {
    await useLocale('fr', 'fr-FR');
    const host = mount(<ActivityLog {...props({ page: 2 })} />);
    const first = host.querySelector('[data-activity="invite:1"]');
    expect(first?.querySelector('.log-kind')?.textContent).toBe('Invitation');
    expect(first?.textContent).toContain('lun. 30 nov. 10:05');
    expect(first?.textContent).toContain('avec une note');
    expect(first?.querySelector('.log-unconfirmed')?.textContent).toBe('non confirmé');
    expect(first?.querySelector('.log-unconfirmed')?.getAttribute('title')).toBe(
      'Pacer a vu « Envoyer » mais aucune réponse de LinkedIn',
    );
    expect(first?.querySelector('button[data-action="remove"]')?.getAttribute('aria-label')).toBe(
      'Supprimer cette action : Invitation, lun. 30 nov. 10:05',
    );
    expect(host.querySelector('[data-activity="view:4"] .log-source')?.textContent).toBe(
      'depuis une sauvegarde',
    );
    expect(host.textContent).toContain('Heures en Europe/Paris.');
    expect(host.textContent).toContain('Page 2');
    const empty = mount(<ActivityLog {...props({ rows: [] })} />);
    expect(empty.textContent).toContain('Rien n’a encore été compté.');
  });

  it('has no text that no message supplied, in any state', async () => {
    await usePseudoLocale();
    const names = ['jane-doe', 'pat-pacer', 'Europe/Paris'];
    const states = [
      props(),
      props({ status: 'x', filter: { kind: 'invite', account: ME } }),
      props({ rows: [] }),
      props({ rows: [], page: 2, hasOlder: false }),
      props({ rows: null }),
    ];
    for (const p of states) {
      // Rows built in the pseudo-locale: their words come from messages too.
      const rows =
        p.rows === null ? null : p.rows.length === 0 ? [] : EVENTS.map((e) => activityRow(e, NOW, TZ));
      const host = mount(<ActivityLog {...p} rows={rows} status={p.status ? '⟦status⟧' : undefined} />);
      expect(untranslated(words(host), names)).toEqual([]);
    }
  });
});
