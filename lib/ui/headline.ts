// The popup's headline: the tightest meter, the one the toolbar badge shows (report.tightest), so the
// popup and the badge never disagree about what matters most. Words in the browser's language.
import type { BudgetReport, MeterReading } from '../domain/budgets';
import type { MeterId } from '../domain/limits';
import { leftCaption, unlimitedLabel } from './meter-labels';

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
  return leftCaption(id, remaining);
}

/** "no limit on invites this week": the caption of an unlimited headline meter. */
export function unlimitedCaption(id: MeterId): string {
  return unlimitedLabel(id);
}
