// The InMail credits Sales Navigator shows, as its page loads them; Pacer never requests them:
// `GET /sales-api/salesApiCredits?q=findCreditGrant&creditGrantType=LSS_INMAIL`, answered
// `{"elements":[{"type":"LSS_INMAIL","value":<credits left>,…}]}` (jackwener/OpenCLI
// `clis/linkedin/salesnav-message.js`, `extractRemainingCredits`), or the same under `data` when
// normalized (an unattributed Sales Navigator client reads `data.elements[0].value`). The count
// calibrates the account's InMail ledger. No public code shows where the main site (Premium) reads
// its own count, so only Sales Navigator's is read.
import type { Ctx } from './context';
import { arr, num, type Obj, obj, parseJson, str } from './json';
import type { Observation } from './vocabulary';

const TYPE = 'LSS_INMAIL';
const MAX_CREDITS = 10_000;

function credits(v: unknown): number | undefined {
  const n = num(v);
  return n !== undefined && Number.isInteger(n) && n >= 0 && n <= MAX_CREDITS ? n : undefined;
}

export function classifyInmailCredits(ctx: Ctx): Observation[] {
  if (!ctx.ok) return [];
  const answer = obj(parseJson(ctx.responseBody));
  if (!answer) return [];
  const data = obj(answer.data);
  const included = arr(answer.included) ?? [];
  const elements: Obj[] = (arr(answer.elements) ?? arr(data?.elements) ?? included).flatMap((e): Obj[] => {
    const o = obj(e);
    return o ? [o] : [];
  });
  // The first InMail grant with a count, as OpenCLI reads it; an element without a type is trusted
  // only when the URL asked for InMail credits and it is the only one.
  const asked = ctx.url.searchParams.get('creditGrantType') === TYPE;
  const grant: Obj | undefined =
    elements.find((e) => str(e.type) === TYPE && credits(e.value) !== undefined) ??
    (asked && elements.length === 1 && elements[0]?.type === undefined ? elements[0] : undefined);
  const balance = credits(grant?.value);
  return balance === undefined ? [] : [{ kind: 'inmail-credits', balance, key: `inmail-credits:${balance}` }];
}
