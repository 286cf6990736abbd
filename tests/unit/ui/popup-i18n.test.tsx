// @vitest-environment happy-dom
// The popup, its meters and the account pickers in the user's language: French words with French
// dates and numbers, and no English left that a message did not supply (the pseudo-locale).
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { AccountPicker } from '../../../components/account-picker';
import { InmailDetailsList } from '../../../components/inmail-details';
import { rampText } from '../../../components/meter';
import { PopupView } from '../../../components/popup-view';
import { PopupApp } from '../../../entrypoints/popup/app';
import { openDb } from '../../../lib/db/schema';
import type { AccountReport, SeenAccount } from '../../../lib/domain/account-report';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { computeBudgets, type InmailDetails } from '../../../lib/domain/budgets';
import { meterSource } from '../../../lib/domain/limit-sources';
import type { MeterId } from '../../../lib/domain/limits';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';
import { refusalText } from '../../../lib/i18n/refusal-text';
import { FAULT_KEY, pendingKey } from '../../../lib/storage/keys';
import { FOLDED_LABELS, ROW_LABELS } from '../../../lib/ui/meter-labels';
import { sourceText } from '../../../lib/ui/source-parts';
import { readable, untranslated, useLocale, usePseudoLocale } from '../i18n-setup';
import { mount, waitFor } from './render';

const NOW = new Date('2026-11-27T18:56:00Z'); // Friday 19:56 in Paris
const TZ = 'Europe/Paris';
const monday = Date.parse('2026-11-22T23:00:00Z'); // Monday 23 Nov 00:00 in Paris
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

const sends = (kind: 'invite' | 'message', n: number, from: number, extra: Partial<ActivityEvent> = {}) =>
  Array.from(
    { length: n },
    (_, i): ActivityEvent => ({
      key: `${kind}:${from + i}`,
      account: ALICE.account,
      kind,
      at: from + i * 60_000,
      ...extra,
    }),
  );

/** A plan confirmed (so the plan question, another surface, stays away). */
function settingsFor(plan: Settings['plan'], more: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(new Date('2026-11-01T00:00:00Z')), plan, planConfirmed: true, ...more };
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

/**
 * Text worded elsewhere and tested there (tests/unit/ui/source-texts.test.tsx, refusal words): each
 * meter's limit source, whose article titles stay as published, and LinkedIn's refusal sentence;
 * plus the names a user gave (slugs) and the IANA zone.
 */
function othersText(data: AccountReport): string[] {
  const sources = data.report.meters.map((m) => sourceText(meterSource(data.settings, m.id)));
  const refusals = data.report.meters.flatMap((m) =>
    m.refusal ? [refusalText(m.refusal.code, m.refusal.action)] : [],
  );
  return [...sources, ...refusals, TZ, 'alice', 'bob'];
}

