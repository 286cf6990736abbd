// The toolbar badge: the tightest meter of the most recently seen account — its remaining
// count, or "!" once a limit is reached — coloured by zone, with a tooltip that says why, in the
// browser's language (`browser.i18n` answers in the service worker and in Firefox's event page).
import type { WxtBrowser } from 'wxt/browser';
import type { BudgetReport, MeterReading } from '../domain/budgets';
import type { Zone } from '../domain/zones';
import { refusalText } from '../i18n/refusal-text';
import { t } from '../i18n/t';
import { accountLabel, formatCount, formatWhen } from '../ui/format';
import { meterLabel } from '../ui/meter-labels';

export const BADGE_COLORS: Record<Zone | 'unknown', string> = {
  none: '#5f6368',
  ok: '#188038',
  warn: '#e37400',
  red: '#d93025',
  over: '#a50e0e',
  unknown: '#5f6368',
};

export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

/** The account as the tooltip names it: its member's name, else its slug (never a raw profile id). */
export type BadgeAccount = { account: string; slug?: string; name?: string };

export function badgeView(
  report: BudgetReport,
  timeZone: string,
  account: BadgeAccount | null,
  now: Date,
): BadgeView {
  const m = report.tightest;
  if (!m) return { text: '', color: BADGE_COLORS.ok, title: t('badge.noLimits') };
  const reached = m.refusal !== null || m.zone === 'over' || (m.remaining !== null && m.remaining <= 0);
  const text = reached ? '!' : m.remaining === null ? '' : m.remaining > 999 ? '999+' : String(m.remaining);
  const meter = describeMeter(m, timeZone, now);
  const title = account
    ? t('badge.titleAccount', { account: accountLabel(account), meter })
    : t('badge.title', { meter });
  return { text, color: BADGE_COLORS[m.zone], title };
}

export function describeMeter(m: MeterReading, timeZone: string, now: Date): string {
  const parts = [meterLabel(m.id)];
  const count = (n: number | null) => (n === null ? '∞' : formatCount(n));
  if (m.window === 'balance') {
    const left = m.remaining ?? 0;
    parts.push(t('badge.balance', left, { count: count(left), sent: count(m.used) }));
  } else
    parts.push(t('badge.used', { used: count(m.used), limit: count(m.limit), left: count(m.remaining) }));
  if (m.rolling7d && m.rolling7d.used > m.used)
    parts.push(t('badge.rolling', { count: count(m.rolling7d.used) }));
  if (m.refusal) parts.push(refusalText(m.refusal.code, m.refusal.action));
  // A meter without a limit has nothing to wait for: no reset time.
  if (m.limit === null && m.window !== 'balance') return parts.join(' · ');
  if (m.resetsAt) {
    const when = formatWhen(m.resetsAt, now, timeZone);
    parts.push(m.window === 'balance' ? t('badge.refills', { when }) : t('badge.resets', { when }));
  } else if (m.nextFreeAt) parts.push(t('badge.nextSlot', { when: formatWhen(m.nextFreeAt, now, timeZone) }));
  return parts.join(' · ');
}

export type BadgeApi = Pick<WxtBrowser['action'], 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;

export interface Badge {
  /** Shows a view, setting only what changed since the last one. */
  show(view: BadgeView): Promise<void>;
}

export function createBadge(action: BadgeApi): Badge {
  /** What this worker last set (the worker is the only writer): an unchanged part is not set again. */
  let shown: Partial<BadgeView> = {};
  return {
    async show(view) {
      const last = shown;
      shown = {}; // until these calls land, assume nothing
      // Colour and tooltip first: a badge never shows its new count in the old colour.
      await Promise.all([
        last.color === view.color ? null : action.setBadgeBackgroundColor({ color: view.color }),
        last.title === view.title ? null : action.setTitle({ title: view.title }),
      ]);
      if (last.text !== view.text) await action.setBadgeText({ text: view.text });
      shown = { ...view };
    },
  };
}

/** Storage failed: never show stale "safe" numbers. */
export function unknownBadge(reason: string): BadgeView {
  return { text: '?', color: BADGE_COLORS.unknown, title: t('badge.cannotRead', { reason }) };
}
