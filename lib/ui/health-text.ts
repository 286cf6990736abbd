// The words of the health line (popup) and the health section (options page), in the user's
// language. Pure.

import type { Acceptance, ConnectionCap, HealthZone, PendingBacklog } from '../domain/invitation-health';
import type { Citation } from '../domain/limit-sources';
import { t } from '../i18n/t';
import { formatCount, formatDate } from './format';

/** The public sources the health section names (publisher and title, and the address). */
export const HEALTH_SOURCES = {
  restrictions: {
    publisher: 'LinkedIn Help',
    title: 'Types of restrictions for sending invitations',
    href: 'https://www.linkedin.com/help/linkedin/answer/a551012',
  },
  valley: { publisher: 'Valley', subject: 'messageLimits' },
  botdog: {
    publisher: 'Botdog',
    title: 'Auto-withdraw invitations',
    href: 'https://help.botdog.co/en/articles/12150369-auto-withdraw-invitations-keep-your-linkedin-account-clean',
  },
  linkedHelper: {
    publisher: 'Linked Helper',
    title: 'LinkedIn invitation',
    href: 'https://www.linkedhelper.com/en/glossary/linkedin-invitation',
  },
} as const satisfies Record<string, Citation>;

const percent = (rate: number) => formatCount(Math.round(rate * 100));

/** "42 % accepted", "acceptance: too little data". */
export function acceptanceShort(a: Acceptance): string {
  return a.rate === null ? t('health.acceptanceNone') : t('health.acceptedShort', { rate: percent(a.rate) });
}

/** The rate with what it rests on, or why there is none. */
export function acceptanceLong(a: Acceptance): string {
  const basis = formatCount(a.basis);
  if (a.rate !== null)
    return t('health.acceptance', a.basis, {
      rate: percent(a.rate),
      accepted: formatCount(a.accepted),
      basis,
    });
  if (a.reason === 'lists-unseen') return t('health.acceptanceUnseen', a.basis, { basis });
  return t('health.acceptanceFew', a.basis, { basis });
}

/** "312 pending". */
export function pendingShort(p: PendingBacklog): string {
  return p.count === null
    ? t('health.pendingNone')
    : t('health.pendingShort', { count: formatCount(p.count) });
}

/** "312 pending invitations, as LinkedIn's sent list showed them on Thu 3 Dec". */
export function pendingLong(p: PendingBacklog, timeZone: string): string {
  if (p.count === null || p.seenAt === null) return t('health.pendingUnseen');
  return t('health.pending', p.count, {
    count: formatCount(p.count),
    date: formatDate(new Date(p.seenAt), timeZone),
  });
}

/** "29,412 connections" (the popup shows it only near the cap, coloured by its zone). */
export function capShort(c: ConnectionCap): string {
  return c.count === null ? '' : t('health.capShort', c.count, { count: formatCount(c.count) });
}

/** "29,412 of LinkedIn's 30,000 connections, as LinkedIn showed them on Thu 3 Dec." */
export function capLong(c: ConnectionCap, timeZone: string): string {
  if (c.count === null) return t('health.capUnseen');
  return t('health.cap', {
    count: formatCount(c.count),
    cap: formatCount(c.cap),
    date: formatDate(new Date(c.at ?? 0), timeZone),
  });
}

export function zoneWord(zone: HealthZone): string {
  switch (zone) {
    case 'ok':
      return t('health.zone.ok');
    case 'warn':
      return t('health.zone.warn');
    case 'red':
      return t('health.zone.red');
    default:
      return t('health.zone.unknown');
  }
}

const SEVERITY: Record<HealthZone, number> = { unknown: 0, ok: 1, warn: 2, red: 3 };

/** The worst of the zones (unknown counts for nothing). */
export function worstHealthZone(...zones: HealthZone[]): HealthZone {
  return zones.reduce((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a), 'unknown' as HealthZone);
}
