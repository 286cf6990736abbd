// What the flagship composer says about a recipient before the send (dsmorgan/netkeeper
// docs/linkedin-messaging-shapes.md), remembered for the send that follows (message-kind.ts):
// - compose option `GET …/voyagerMessagingDashComposeOptions/urn:li:fsd_composeOption:(<id>,…)`:
//   `composeOptionType` PREMIUM_INMAIL (+ `composeNavigationContext.paidInMail`), CONNECTION_MESSAGE, REPLY
// - compose view context `GET /voyager/api/graphql?…queryId=voyagerMessagingDashComposeViewContexts.…`:
//   `showSubjectField: true` = the InMail composer; the recipient is only in the request's `variables`
// Neither is an action of the user's: both yield no observation.
import type { Ctx } from './context';
import { arr, obj, parseObject, str } from './json';
import { compact } from './keys';
import type { ComposeKind } from './memory-entries';
import { freshCompose } from './message-kind';
import { decodeTwice } from './url-decode';
import { profileId, profileUrn, threadId } from './urns';
import type { Observation } from './vocabulary';

// composeOptionType → what the next send to that recipient is (REPLY only names the thread).
const COMPOSE_KINDS = new Map<string, (paidInMail: unknown) => ComposeKind | undefined>([
  ['PREMIUM_INMAIL', (paid) => (paid === false ? 'open-profile-message' : 'inmail')],
  ['INMAIL', (paid) => (paid === false ? 'open-profile-message' : 'inmail')], // netkeeper test fixtures
  ['CONNECTION_MESSAGE', () => 'message'],
  ['REPLY', () => undefined],
]);

/** The recipient's bare id: first part of `urn:li:fsd_composeOption:(<id>,<context>,<token>)`. */
function composeOptionRecipient(url: URL): string | undefined {
  const seg = url.pathname.slice('/voyager/api/voyagerMessagingDashComposeOptions/'.length);
  const urn = decodeTwice(seg);
  const prefix = 'urn:li:fsd_composeOption:(';
  if (!urn?.startsWith(prefix)) return undefined;
  const end = urn.indexOf(',', prefix.length);
  const id = urn.slice(prefix.length, end < 0 ? undefined : end);
  return /^[A-Za-z0-9_-]{8,120}$/.test(id) ? id : undefined;
}

export function classifyComposeOption(ctx: Ctx): Observation[] {
  if (!ctx.ok) return [];
  const answer = parseObject(ctx.responseBody);
  if (!answer) return [];
  const root = obj(answer.data) ?? answer;
  const type = str(root.composeOptionType);
  const mapper = type === undefined ? undefined : COMPOSE_KINDS.get(type);
  if (!mapper) return [];
  const nav = obj(root.composeNavigationContext);
  const recipient = profileId(arr(nav?.recipientUrns)?.[0]) ?? composeOptionRecipient(ctx.url);
  if (!recipient) return [];
  const prev = freshCompose(ctx.mem, recipient, ctx.now);
  const conversation = threadId(nav?.existingConversationUrn);
  ctx.mem.compose.set(
    recipient,
    compact({ kind: mapper(nav?.paidInMail), subject: prev?.subject, conversation, at: ctx.now }),
  );
  if (conversation) {
    const c = ctx.mem.conversations.get(conversation);
    ctx.mem.conversations.set(conversation, {
      ...c,
      counterpart: c?.counterpart ?? profileUrn(recipient),
      at: ctx.now,
    });
  }
  return [];
}

const FSD_IN_TEXT = /urn:li:fsd_profile:([A-Za-z0-9_-]{8,120})/g;

export function classifyComposeViewContext(ctx: Ctx): Observation[] {
  if (!ctx.ok) return [];
  const variables = decodeTwice(ctx.url.searchParams.get('variables') ?? '') ?? '';
  if (variables.length > 4000) return [];
  // Only the `recipients:List(…)` part: `contextEntityUrn` names the owner's own conversation urn.
  const at = variables.indexOf('recipients:List(');
  const list = at < 0 ? '' : variables.slice(at, variables.indexOf(')', at) + 1 || undefined);
  const recipients = [...list.matchAll(FSD_IN_TEXT)].map((m) => m[1]).filter((x): x is string => !!x);
  if (recipients.length === 0) return [];
  const answer = parseObject(ctx.responseBody);
  const data = obj(answer?.data);
  const field =
    obj(obj(data?.data)?.messagingDashComposeViewContextsByRecipients) ??
    obj(data?.messagingDashComposeViewContextsByRecipients);
  const elements = arr(field?.elements);
  if (!elements) return [];
  const subject = elements.some((e) => obj(e)?.showSubjectField === true);
  for (const r of recipients.slice(0, 20)) {
    const prev = freshCompose(ctx.mem, r, ctx.now);
    ctx.mem.compose.set(r, compact({ ...prev, subject, at: prev?.at ?? ctx.now }));
  }
  return [];
}
