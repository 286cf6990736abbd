// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { LearnedCeilings } from '../../../components/learned-ceilings';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';
import { untranslated, useLocale, usePseudoLocale } from '../i18n-setup';
import { mount, waitFor } from './render';

const ME = 'urn:li:fsd_profile:ACoAAMe';
const AT = Date.parse('2026-12-01T14:00:00Z'); // Tue 15:00 in Paris
const NOW = new Date('2026-12-10T10:00:00Z');
const ceilings: Settings['ceilings'] = {
  'invites-week': { count: 87, at: AT, code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED' },
  'messages-day': { count: 25, at: AT, code: 'HTTP_429' },
  // Refused more than 8 weeks ago: no longer applied, not listed.
  'invite-notes-month': { count: 5, at: AT - 60 * 86_400_000, code: 'CUSTOM_INVITE_LIMIT_REACHED' },
};
const settings = (over: Partial<Settings> = {}): Settings => ({
  ...defaultSettings(new Date('2026-10-01T00:00:00Z')),
  ceilings,
  ...over,
});

describe('LearnedCeilings', () => {
  it('lists each ceiling that holds, in words, with a Forget button', () => {
    const host = mount(
      <LearnedCeilings
        account={ME}
        settings={settings()}
        now={NOW}
        timeZone="Europe/Paris"
        onSave={async () => ({ ok: true })}
      />,
    );
    const rows = [...host.querySelectorAll<HTMLElement>('[data-ceiling]')];
    expect(rows.map((r) => r.dataset.ceiling)).toEqual(['invites-week', 'messages-day']);
    expect(rows[0]?.textContent).toContain(
      "LinkedIn stopped you at 87 invites on Tue 1 Dec; Pacer uses 87 as this account's weekly limit until 26 Jan",
    );
    expect(rows[1]?.textContent).toContain('at 25 messages');
    expect(host.querySelectorAll('button[data-action="forget-ceiling"]')).toHaveLength(2);
  });

  it('Forget sends the remaining ceilings, for the account shown', async () => {
    const onSave = vi.fn(async () => ({ ok: true as const }));
    const host = mount(
      <LearnedCeilings account={ME} settings={settings()} now={NOW} timeZone="UTC" onSave={onSave} />,
    );
    const button = host.querySelector<HTMLButtonElement>(
      'button[data-action="forget-ceiling"][data-meter="invites-week"]',
    );
    await act(async () => button?.click());
    expect(onSave).toHaveBeenCalledWith({
      account: ME,
      ceilings: {
        'messages-day': ceilings['messages-day'],
        'invite-notes-month': ceilings['invite-notes-month'],
      },
    });
  });

  it('says when the save failed, and when there is nothing to forget', async () => {
    const host = mount(
      <LearnedCeilings
        account={ME}
        settings={settings({ ceilings: { 'messages-day': ceilings['messages-day'] } })}
        now={NOW}
        timeZone="UTC"
        onSave={async () => ({ ok: false, errors: [{ message: 'ceilings: must be an object' }] })}
      />,
    );
    await act(async () => host.querySelector<HTMLButtonElement>('[data-action="forget-ceiling"]')?.click());
    await waitFor(() => host.querySelector('[role="alert"]'), 'the error');
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('ceilings: must be an object');
    const empty = mount(
      <LearnedCeilings
        account={ME}
        settings={settings({ ceilings: {} })}
        now={NOW}
        timeZone="UTC"
        onSave={async () => ({ ok: true })}
      />,
    );
    expect(empty.querySelector('[data-ceiling]')).toBeNull();
    expect(empty.textContent).toContain('has not stopped this account');
  });
});

describe('LearnedCeilings in the user’s language', () => {
  it('speaks French, with French dates and numbers', async () => {
    await useLocale('fr', 'fr-FR');
    const host = mount(
      <LearnedCeilings
        account={ME}
        settings={settings({
          ceilings: { 'invites-week': { count: 1250, at: AT, code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED' } },
        })}
        now={NOW}
        timeZone="Europe/Paris"
        onSave={async () => ({ ok: true })}
      />,
    );
    expect(host.querySelector('h2')?.textContent).toBe('Limites imposées par LinkedIn');
    expect(host.querySelector('[data-ceiling="invites-week"]')?.textContent).toMatch(
      /^Invitations cette semaine : LinkedIn vous a arrêté à 1\s250 invitations le mar\. 1 déc\. ; votre propre limite hebdomadaire de 100 est plus basse \(Pacer retient 1\s250 jusqu’au 26 janv\.\)\. Oublier$/u,
    );
  });

  it('says nothing that no message supplied: rows, the empty list, a failed save', async () => {
    await usePseudoLocale();
    const rows = mount(
      <LearnedCeilings
        account={ME}
        settings={settings({
          overrides: { 'invites-week': 50 },
          ceilings: {
            ...ceilings,
            'invites-day': { count: 1, at: AT, code: 'X' },
          },
        })}
        now={NOW}
        timeZone="Europe/Paris"
        onSave={async () => ({ ok: false, errors: [{ message: 'ceilings: must be an object' }] })}
      />,
    );
    expect(rows.querySelectorAll('[data-ceiling]').length).toBeGreaterThanOrEqual(2);
    await act(async () => rows.querySelector<HTMLButtonElement>('[data-action="forget-ceiling"]')?.click());
    await waitFor(() => rows.querySelector('[role="alert"]'), 'the error');
    const empty = mount(
      <LearnedCeilings
        account={ME}
        settings={settings({ ceilings: {} })}
        now={NOW}
        timeZone="UTC"
        onSave={async () => ({ ok: true })}
      />,
    );
    for (const host of [rows, empty]) {
      const alert = host.querySelector('[role="alert"]')?.textContent ?? '';
      const text = (host.textContent ?? '').replace(alert, alert.replace('ceilings: must be an object', ''));
      expect(untranslated(text)).toEqual([]);
    }
  });
});
