// The badge's tooltip in the browser's language: the worker words it through `browser.i18n`.
import { describe, expect, it } from 'vitest';
import { badgeView, describeMeter, unknownBadge } from '../../../lib/background/badge';
import { notSavedReason } from '../../../lib/background/storage-fault';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { computeBudgets } from '../../../lib/domain/budgets';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';
import { refusalText } from '../../../lib/i18n/refusal-text';
import { untranslated, useLocale, usePseudoLocale } from '../i18n-setup';

const NOW = new Date('2026-11-25T11:00:00Z'); // Wednesday
const A = 'urn:li:fsd_profile:ACoAAMe';
const events = (kind: ActivityEvent['kind'], count: number, extra: Partial<ActivityEvent> = {}) =>
  Array.from(
    { length: count },
    (_, i): ActivityEvent => ({
      key: `${kind}${i}`,
      account: A,
      kind,
      at: NOW.getTime() - 3_600_000,
      ...extra,
    }),
  );
const report = (list: ActivityEvent[], settings: Partial<Settings> = {}) =>
  computeBudgets({
    settings: { ...defaultSettings(NOW), ...settings },
    events: list,
    now: NOW,
    timeZone: 'UTC',
  });

describe('the badge tooltip in French', () => {
  it('names the account, the meter, the counts and the reset in French', async () => {
    await useLocale('fr', 'fr-FR');
    const v = badgeView(report(events('invite', 14)), 'UTC', { account: A, slug: 'moi' }, NOW);
    expect(v.text).toBe('6');
    expect(v.title).toBe(
      'Pacer (moi) — Invitations aujourd’hui · 14 / 20 utilisés, reste 6 · remise à zéro jeu. 00:00',
    );
  });

  it('says when it cannot read its data, and how many writes wait', async () => {
    await useLocale('fr', 'fr-FR');
    expect(unknownBadge(notSavedReason({ pending: 2, message: 'QuotaExceededError: x' })).title).toBe(
      'Pacer ne peut pas lire ses données : 2 non enregistrées (QuotaExceededError: x) ; nouvel essai',
    );
    expect(notSavedReason({ pending: 1, message: 'e' })).toBe('1 non enregistrée (e) ; nouvel essai');
  });
});

describe('the badge tooltip: nothing hard-coded', () => {
  it('words every part through a message', async () => {
    await usePseudoLocale();
    const refused = events('limit-reached', 1, {
      action: 'invite',
      code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED',
    });
    const inmailPlan = { plan: 'premium-business' as const, planConfirmed: true };
    const premium = report([], inmailPlan);
    const balance = premium.meters.find((m) => m.id === 'inmails-balance');
    const notes = premium.meters.find((m) => m.id === 'invite-notes-month');
    if (!balance || !notes) throw new Error('no InMail or notes meter');
    const titles = [
      badgeView(report(events('invite', 14)), 'UTC', { account: A, slug: 'me' }, NOW).title,
      badgeView(report(refused), 'UTC', null, NOW).title,
      badgeView(report([]), 'UTC', null, NOW).title,
      badgeView({ ...report([]), tightest: null }, 'UTC', null, NOW).title,
      describeMeter(balance, 'UTC', NOW),
      describeMeter(notes, 'UTC', NOW),
      unknownBadge(notSavedReason({ pending: 3, message: 'QuotaExceededError: full' })).title,
    ];
    expect(titles[4]).toContain('⟦15 credits left, 0 sent since refill⟧');
    expect(titles[4]).toContain('⟦refills ');
    expect(titles[5]).toContain('⟦0 / ∞ used, ∞ left⟧'); // an unlimited meter: counts, no reset
    expect(titles[5]).not.toContain('resets');
    const allowed = [
      'me',
      'QuotaExceededError',
      'full',
      refusalText('CANT_INVITE_CONNECTION_LIMIT_REACHED', 'invite'),
    ];
    for (const title of titles) expect(untranslated(title, allowed)).toEqual([]);
  });
});
