// What the in-page banner says before a risky send: pure. The worker reduces its budget report to
// the facts a warning needs (`warningFacts`, plain numbers); the content script, which knows the
// composer and the note being typed, works out the warnings from them (`sendWarnings`).
// This module runs in the content script: it imports no values (limits.ts would bring its plan tables).
import type { MeterId } from './limits';
import type { Zone } from './zones';

export type SendSurface = 'invite' | 'message' | 'inmail';

/**
 * A warning: the meter's facts for the banner, and why. No words: the content script says them in
 * the browser's language.
 */
export interface SendWarning extends Omit<WarningMeter, 'id' | 'zone'> {
  meter: MeterId;
  zone: 'warn' | 'red' | 'over';
  /**
   * A short reason when it is not about a meter's zone (note too long, no credits), or not about a
   * meter at all: a re-invite `cooldown` (`since` the withdrawal, `nextFreeAt` when it frees up) and
   * the `connection-cap` (`used` connections of `limit`); these ride on the invites meter's slot.
   */
  reason: 'zone' | 'refused' | 'note-quota' | 'note-too-long' | 'no-credits' | 'cooldown' | 'connection-cap';
  since?: number;
}

export const SURFACE_METERS: Record<SendSurface, MeterId[]> = {
  invite: ['invites-week', 'invites-day'],
  message: ['messages-day', 'messages-week'],
  inmail: ['inmails-balance', 'inmails-day'],
};

export interface SendContext {
  surface: SendSurface;
  /** Length of the note being typed (invites), in code points. */
  noteLength?: number;
}

/** A meter as a warning needs it, in plain numbers (it crosses to the content script). */
export interface WarningMeter {
  id: MeterId;
  zone: Zone;
  used: number;
  limit: number | null;
  remaining: number | null;
  resetsAt: number | null;
  nextFreeAt: number | null;
  refusalCode: string | null;
}

export interface WarningFacts {
  /** The meters any composer is warned about. */
  meters: WarningMeter[];
  noteMaxLength: number;
  /** The invitee's invitation was withdrawn less than three weeks ago (invite dialog only). */
  cooldown?: { withdrawnAt: number; freeAt: number } | null;
  /** The member's connections near LinkedIn's cap (the worker zones them: amber or red). */
  cap?: { count: number; cap: number; zone: 'warn' | 'red' } | null;
}

/** Content-script side: the warnings for a send from this composer. */
export function sendWarnings(facts: WarningFacts, ctx: SendContext): SendWarning[] {
  const out: SendWarning[] = [];
  const byId = new Map(facts.meters.map((m) => [m.id, m]));
  // One LinkedIn refusal reddens several meters (a weekly invite refusal: the week and today); it is
  // stated once, on the first (the week, with its own reset), never again with another reset.
  const refusedCodes = new Set<string>();
  for (const id of SURFACE_METERS[ctx.surface]) {
    const m = byId.get(id);
    if (!m) continue;
    if (m.refusalCode) {
      if (!refusedCodes.has(m.refusalCode)) out.push(warning(m, 'red', 'refused'));
      refusedCodes.add(m.refusalCode);
    } else if (id === 'inmails-balance' && m.zone !== 'none' && (m.remaining ?? 0) <= 0)
      out.push(warning(m, 'red', 'no-credits'));
    else if (m.zone === 'warn' || m.zone === 'red' || m.zone === 'over') out.push(warning(m, m.zone, 'zone'));
  }
  if (ctx.surface === 'invite') out.push(...inviteWarnings(facts));
  if (ctx.surface === 'invite' && ctx.noteLength !== undefined && ctx.noteLength > 0) {
    const notes = byId.get('invite-notes-month');
    if (notes && notes.limit !== null && notes.used >= notes.limit)
      out.push(warning(notes, 'red', 'note-quota'));
    else if (notes?.refusalCode && !refusedCodes.has(notes.refusalCode))
      out.push(warning(notes, 'red', 'refused'));
    else if (notes && (notes.zone === 'warn' || notes.zone === 'red'))
      out.push(warning(notes, notes.zone, 'zone'));
    const base = notes ?? byId.get('invites-week');
    if (base && ctx.noteLength > facts.noteMaxLength) {
      out.push({
        ...warning(base, 'red', 'note-too-long'),
        used: ctx.noteLength,
        limit: facts.noteMaxLength,
        remaining: 0,
      });
    }
  }
  return out;
}

/** The invite dialog's warnings that are no meter's: LinkedIn refuses these whatever the meters say. */
function inviteWarnings(facts: WarningFacts): SendWarning[] {
  const out: SendWarning[] = [];
  const base = { resetsAt: null, refusalCode: null, meter: 'invites-week' as const };
  if (facts.cooldown) {
    out.push({
      ...base,
      used: 0,
      limit: null,
      remaining: null,
      nextFreeAt: facts.cooldown.freeAt,
      since: facts.cooldown.withdrawnAt,
      zone: 'red',
      reason: 'cooldown',
    });
  }
  if (facts.cap) {
    const { count, cap, zone } = facts.cap;
    out.push({
      ...base,
      used: count,
      limit: cap,
      remaining: Math.max(0, cap - count),
      nextFreeAt: null,
      zone,
      reason: 'connection-cap',
    });
  }
  return out;
}

function warning(m: WarningMeter, zone: SendWarning['zone'], reason: SendWarning['reason']): SendWarning {
  const { id, zone: _, ...facts } = m;
  return { ...facts, meter: id, zone, reason };
}
