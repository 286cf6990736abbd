// @vitest-environment happy-dom
// The popup's plan question in the user's language: the question, the plans, the suggestion.
import { describe, expect, it } from 'vitest';
import { PlanQuestion } from '../../../components/plan-question';
import type { SeenAccount } from '../../../lib/domain/account-report';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';
import { untranslated, useLocale, usePseudoLocale } from '../i18n-setup';
import { mount } from './render';

const NOW = new Date('2026-12-04T12:00:00Z');
const ALICE: SeenAccount = {
  account: 'urn:li:fsd_profile:ACoAAAliceAcct01',
  firstSeenAt: NOW.getTime() - 86_400_000,
  lastSeenAt: NOW.getTime() - 1000,
  slug: 'alice-martin',
  name: 'Alice Martin',
};
const settings = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(NOW), ...over });
const text = (root: HTMLElement) =>
  [
    root.textContent ?? '',
    ...[...root.querySelectorAll('[aria-label],[title]')].map(
      (e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`,
    ),
  ].join(' ');

describe('the plan question in the user’s language', () => {
  it('asks in French, the account’s name in bold where French puts it, plan names as LinkedIn has them', async () => {
    await useLocale('fr', 'fr-FR');
    const root = mount(<PlanQuestion account={{ ...ALICE, premium: true }} settings={settings()} />);
    expect(root.querySelector('.plan-ask')?.textContent).toBe(
      'Quel abonnement LinkedIn a Alice Martin ? Ses limites en dépendent. LinkedIn indique que ce compte a Premium.',
    );
    expect(root.querySelector('.plan-ask strong')?.textContent).toBe('Alice Martin');
    expect(root.querySelector('[data-ask="plan"]')?.getAttribute('aria-label')).toBe(
      'Quel est l’abonnement de ce compte ?',
    );
    const options = [...root.querySelectorAll('option')].map((o) => o.textContent);
    expect(options[0]).toBe('Gratuit (Basique)');
    expect(options).toContain('Sales Navigator Core');
    expect(root.querySelector('[data-suggest="plan"]')?.textContent).toBe('Choisir Premium Career');
    expect(root.querySelector('button[type="submit"]')?.textContent).toBe('Confirmer');
  });

  it('offers a later suggestion in French', async () => {
    await useLocale('fr', 'fr-FR');
    const chosen = settings({ plan: 'free', planConfirmed: true, planChosenAt: NOW.getTime() });
    const root = mount(
      <PlanQuestion account={{ ...ALICE, salesNavigatorSeenAt: NOW.getTime() + 1 }} settings={chosen} />,
    );
    expect(root.querySelector('.plan-suggestion')?.textContent).toBe(
      'Ce compte a utilisé des pages Sales Navigator : Choisir Sales Navigator Core',
    );
  });

  it('says nothing that no message supplied: the question, with and without a suggestion, and a later one', async () => {
    await usePseudoLocale();
    const chosen = settings({ plan: 'free', planConfirmed: true, planChosenAt: NOW.getTime() });
    const roots = [
      mount(<PlanQuestion account={ALICE} settings={settings()} />),
      mount(
        <PlanQuestion
          account={{ ...ALICE, premium: false }}
          settings={settings({ plan: 'premium-career' })}
        />,
      ),
      mount(<PlanQuestion account={{ ...ALICE, recruiterSeenAt: NOW.getTime() + 1 }} settings={chosen} />),
      mount(
        <PlanQuestion
          account={{ account: ALICE.account, firstSeenAt: 0, lastSeenAt: 1 }}
          settings={settings()}
        />,
      ),
    ];
    for (const root of roots) {
      expect(root.textContent).not.toBe('');
      expect(untranslated(text(root), ['Alice Martin'])).toEqual([]);
    }
  });
});
