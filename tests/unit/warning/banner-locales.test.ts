// @vitest-environment happy-dom
// The in-page banner in the browser's language: French words with French dates and numbers, and
// (pseudo-locale) not one word that a message did not supply, in any state of the banner.
import { afterEach, describe, expect, it } from 'vitest';
import { createBanner, warningText } from '../../../entrypoints/linkedin.content/banner';
import type { SendWarning } from '../../../lib/domain/send-warnings';
import type { SendWarningsReply } from '../../../lib/messaging';
import { intlDateWords, untranslated, useLocale, useStrictPseudoLocale } from '../i18n-setup';
import { warning } from './dom';

// Wed 25 Nov 2026, 10:00 UTC.
const NOW = Date.UTC(2026, 10, 25, 10, 0);
// Mon 30 Nov 2026 00:00 in Paris.
const MONDAY = Date.UTC(2026, 10, 29, 23, 0);
const DAY = 86_400_000;

/** One warning of every kind the banner words. */
const EVERY: SendWarning[] = [
  warning({ zone: 'warn', used: 87, resetsAt: MONDAY }),
  warning({ meter: 'invites-day', zone: 'warn', used: 1, limit: null, nextFreeAt: NOW + 3_600_000 }),
  warning({ meter: 'messages-day', zone: 'red', used: 25, limit: 25, resetsAt: NOW + 5 * 3_600_000 }),
  warning({ meter: 'messages-week', zone: 'over', used: 151, limit: 150 }),
  warning({ meter: 'inmails-day', zone: 'warn', used: 20, limit: 25 }),
  warning({ meter: 'invite-notes-month', zone: 'warn', used: 4, limit: 5 }),
  warning({ meter: 'inmails-balance', zone: 'warn', used: 4, limit: 5, remaining: 1 }),
  warning({ meter: 'inmails-balance', reason: 'no-credits', remaining: 0, resetsAt: NOW + 20 * DAY }),
  warning({ reason: 'refused', refusalCode: 'CANT_INVITE_CONNECTION_LIMIT_REACHED', resetsAt: MONDAY }),
  warning({ meter: 'invite-notes-month', reason: 'note-quota', used: 5, limit: 5 }),
  warning({ meter: 'invite-notes-month', reason: 'note-too-long', used: 1245, limit: 300 }),
  warning({ reason: 'cooldown', used: 0, limit: null, nextFreeAt: NOW + 12 * DAY, since: NOW - 9 * DAY }),
  warning({ reason: 'connection-cap', zone: 'warn', used: 29_412, limit: 30_000, remaining: 588 }),
];

/** What no message words: Intl's day and month names. */
const mine = (text: string) => untranslated(text, intlDateWords());

const reply = (warnings: SendWarning[]): SendWarningsReply => ({
  warnings,
  confirm: true,
  timeZone: 'Europe/Paris',
});

/** The banner's text and every aria-label, title and placeholder in its shadow root. */
function shown(warnings: SendWarning[], asking: boolean): string {
  const banner = createBanner(
    () => {},
    () => {},
  );
  document.body.append(banner.host);
  banner.render(reply(warnings), asking, NOW);
  const root = banner.host.shadowRoot as ShadowRoot;
  const attrs = [...root.querySelectorAll('*')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
  );
  return [
    ...[...root.children].filter((el) => el.tagName !== 'STYLE').map((el) => el.textContent),
    ...attrs,
  ].join('\n');
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the banner in French', () => {
  it('words a zone warning, a refusal, a long note, a cooldown and the cap in French', async () => {
    await useLocale('fr', 'fr-FR');
    const text = (w: SendWarning) => warningText(w, 'Europe/Paris', NOW);
    expect(text(warning({ zone: 'warn', used: 87, resetsAt: MONDAY }))).toBe(
      'Pacer : 87/100 invitations cette semaine · remise à zéro lun. 00:00',
    );
    expect(
      text(
        warning({ reason: 'refused', refusalCode: 'CANT_INVITE_CONNECTION_LIMIT_REACHED', resetsAt: MONDAY }),
      ),
    ).toBe('LinkedIn a refusé : limite hebdomadaire d’invitations atteinte · remise à zéro lun. 00:00');
    expect(
      text(warning({ meter: 'invite-notes-month', reason: 'note-too-long', used: 1245, limit: 300 })),
    ).toMatch(/^La note fait 1\s245 caractères ; votre abonnement en permet 300$/u);
    expect(text(warning({ reason: 'cooldown', nextFreeAt: Date.UTC(2026, 11, 7, 9, 0) }))).toBe(
      'Invitation à cette personne retirée il y a moins de 3 semaines : LinkedIn en bloque une nouvelle jusqu’au lun. 7 déc.'.replace(
        '’',
        "'",
      ),
    );
    expect(text(warning({ reason: 'connection-cap', zone: 'warn', used: 29_412, limit: 30_000 }))).toMatch(
      /^Pacer : 29\s412 relations sur les 30\s000 que permet LinkedIn ; à ce plafond, le bouton « Se connecter » devient « Suivre »$/u,
    );
    // French counts 0 and 1 in the singular.
    expect(text(warning({ meter: 'inmails-balance', zone: 'warn', remaining: 1 }))).toBe(
      'Pacer : 1 crédit InMail restant',
    );
    expect(text(warning({ meter: 'inmails-balance', zone: 'warn', remaining: 2 }))).toBe(
      'Pacer : 2 crédits InMail restants',
    );
  });

  it('asks "Envoyer quand même ?" with French buttons and label', async () => {
    await useLocale('fr', 'fr-FR');
    const banner = createBanner(
      () => {},
      () => {},
    );
    document.body.append(banner.host);
    banner.render(reply([warning({ zone: 'red', used: 100 })]), true, NOW);
    const root = banner.host.shadowRoot as ShadowRoot;
    expect(root.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Envoyer quand même ?');
    expect(root.querySelector('strong')?.textContent).toBe('Envoyer quand même ?');
    expect(root.querySelector('button[data-act="send"]')?.textContent).toBe('Envoyer quand même');
    expect(root.querySelector('button[data-act="cancel"]')?.textContent).toBe('Annuler');
  });

  it('reads 12-hour times where the locale does (en-US)', async () => {
    await useLocale('en', 'en-US');
    expect(warningText(warning({ resetsAt: MONDAY }), 'Europe/Paris', NOW)).toBe(
      'Pacer: 93/100 invites this week · resets Mon 12:00 AM',
    );
  });
});

describe('the banner says nothing a message did not supply', () => {
  it.each([false, true])('every kind of warning (asking: %s)', async (asking) => {
    await useStrictPseudoLocale();
    const text = shown(EVERY, asking);
    expect(text).toContain('⟦');
    expect(mine(text)).toEqual([]);
  });

  it('each warning on its own', async () => {
    await useStrictPseudoLocale();
    for (const w of EVERY) {
      const line = warningText(w, 'Europe/Paris', NOW);
      expect(line.startsWith('⟦'), line).toBe(true);
      expect(mine(line), line).toEqual([]);
    }
  });
});
