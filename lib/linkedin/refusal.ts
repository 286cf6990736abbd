// LinkedIn's refusals that are quota signals → one `limit-reached`. The meaning of each code lives in
// limit-codes.ts; here: where the code sits in an answer, and the generic-429 fallback.
import type { Ctx } from './context';
import { hash64 } from './hash';
import { actionValue, obj, parseObject } from './json';
import { actionFits, findKnownCode, GENERIC_429, lookupLimitCode, type RequestFamily } from './limit-codes';
import type { LimitAction, Observation } from './vocabulary';

const CODE = /^[A-Za-z0-9_.:-]{1,100}$/;

function codeOf(v: unknown): string | undefined {
  return typeof v === 'string' && CODE.test(v) ? v : undefined;
}

/** LinkedIn's own code: `data.code` (normalized), `code` (plain), or a table code in a flight stream. */
export function refusalCode(responseBody: string | undefined): string | undefined {
  if (!responseBody) return undefined;
  const answer = parseObject(responseBody);
  if (answer) return codeOf(obj(answer.data)?.code) ?? codeOf(answer.code);
  return findKnownCode(responseBody)?.code;
}

/**
 * The observation for a refused send (or `[]` when the refusal says nothing about a quota).
 * A specific code wins over the generic 429 rule; a non-quota code (CANT_RESEND_YET) yields nothing.
 */
export function refusal(ctx: Ctx, family: RequestFamily): Observation[] {
  let code = refusalCode(ctx.responseBody);
  let action: LimitAction | undefined;
  if (code) {
    const known = lookupLimitCode(code);
    if (known && known.action === null) return [];
    if (known?.action && actionFits(known.action, family)) action = known.action;
  }
  if (!action && ctx.ex.status === 429) action = GENERIC_429[family];
  if (!action) return [];
  code ??= `HTTP_${ctx.ex.status}`;
  const fp = hash64(ctx.url.pathname + ctx.url.search, ctx.requestBody);
  return [{ kind: 'limit-reached', action, code, key: `limit-reached:${action}:${code}:${fp}` }];
}

/**
 * A 2xx whose JSON answer is LinkedIn's error envelope (a `code` and no action `value`): refused,
 * not sent. Public client code reads the Sales Navigator send's `code`
 * (`MESSAGE_VALIDATION_PLUGIN_ERROR`, "used up all your InMail credits") before its status.
 */
export function refusedUnderOk(ctx: Ctx): boolean {
  if (!ctx.ok) return false;
  const answer = parseObject(ctx.responseBody);
  return (
    answer !== undefined && actionValue(answer) === undefined && refusalCode(ctx.responseBody) !== undefined
  );
}
