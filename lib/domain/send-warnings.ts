// What the in-page banner says before a risky send: pure, from a budget report.
import type { BudgetReport, MeterReading } from './budgets';
import type { MeterId } from './limits';
import { METER_LABELS } from './limits';

export type SendSurface = 'invite' | 'message' | 'inmail';

export interface SendWarning {
  meter: MeterId;
  zone: 'warn' | 'red' | 'over';
  /** Facts for the banner; the content script formats them. */
  used: number;
  limit: number | null;
  remaining: number | null;
  resetsAt: number | null;
  nextFreeAt: number | null;
  refusalCode: string | null;
  /** A short reason when it is not about a meter's zone (note too long, no credits). */
  reason: 'zone' | 'refused' | 'note-quota' | 'note-too-long' | 'no-credits';
  label: string;
}

const SURFACE_METERS: Record<SendSurface, MeterId[]> = {
  invite: ['invites-week', 'invites-day'],
  message: ['messages-day', 'messages-week'],
  inmail: ['inmails-balance', 'inmails-day'],
};

export interface SendContext {
  surface: SendSurface;
  /** Length of the note being typed (invites), in code points. */
  noteLength?: number;
}

export function sendWarnings(report: BudgetReport, ctx: SendContext): SendWarning[] {
  const out: SendWarning[] = [];
  const byId = new Map(report.meters.map((m) => [m.id, m]));
  for (const id of SURFACE_METERS[ctx.surface]) {
    const m = byId.get(id);
    if (!m) continue;
    if (m.refusal) out.push(warning(m, 'red', 'refused'));
    else if (id === 'inmails-balance' && m.zone !== 'none' && (m.remaining ?? 0) <= 0)
      out.push(warning(m, 'red', 'no-credits'));
    else if (m.zone === 'warn' || m.zone === 'red' || m.zone === 'over') out.push(warning(m, m.zone, 'zone'));
  }
  if (ctx.surface === 'invite' && ctx.noteLength !== undefined && ctx.noteLength > 0) {
    const notes = byId.get('invite-notes-month');
    if (notes && notes.limit !== null && notes.used >= notes.limit)
      out.push(warning(notes, 'red', 'note-quota'));
    else if (notes?.refusal) out.push(warning(notes, 'red', 'refused'));
    else if (notes && (notes.zone === 'warn' || notes.zone === 'red'))
      out.push(warning(notes, notes.zone, 'zone'));
    const base = notes ?? byId.get('invites-week');
    if (base && ctx.noteLength > report.noteMaxLength) {
      out.push({
        ...warning(base, 'red', 'note-too-long'),
        used: ctx.noteLength,
        limit: report.noteMaxLength,
        remaining: 0,
      });
    }
  }
  return out;
}

function warning(m: MeterReading, zone: SendWarning['zone'], reason: SendWarning['reason']): SendWarning {
  return {
    meter: m.id,
    zone,
    used: m.used,
    limit: m.limit,
    remaining: m.remaining,
    resetsAt: m.resetsAt?.getTime() ?? null,
    nextFreeAt: m.nextFreeAt?.getTime() ?? m.rolling7d?.nextFreeAt?.getTime() ?? null,
    refusalCode: m.refusal?.code ?? null,
    reason,
    label: METER_LABELS[m.id],
  };
}
