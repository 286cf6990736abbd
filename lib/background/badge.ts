// The toolbar badge: the tightest meter of the most recently seen account — its remaining
// count, or "!" once a limit is reached — coloured by zone, with a tooltip that says why.
import type { WxtBrowser } from 'wxt/browser';
import type { BudgetReport, MeterReading } from '../domain/budgets';
import { METER_LABELS } from '../domain/limits';
import type { Zone } from '../domain/zones';
import { refusalText } from '../i18n/refusal-text';
import { accountLabel, formatWhen } from '../ui/format';

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
  if (!m) return { text: '', color: BADGE_COLORS.ok, title: 'Pacer: no limits on this plan' };
  const reached = m.refusal !== null || m.zone === 'over' || (m.remaining !== null && m.remaining <= 0);
  const text = reached ? '!' : m.remaining === null ? '' : m.remaining > 999 ? '999+' : String(m.remaining);
  const who = account ? ` (${accountLabel(account)})` : '';
  return { text, color: BADGE_COLORS[m.zone], title: `Pacer${who} — ${describeMeter(m, timeZone, now)}` };
}

export function describeMeter(m: MeterReading, timeZone: string, now: Date): string {
  const parts = [METER_LABELS[m.id]];
  if (m.window === 'balance') parts.push(`${m.remaining ?? 0} credits left, ${m.used} sent since refill`);
  else parts.push(`${m.used} / ${m.limit ?? '∞'} used, ${m.remaining ?? '∞'} left`);
  if (m.rolling7d && m.rolling7d.used > m.used) parts.push(`${m.rolling7d.used} in the last 7 days`);
  if (m.refusal) parts.push(refusalText(m.refusal.code, m.refusal.action));
  // A meter without a limit has nothing to wait for: no reset time.
  if (m.limit === null && m.window !== 'balance') return parts.join(' · ');
  if (m.resetsAt)
    parts.push(`${m.window === 'balance' ? 'refills' : 'resets'} ${formatWhen(m.resetsAt, now, timeZone)}`);
  else if (m.nextFreeAt) parts.push(`next slot frees up ${formatWhen(m.nextFreeAt, now, timeZone)}`);
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
  return { text: '?', color: BADGE_COLORS.unknown, title: `Pacer cannot read its data: ${reason}` };
}
