// The in-page warning asks the worker for the facts (the meters a send could hit) and works out
// the warnings here, where the composer and the note being typed are known: the worker stays
// light, and what the user types never leaves the tab. The answer is checked like any input.
import {
  type SendContext,
  sendWarnings,
  type WarningFacts,
  type WarningMeter,
} from '../../lib/domain/send-warnings';
import { profileTargetFromUrl } from '../../lib/linkedin/profile-url';
import { type SendWarningsReply, sendMessage, type WarningFactsReply } from '../../lib/messaging';

const isNumberOrNull = (v: unknown) => v === null || Number.isFinite(v);

function isMeter(m: unknown): m is WarningMeter {
  const x = m as Partial<Record<keyof WarningMeter, unknown>> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.id === 'string' &&
    typeof x.zone === 'string' &&
    Number.isFinite(x.used) &&
    ['limit', 'remaining', 'resetsAt', 'nextFreeAt'].every((k) =>
      isNumberOrNull(x[k as keyof WarningMeter]),
    ) &&
    (x.refusalCode === null || typeof x.refusalCode === 'string')
  );
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function cooldownOf(v: unknown): WarningFacts['cooldown'] {
  const c = v as { withdrawnAt?: unknown; freeAt?: unknown } | null;
  return c && isTime(c.withdrawnAt) && isTime(c.freeAt)
    ? { withdrawnAt: c.withdrawnAt, freeAt: c.freeAt }
    : null;
}

function capOf(v: unknown): WarningFacts['cap'] {
  const c = v as { count?: unknown; cap?: unknown; zone?: unknown } | null;
  return c && isTime(c.count) && isTime(c.cap) && (c.zone === 'warn' || c.zone === 'red')
    ? { count: c.count, cap: c.cap, zone: c.zone }
    : null;
}

/** The warnings for a send from this composer, or null when the worker's answer is unusable. */
export function warningsFrom(answer: unknown, ctx: SendContext): SendWarningsReply | null {
  const a = answer as Partial<WarningFactsReply> | null;
  const meters = a?.facts?.meters;
  const noteMaxLength = a?.facts?.noteMaxLength;
  if (!Array.isArray(meters) || typeof noteMaxLength !== 'number') return null;
  return {
    warnings: sendWarnings(
      {
        meters: meters.filter(isMeter),
        noteMaxLength,
        cooldown: cooldownOf(a?.facts?.cooldown),
        cap: capOf(a?.facts?.cap),
      },
      ctx,
    ),
    confirm: a?.confirm !== false,
    timeZone: typeof a?.timeZone === 'string' ? a.timeZone : '',
  };
}

/**
 * Asks for the facts; from an invite dialog, with the invitee the page names (a profile or a Sales
 * Navigator lead page: the re-invite cooldown is per person). Nothing else from the page is sent.
 */
export async function askSendWarnings(
  ctx: SendContext,
  href = globalThis.location?.href ?? '',
): Promise<SendWarningsReply | null> {
  const invitee = ctx.surface === 'invite' ? profileTargetFromUrl(href) : undefined;
  return warningsFrom(await sendMessage('getWarningFacts', invitee ? { invitee } : undefined), ctx);
}
