// The popup's headline: the tightest meter, the one the toolbar badge shows (report.tightest), so the
// popup and the badge never disagree about what matters most. Pure.
import type { BudgetReport, MeterReading } from '../domain/budgets';
import type { MeterId } from '../domain/limits';

/** What is left, per meter, as the headline's caption says it after the number. */
const LEFT: Record<MeterId, { one: string; many: string; when: string }> = {
  'invites-week': { one: 'invite', many: 'invites', when: 'left this week' },
  'invites-day': { one: 'invite', many: 'invites', when: 'left today' },
  'invite-notes-month': { one: 'personalized note', many: 'personalized notes', when: 'left this month' },
  'messages-day': { one: 'message', many: 'messages', when: 'left today' },
  'messages-week': { one: 'message', many: 'messages', when: 'left this week' },
  'inmails-balance': { one: 'InMail credit', many: 'InMail credits', when: 'left' },
  'inmails-day': { one: 'InMail', many: 'InMails', when: 'left today' },
  'open-profile-month': {
    one: 'Open Profile message',
    many: 'Open Profile messages',
    when: 'left this month',
  },
  'profile-views-day': { one: 'profile view', many: 'profile views', when: 'left today' },
  'engagement-day': { one: 'engagement action', many: 'engagement actions', when: 'left today' },
};

/**
 * The meter the headline shows: the badge's (the tightest), else — every meter unlimited or off —
 * the weekly invites, else the first meter the plan has.
 */
export function headlineMeter(report: Pick<BudgetReport, 'meters' | 'tightest'>): MeterReading | null {
  if (report.tightest) {
    const same = report.meters.find((m) => m.id === report.tightest?.id);
    if (same) return same;
  }
  return (
    report.meters.find((m) => m.id === 'invites-week') ?? report.meters.find((m) => m.zone !== 'none') ?? null
  );
}

/** "invites left this week", "InMail credit left": the words after the headline's number. */
export function headlineCaption(id: MeterId, remaining: number): string {
  const w = LEFT[id];
  return `${remaining === 1 ? w.one : w.many} ${w.when}`;
}

/** "no limit on invites this week": the caption of an unlimited headline meter. */
export function unlimitedCaption(id: MeterId): string {
  const w = LEFT[id];
  return `no limit on ${w.many} ${w.when.replace(/^left ?/, '') || 'here'}`.trim();
}
