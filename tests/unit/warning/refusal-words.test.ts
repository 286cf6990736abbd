// A refusal reads the same on every surface: the popup's meter, the in-page banner and the toolbar
// badge's tooltip all word it with lib/i18n/refusal-text.ts, after lib/linkedin/limit-codes.ts's
// meaning of each code. Each case runs the real path from a
// stored refusal: events → budget report → each surface's own text.
import { describe, expect, it } from 'vitest';
import { warningText } from '../../../entrypoints/linkedin.content/banner';
import { describeMeter } from '../../../lib/background/badge';
import type { ActivityEvent, LimitAction } from '../../../lib/domain/activity';
import { computeBudgets, type MeterReading } from '../../../lib/domain/budgets';
import { type SendContext, sendWarnings } from '../../../lib/domain/send-warnings';
import { defaultSettings } from '../../../lib/domain/settings';
import { warningFacts } from '../../../lib/domain/warning-facts';
import { refusalText } from '../../../lib/i18n/refusal-text';
import { LIMIT_CODES, refusalReason } from '../../../lib/linkedin/limit-codes';
import { refusalText as popupText } from '../../../lib/ui/format';
import { useLocale } from '../i18n-setup';

const NOW = new Date('2026-11-25T11:00:00Z');
const TZ = 'Europe/Berlin';

/** The composer whose banner shows a refusal of each action. */
const COMPOSER: Record<LimitAction, SendContext> = {
  invite: { surface: 'invite' },
  'invite-note': { surface: 'invite', noteLength: 40 },
  message: { surface: 'message' },
  inmail: { surface: 'inmail' },
};

function surfaces(action: LimitAction, code: string) {
  const refused: ActivityEvent = {
    key: `limit-reached:${action}:${code}`,
    account: 'urn:li:fsd_profile:ACoAAMe',
    kind: 'limit-reached',
    at: NOW.getTime() - 3_600_000,
    action,
    code,
  };
  const report = computeBudgets({
    settings: { ...defaultSettings(NOW), plan: 'premium-business' },
    events: [refused],
    now: NOW,
    timeZone: TZ,
  });
  const meters = report.meters.filter((m): m is MeterReading & { refusal: object } => m.refusal !== null);
  const banner = sendWarnings(warningFacts(report), COMPOSER[action])
    .filter((w) => w.reason === 'refused')
    .map((w) => warningText(w, TZ, NOW.getTime()).split(' · ')[0]);
  const badge = meters.map((m) =>
    describeMeter(m, TZ, NOW)
      .split(' · ')
      .find((p) => p.includes('LinkedIn')),
  );
  const popup = meters.map((m) => popupText(m.refusal as { action: LimitAction; code: string }));
  return { meters, banner, badge, popup };
}

const cases: [LimitAction, string][] = [
  ...LIMIT_CODES.flatMap((c): [LimitAction, string][] => (c.action === null ? [] : [[c.action, c.code]])),
  // A bare 429 and a code Pacer does not know: worded after the refused action.
  ...(['invite', 'invite-note', 'message', 'inmail'] as const).flatMap((a): [LimitAction, string][] => [
    [a, 'HTTP_429'],
    [a, 'SOMETHING_NEW'],
  ]),
];

describe('a refusal is worded the same in the popup, the banner and the badge', () => {
  it.each(cases)('%s refused with %s', (action, code) => {
    const { meters, banner, badge, popup } = surfaces(action, code);
    const words = refusalText(code, action);
    expect(words).toMatch(/^LinkedIn refused: \S/);
    expect(meters.length).toBeGreaterThan(0);
    expect(banner.length).toBeGreaterThan(0);
    for (const text of [...popup, ...banner, ...badge]) expect(text).toBe(words);
  });

  it('each quota code carries its own words; the popup keeps them', () => {
    expect(refusalText('CANT_INVITE_CONNECTION_LIMIT_REACHED', 'invite')).toBe(
      'LinkedIn refused: weekly invitation limit reached',
    );
    expect(refusalText('CUSTOM_INVITE_LIMIT_REACHED', 'invite-note')).toBe(
      'LinkedIn refused: monthly personalized-note limit reached',
    );
    expect(refusalText('HTTP_429', 'message')).toBe(
      'LinkedIn refused: messaging limit reached (too many requests)',
    );
    expect(refusalText('toString', 'invite')).toBe('LinkedIn refused: invitation limit reached');
    expect(refusalText('SOMETHING_NEW')).toBe('LinkedIn refused: limit reached');
    for (const c of LIMIT_CODES) if (c.action) expect(refusalReason(c.code, c.action)).toBe(c.reason);
    // Every reason a code can carry has words of its own.
    const reasons = new Set(LIMIT_CODES.flatMap((c) => (c.action ? [c.reason] : [])));
    const texts = new Set(
      [...reasons].map((r) => refusalText(LIMIT_CODES.find((c) => c.reason === r)?.code ?? '')),
    );
    expect(texts.size).toBe(reasons.size);
  });

  it('reads in French on every surface', async () => {
    await useLocale('fr', 'fr-FR');
    const { banner, badge, popup } = surfaces('invite', 'CANT_INVITE_CONNECTION_LIMIT_REACHED');
    const words = 'LinkedIn a refusé : limite hebdomadaire d’invitations atteinte';
    expect(popupText({ action: 'invite', code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED' })).toBe(words);
    expect(popup).toContain(words);
    expect(badge).toContain(words);
    expect(banner).toContain(words);
  });
});
