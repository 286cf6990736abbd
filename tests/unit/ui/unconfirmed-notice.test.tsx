// @vitest-environment happy-dom
// The popup's notice that Pacer may be blind, its diagnostics and its plain-text report.
import { describe, expect, it, vi } from 'vitest';
import { UnconfirmedNotice } from '../../../components/unconfirmed-notice';
import { NOTICE_MS, recentUnconfirmed, type UnconfirmedSend } from '../../../lib/domain/unconfirmed';
import { unconfirmedReport } from '../../../lib/ui/unconfirmed-report';
import { untranslated, useLocale, usePseudoLocale } from '../i18n-setup';
import { mount } from './render';

const ME = 'urn:li:fsd_profile:ACoAAMe';
const NOW = new Date('2026-11-27T18:56:00Z');
const MOVED = '/voyager/api/voyagerRelationshipsDashInvitationsV9';
const sends: UnconfirmedSend[] = [
  {
    key: 'unconfirmed:invite:1',
    account: ME,
    kind: 'invite',
    withNote: true,
    clickAt: NOW.getTime() - 3_600_000,
    requests: [
      { path: '/voyager/api/me', status: 200, ms: -400 },
      { path: MOVED, status: 201, ms: 350 },
    ],
  },
  {
    key: 'unconfirmed:message:2',
    account: ME,
    kind: 'message',
    clickAt: NOW.getTime() - 2 * 86_400_000,
    requests: [],
  },
];

describe('recent unconfirmed sends', () => {
  it('are those of the last 7 days, of the account shown, newest first', () => {
    const old = { ...sends[1], key: 'old', clickAt: NOW.getTime() - NOTICE_MS } as UnconfirmedSend;
    const other = { ...sends[1], key: 'other', account: 'urn:li:fsd_profile:X' } as UnconfirmedSend;
    const list = [sends[1], old, other, sends[0]] as UnconfirmedSend[];
    expect(recentUnconfirmed(list, NOW.getTime(), ME).map((s) => s.key)).toEqual([
      'unconfirmed:invite:1',
      'unconfirmed:message:2',
    ]);
    expect(recentUnconfirmed(list, NOW.getTime(), null)).toHaveLength(3);
  });
});

describe('the notice', () => {
  it('is absent without unconfirmed sends', () => {
    const host = mount(<UnconfirmedNotice sends={[]} now={NOW} timeZone="UTC" />);
    expect(host.querySelector('[data-notice]')).toBeNull();
  });

  it('says LinkedIn may have changed, lists paths and statuses, and copies on demand', () => {
    const onCopy = vi.fn();
    const host = mount(
      <UnconfirmedNotice sends={sends} now={NOW} timeZone="Europe/Paris" onCopy={onCopy} copied="copied" />,
    );
    const notice = host.querySelector('[data-notice="unconfirmed"]');
    expect(notice?.textContent).toMatch(/LinkedIn may have changed how it sends\. 2 Send clicks/);
    expect(notice?.textContent).toMatch(/latest: invite with a note, Fri 18:56/);
    const rows = [...host.querySelectorAll('[data-diagnostics] li[data-path]')].map((li) => [
      li.getAttribute('data-path'),
      li.getAttribute('data-status'),
      li.textContent,
    ]);
    expect(rows).toEqual([
      ['/voyager/api/me', '200', '-400 ms 200 /voyager/api/me'],
      [MOVED, '201', `+350 ms 201 ${MOVED}`],
    ]);
    expect(host.querySelector('[data-diagnostics]')?.textContent).toContain('no request seen');
    host.querySelector<HTMLButtonElement>('button[data-action="copy"]')?.click();
    expect(onCopy).toHaveBeenCalledTimes(1);
    expect(host.textContent).toContain('Copied');
  });
});

describe('the notice in the user’s language', () => {
  it('speaks French, with a French date and numbers', async () => {
    await useLocale('fr', 'fr-FR');
    const host = mount(<UnconfirmedNotice sends={sends} now={NOW} timeZone="Europe/Paris" copied="failed" />);
    const notice = host.querySelector('[data-notice="unconfirmed"]');
    expect(notice?.getAttribute('aria-label')).toBe('Envois non confirmés');
    expect(host.querySelector('summary')?.textContent).toBe(
      'LinkedIn a peut-être changé sa façon d’envoyer. 2 clics sur Envoyer sans réponse reconnue par Pacer ; comptés quand même.',
    );
    expect(notice?.textContent).toContain('le dernier : invitation avec note, ven. 18:56.');
    expect(host.querySelector('[data-diagnostics] .diag-title')?.textContent).toBe(
      'invitation avec note · ven. 27 nov. 18:56',
    );
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(
      'Copie impossible ; sélectionnez plutôt la liste ci-dessus.',
    );
    const one = mount(
      <UnconfirmedNotice
        sends={[{ ...sends[1], requests: [{ path: '/x', status: 0, ms: 1500 }] } as UnconfirmedSend]}
        now={NOW}
        timeZone="UTC"
      />,
    );
    expect(one.querySelector('summary')?.textContent).toContain('1 clic sur Envoyer');
    expect(one.querySelector('.diag-when')?.textContent).toMatch(/^\+1\s500 ms$/u);
  });

  it('says nothing that no message supplied, copied or not', async () => {
    await usePseudoLocale();
    for (const copied of [null, 'copied', 'failed'] as const) {
      const host = mount(<UnconfirmedNotice sends={sends} now={NOW} timeZone="UTC" copied={copied} />);
      // Request paths are LinkedIn's, shown as they are.
      for (const code of host.querySelectorAll('code')) code.remove();
      expect(untranslated(host.textContent ?? ''), String(copied)).toEqual([]);
      const labels = [...host.querySelectorAll('[aria-label],[title]')].map(
        (e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`,
      );
      expect(labels.length).toBeGreaterThan(0);
      for (const l of labels) expect(untranslated(l)).toEqual([]);
    }
  });
});

describe('the report', () => {
  it('is plain text with kinds, instants, statuses and paths only, in English whatever the language', async () => {
    await useLocale('fr', 'fr-FR');
    expect(unconfirmedReport(sends, '1.2.3')).toBe(
      [
        'Pacer 1.2.3: 2 Send clicks without a send or refusal Pacer recognised',
        'Each was counted as an unconfirmed send. Requests the tab made around the click (path, HTTP status):',
        '',
        'invite with a note · clicked 2026-11-27T17:56:00.000Z',
        '  -400 ms  200  /voyager/api/me',
        `  +350 ms  201  ${MOVED}`,
        '',
        'message · clicked 2026-11-25T18:56:00.000Z',
        '  (no request seen)',
        '',
      ].join('\n'),
    );
  });
});
