// The in-page warning asks the worker for the facts (the meters a send could hit) and works out
// the warnings here, where the composer and the note being typed are known: the worker stays
// light, and what the user types never leaves the tab. The answer is checked like any input.
import { type SendContext, sendWarnings, type WarningMeter } from '../../lib/domain/send-warnings';
import { type SendWarningsReply, sendMessage, type WarningFactsReply } from '../../lib/messaging';

const isNumberOrNull = (v: unknown) => v === null || Number.isFinite(v);

function isMeter(m: unknown): m is WarningMeter {
  const x = m as Partial<Record<keyof WarningMeter, unknown>> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.id === 'string' &&
    typeof x.zone === 'string' &&
    typeof x.label === 'string' &&
    Number.isFinite(x.used) &&
    ['limit', 'remaining', 'resetsAt', 'nextFreeAt'].every((k) =>
      isNumberOrNull(x[k as keyof WarningMeter]),
    ) &&
    (x.refusalCode === null || typeof x.refusalCode === 'string')
  );
}

/** The warnings for a send from this composer, or null when the worker's answer is unusable. */
export function warningsFrom(answer: unknown, ctx: SendContext): SendWarningsReply | null {
  const a = answer as Partial<WarningFactsReply> | null;
  const meters = a?.facts?.meters;
  const noteMaxLength = a?.facts?.noteMaxLength;
  if (!Array.isArray(meters) || typeof noteMaxLength !== 'number') return null;
  return {
    warnings: sendWarnings({ meters: meters.filter(isMeter), noteMaxLength }, ctx),
    confirm: a?.confirm !== false,
    timeZone: typeof a?.timeZone === 'string' ? a.timeZone : '',
  };
}

export async function askSendWarnings(ctx: SendContext): Promise<SendWarningsReply | null> {
  return warningsFrom(await sendMessage('getWarningFacts', undefined), ctx);
}