describe('the popup in French', () => {
  it('says what is left and when it resets in French, with French dates', async () => {
    await useLocale('fr', 'fr-FR');
    const data = accountReport(settingsFor('free'), sends('invite', 72, monday + 3_600_000), [ALICE]);
    const root = mount(<PopupView data={data} now={NOW} />);
    const headline = root.querySelector('.headline');
    expect(headline?.querySelector('.headline-number')?.textContent).toBe('28');
    expect(headline?.querySelector('.headline-caption')?.textContent).toBe(
      'invitations restantes cette semaine',
    );
    expect(headline?.querySelector('.headline-reset')?.textContent).toBe(
      'remise à zéro lun. 00:00 · dans 2 j 4 h',
    );
    const week = root.querySelector('[data-meter="invites"][data-window="week"]');
    expect(week?.querySelector('.meter-label')?.textContent).toBe('Invitations/sem.');
    expect(week?.querySelector('[role="meter"]')?.getAttribute('aria-valuetext')).toBe(
      '72 sur 100 utilisés, reste 28 ; zone orange : bientôt épuisé',
    );
    expect(week?.querySelector('.meter-toggle')?.getAttribute('aria-label')).toBe(
      'Détails : Invitations cette semaine',
    );
    expect(root.querySelector('[data-not-on-plan]')?.textContent).toBe(
      'Hors de votre abonnement : crédits InMail, messages Open Profile',
    );
    expect(root.querySelector('.estimates')?.textContent).toContain(
      'Gratuit (Basique) · heures de Europe/Paris',
    );
  });

  it('words the InMail ledger with French plurals, numbers and dates', async () => {
    await useLocale('fr', 'fr-FR');
    const inmail: InmailDetails = {
      maxBalance: 1500,
      monthlyCredits: 1250,
      rolledOver: 1,
      pendingRefunds: 0,
      refunded: 2,
      overdrawn: 0,
      nextRefillAt: new Date('2026-12-01T00:00:00Z'),
      expiringSoon: null,
      expiryDays: null,
    } as InmailDetails;
    const text = mount(<InmailDetailsList inmail={inmail} now={NOW} timeZone="UTC" />).textContent ?? '';
    expect(text).toContain('Reportés1 crédit');
    expect(text).toContain('Pourraient revenir en cas de réponse0 crédit'); // 0 is singular in French
    expect(text).toContain('Revenus (réponse reçue)2 crédits');
    expect(text).toMatch(/\+1\s250 \(max\. 1\s500\) · mar\. 1 déc\. 00:00 · dans 3 j 5 h/u);
    expect(text).toContain('aucun (les crédits n’expirent pas)');
  });

  it('keeps the row and folded names as records that follow the language', async () => {
    expect(ROW_LABELS['invites-week']).toBe('Invites this week');
    await useLocale('de', 'de-DE');
    expect(ROW_LABELS['invites-week']).toBe('Einladungen/Woche');
    expect(FOLDED_LABELS.inmails).toBe('InMail-Guthaben');
    expect(Object.keys(ROW_LABELS)).toHaveLength(10);
  });
});

/** The report with `id` as its tightest meter (the headline's), as no real week may make it. */
function headlined(data: AccountReport, id: MeterId): AccountReport {
  data.report.tightest = data.report.meters.find((m) => m.id === id) ?? null;
  return data;
}

