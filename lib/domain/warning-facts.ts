// Worker side of the in-page warning: the facts a warning needs of a budget report, in plain numbers
// (they cross to the content script, which works out the warnings: send-warnings.ts).
import type { BudgetReport } from './budgets';
import type { MeterId } from './limits';
import { SURFACE_METERS, type WarningFacts } from './send-warnings';

const WATCHED = new Set<MeterId>([...Object.values(SURFACE_METERS).flat(), 'invite-notes-month']);

/** Worker side: what a warning needs of a report, and no more. */
export function warningFacts(report: BudgetReport): WarningFacts {
  return {
    meters: report.meters
      .filter((m) => WATCHED.has(m.id))
      .map((m) => ({
        id: m.id,
        zone: m.zone,
        used: m.used,
        limit: m.limit,
        remaining: m.remaining,
        resetsAt: m.resetsAt?.getTime() ?? null,
        nextFreeAt: m.nextFreeAt?.getTime() ?? m.rolling7d?.nextFreeAt?.getTime() ?? null,
        refusalCode: m.refusal?.code ?? null,
      })),
    noteMaxLength: report.noteMaxLength,
  };
}
