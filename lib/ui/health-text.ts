// The words of the health line (popup) and the health section (options page). Pure.
import type { Acceptance, ConnectionCap, HealthZone, PendingBacklog } from '../domain/invitation-health';
import { formatCount, formatDate } from './format';

/** The public sources the health section names (publisher and title, and the address). */
export const HEALTH_SOURCES = {
  restrictions: {
    text: 'LinkedIn Help, Types of restrictions for sending invitations',
    href: 'https://www.linkedin.com/help/linkedin/answer/a551012',
  },
  acceptance: { text: 'Valley, blog article on LinkedIn message limits and InMail (FAQ)', href: null },
  month: {
    text: 'Botdog, Auto-withdraw invitations',
    href: 'https://help.botdog.co/en/articles/12150369-auto-withdraw-invitations-keep-your-linkedin-account-clean',
  },
  pending: {
    text: 'Linked Helper, glossary: LinkedIn invitation',
    href: 'https://www.linkedhelper.com/en/glossary/linkedin-invitation',
  },
} as const;

const percent = (rate: number) => `${Math.round(rate * 100)} %`;

/** "42 % accepted", "acceptance: too little data". */
export function acceptanceShort(a: Acceptance): string {
  return a.rate === null ? 'acceptance: too little data' : `${percent(a.rate)} accepted`;
}

/** The rate with what it rests on, or why there is none. */
export function acceptanceLong(a: Acceptance): string {
  const sent = `${formatCount(a.basis)} invitation${a.basis === 1 ? '' : 's'} sent 30–60 days ago`;
  if (a.rate !== null) return `${percent(a.rate)}: ${formatCount(a.accepted)} accepted of ${sent}.`;
  if (a.reason === 'lists-unseen')
    return `Not enough data: Pacer learns acceptances from LinkedIn's own lists. Open My Network › Connections or Manage invitations › Sent on LinkedIn (${sent} so far).`;
  return `Not enough data: ${sent}; a rate needs at least 20.`;
}

/** "312 pending". */
export function pendingShort(p: PendingBacklog): string {
  return p.count === null ? 'pending: not seen' : `${formatCount(p.count)} pending`;
}

/** "312 pending invitations, as LinkedIn's sent list showed them on Thu 3 Dec". */
export function pendingLong(p: PendingBacklog, timeZone: string): string {
  if (p.count === null || p.seenAt === null)
    return 'Not seen yet: open My Network › Manage invitations › Sent on LinkedIn and Pacer reads the list.';
  return `${formatCount(p.count)} pending invitation${p.count === 1 ? '' : 's'}, as LinkedIn's sent list showed them on ${formatDate(new Date(p.seenAt), timeZone)}.`;
}

/** "29,412 connections" (the popup shows it only near the cap, coloured by its zone). */
export function capShort(c: ConnectionCap): string {
  return c.count === null ? '' : `${formatCount(c.count)} connections`;
}

/** "29,412 of LinkedIn's 30,000 connections". */
export function capLong(c: ConnectionCap): string {
  return c.count === null ? '' : `${formatCount(c.count)} of LinkedIn's ${formatCount(c.cap)} connections`;
}

export function zoneWord(zone: HealthZone): string {
  switch (zone) {
    case 'ok':
      return 'healthy';
    case 'warn':
      return 'amber';
    case 'red':
      return 'red';
    default:
      return 'not enough data';
  }
}

const SEVERITY: Record<HealthZone, number> = { unknown: 0, ok: 1, warn: 2, red: 3 };

/** The worst of the zones (unknown counts for nothing). */
export function worstHealthZone(...zones: HealthZone[]): HealthZone {
  return zones.reduce((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a), 'unknown' as HealthZone);
}