describe('the popup: nothing hard-coded', () => {
  // Each state, and words (in English, inside the pseudo-locale's brackets) that show it was reached.
  const states: [string, () => AccountReport | null, string[]][] = [
    ['before the first read', () => null, ['⟦Settings⟧']],
    [
      'before any account is seen',
      () => accountReport(settingsFor('free'), [], []),
      ['⟦No LinkedIn account yet⟧', '⟦Open LinkedIn to start metering.'],
    ],
    [
      'a free plan in the amber zone, with what it lacks folded',
      () => accountReport(settingsFor('free'), sends('invite', 72, monday + 3_600_000), [ALICE, BOB]),
      [
        '⟦Amber zone⟧',
        '⟦Not on your plan:⟧',
        '⟦LinkedIn account⟧',
        '⟦Tightest: 28 ⟦invites left this week⟧⟧',
      ],
    ],
    [
      'a refusal, InMail, an unlimited meter, engagement, the rolling 7 days and a ramp-up',
      () =>
        accountReport(
          settingsFor('premium-business', {
            engagementMeter: true,
            rampUp: { startedAt: NOW.getTime() - 8 * 86_400_000, heldDays: 0, heldSince: null },
          }),
          [
            ...sends('invite', 80, Date.parse('2026-11-22T09:00:00Z')),
            ...sends('invite', 2, monday + 3_600_000, { withNote: true }),
            ...sends('message', 1, NOW.getTime() - 3_600_000, {
              kind: 'limit-reached',
              action: 'invite',
              code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED',
            }),
          ],
          [ALICE],
        ),
      [
        '⟦Held at 0 by LinkedIn',
        '⟦Rolled over⟧',
        '⟦No limit on your plan⟧',
        '⟦Engagement today⟧',
        '⟦Rolling 7 days: 82 / 60⟧',
        '⟦Ramp-up week 2 of 6',
      ],
    ],
    [
      'a held ramp-up and a messages headline',
      () =>
        accountReport(
          settingsFor('free', {
            rampUp: {
              startedAt: NOW.getTime() - 15 * 86_400_000,
              heldDays: 3,
              heldSince: NOW.getTime() - 1000,
            },
          }),
          sends('message', 29, NOW.getTime() - 7_200_000),
          [ALICE],
        ),
      ['⟦Ramp-up week 2 of 6, held', '⟦message left today⟧', '⟦Red zone⟧'],
    ],
    [
      'an unlimited headline',
      () => headlined(accountReport(settingsFor('premium-business'), [], [ALICE]), 'invite-notes-month'),
      ['⟦no limit on personalized notes this month⟧', '⟦Tightest: ∞ '],
    ],
    [
      'a headline on a meter the plan lacks',
      () => headlined(accountReport(settingsFor('free'), [], [ALICE]), 'inmails-balance'),
      ['⟦⟦InMail credits⟧: not on your plan⟧'],
    ],
  ];

  for (const [state, make, shows] of states) {
    it(`is all messages: ${state}`, async () => {
      await usePseudoLocale();
      const data = make();
      const root = mount(<PopupView data={data} now={NOW} />);
      for (const details of root.querySelectorAll<HTMLElement>('.meter-details')) details.hidden = false;
      const text = readable(root);
      for (const words of shows) expect(text).toContain(words);
      expect(untranslated(text, data ? othersText(data) : [])).toEqual([]);
    });
  }

  it('finds English a message did not supply (the check can fail)', async () => {
    await usePseudoLocale();
    const data = accountReport(settingsFor('free'), [], [ALICE]);
    const root = mount(<PopupView data={data} now={NOW} />);
    root.querySelector('.meters')?.append('Invites left');
    expect(untranslated(readable(root), othersText(data))).toEqual(['Invites', 'left']);
  });

  it('words every ramp-up line', async () => {
    await usePseudoLocale();
    const lines = [
      rampText({ week: 3, step: 3, paused: false, complete: false, nextWeekAt: null }),
      rampText({ week: 3, step: 3, paused: true, complete: false, nextWeekAt: null }),
      rampText({ week: 6, step: 6, paused: false, complete: true, nextWeekAt: null }),
    ];
    expect(lines[2]).toBe('⟦Ramp-up complete: the full limit applies⟧');
    for (const line of lines) expect(untranslated(line)).toEqual([]);
  });

  it('words the InMail ledger in every state', async () => {
    await usePseudoLocale();
    const base = {
      maxBalance: 150,
      monthlyCredits: 50,
      rolledOver: 3,
      pendingRefunds: 1,
      refunded: 2,
      overdrawn: 4,
      nextRefillAt: new Date('2026-12-01T00:00:00Z'),
      expiryDays: 90,
    };
    for (const expiringSoon of [null, { count: 5, at: new Date('2026-11-29T00:00:00Z') }]) {
      const inmail = { ...base, expiringSoon } as InmailDetails;
      const text = readable(mount(<InmailDetailsList inmail={inmail} now={NOW} timeZone={TZ} />));
      expect(untranslated(text)).toEqual([]);
    }
  });

  it('words the options page’s account picker, empty or not', async () => {
    await usePseudoLocale();
    const empty = mount(<AccountPicker accounts={[]} selected={null} onSelect={() => {}} />);
    expect(untranslated(readable(empty))).toEqual([]);
    const two = mount(<AccountPicker accounts={[ALICE, BOB]} selected={ALICE.account} onSelect={() => {}} />);
    expect(untranslated(readable(two), ['alice', 'bob'])).toEqual([]);
  });
});

describe('the popup page', () => {
  let host: HTMLElement | null = null;
  afterEach(async () => {
    if (host) render(null, host);
    host?.remove();
    host = null;
    await browser.storage.local.remove([FAULT_KEY, pendingKey('x1'), pendingKey('x2')]);
    await openDb().delete();
  });

  it('says in the user’s words that writes are waiting', async () => {
    await usePseudoLocale();
    await browser.storage.local.set({
      [FAULT_KEY]: { message: 'QuotaExceededError: full', since: NOW.getTime() },
      [pendingKey('x1')]: { key: 'x1' },
      [pendingKey('x2')]: { key: 'x2' },
    });
    host = document.createElement('div');
    document.body.append(host);
    const root = host;
    render(<PopupApp initial={null} initialNow={NOW} />, root);
    const alert = await waitFor(() => root.querySelector('[role="alert"]'), 'the fault line');
    expect(alert.textContent).toContain('⟦2 observations could not be saved yet (QuotaExceededError: full).');
    expect(untranslated(readable(root), ['QuotaExceededError', 'full'])).toEqual([]);
  });

  it('names the page and its language from the messages', async () => {
    await useLocale('fr', 'fr-FR');
    await import('../../../entrypoints/popup/main');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('Pacer');
  });
});
