// The logged-in account, always as `urn:li:fsd_profile:<id>` whatever the source, so one account never
// splits in two:
// - `GET /voyager/api/me`: normalized `{data: {"*miniProfile": "urn:li:fs_miniProfile:<id>",
//   premiumSubscriber}, included: [miniProfile {entityUrn, dashEntityUrn, publicIdentifier}]}` or plain
//   `{miniProfile: {…}, premiumSubscriber}` (mautrix/linkedin self.go); fs_miniProfile:<id> and
//   fsd_profile:<id> share the id
// - the `mailboxUrn` / `senderUrn` of a message send (message-sends.ts), incl. the
//   `urn:li:msg_messagingParticipant:urn:li:fsd_profile:<id>` form
// Key: `identity:<account>`, plus `:premium`/`:free` when the tier is known, so a tier change is new.
// The miniProfile's `firstName` / `lastName` (mautrix/linkedin self.go) give the member's name: kept
// for the account picker only, so the user can tell their accounts apart.
import type { Ctx } from './context';
import { arr, type Obj, obj, parseObject, str } from './json';
import type { Memory } from './memory';
import { profileId, profileUrn, targetFromSegment } from './urns';
import type { Observation } from './vocabulary';

type Identity = Extract<Observation, { kind: 'identity' }>;

export function identityObservation(mem: Memory, account: string, premium?: boolean): Identity {
  if (mem.self?.account !== account) mem.self = { account };
  const tier = premium === undefined ? '' : premium ? ':premium' : ':free';
  const o: Identity = { kind: 'identity', account, key: `identity:${account}${tier}` };
  if (premium !== undefined) o.premium = premium;
  return o;
}

function miniProfileOf(answer: Obj, root: Obj): Obj | undefined {
  const inline = obj(root.miniProfile);
  if (inline) return inline;
  const ref = str(root['*miniProfile']);
  const included = arr(answer.included) ?? [];
  for (const inc of included) {
    const o = obj(inc);
    if (o && ref !== undefined && o.entityUrn === ref) return o;
  }
  return undefined;
}

export function classifyMe(ctx: Ctx): Observation[] {
  if (!ctx.ok) return [];
  const answer = parseObject(ctx.responseBody);
  if (!answer) return [];
  const root = obj(answer.data) ?? answer;
  const mini = miniProfileOf(answer, root);
  const id = profileId(mini?.dashEntityUrn) ?? profileId(mini?.entityUrn) ?? profileId(root['*miniProfile']);
  if (!id) return [];
  const premium = typeof root.premiumSubscriber === 'boolean' ? root.premiumSubscriber : undefined;
  const account = profileUrn(id);
  const o = identityObservation(ctx.mem, account, premium);
  const name = memberName(mini);
  if (name) o.name = name;
  const slug =
    typeof mini?.publicIdentifier === 'string' ? targetFromSegment(mini.publicIdentifier) : undefined;
  if (slug && ctx.mem.self && ctx.mem.self.slug !== slug) ctx.mem.self = { ...ctx.mem.self, slug };
  return [o];
}

/** At most this many characters of a name part (LinkedIn's own cap is shorter). */
const NAME_PART_MAX = 100;

/** "First Last", trimmed, without control characters; undefined when neither part is text. */
export function memberName(mini: Obj | undefined): string | undefined {
  const part = (v: unknown) =>
    typeof v === 'string'
      ? v
          .replace(/\p{Cc}/gu, '')
          .trim()
          .slice(0, NAME_PART_MAX)
      : '';
  const name = [part(mini?.firstName), part(mini?.lastName)].filter(Boolean).join(' ');
  return name || undefined;
}
