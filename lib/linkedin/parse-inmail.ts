// InMail and Open Profile signals, and the Sales Navigator send:
// - compose option `GET …/voyagerMessagingDashComposeOptions/urn:li:fsd_composeOption:(<id>,…)` (s10):
//   `composeOptionType` PREMIUM_INMAIL (+ `composeNavigationContext.paidInMail`), CONNECTION_MESSAGE, REPLY
// - compose view context `GET /voyager/api/graphql?…queryId=voyagerMessagingDashComposeViewContexts.…` (s10):
//   `showSubjectField: true` = the InMail composer; the recipient is only in the request's `variables`
// - Sales Navigator lead card `GET /sales-api/salesApiProfiles/(profileId:…)` (s09): `memberBadges.openLink`
//   (Open Profile: free), `degree` (1 = a connection: a plain message)
// - Sales Navigator send `POST /sales-api/salesApiMessageActions?action=createMessage` (s09):
//   `recipients` = a new thread: `inmail`, unless the lead card said Open Profile (`open-profile-message`)
//   or 1st degree (`message`: SN messages to connections use no credit). `threadId` = a message in an
//   existing thread: `reply` only when LinkedIn told us someone else started that thread, else `message`.
//   The answer's `value.messageId` / `value.threadId` (one community client) give the key and the thread.
import type { Observation } from './classify';
import type { Ctx } from './context';
import { actionValue, arr, num, type Obj, obj, parseObject, str } from './json';
import { compact, hashPart, tokenPart } from './keys';
import type { ComposeKind } from './memory';
import { freshCompose, type MessageKind, rememberSend } from './message-kind';
import { refusal } from './refusal';
import { profileId, profileUrn, salesProfileId, salesProfileUrn, threadId } from './urns';

// composeOptionType → what the next send to that recipient is (REPLY only names the thread).
const COMPOSE_KINDS = new Map<string, (paidInMail: unknown) => ComposeKind | undefined>([
  ['PREMIUM_INMAIL', (paid) => (paid === false ? 'open-profile-message' : 'inmail')],
  ['INMAIL', (paid) => (paid === false ? 'open-profile-message' : 'inmail')], // netkeeper fixtures
  ['CONNECTION_MESSAGE', () => 'message'],
  ['REPLY', () => undefined],
]);

function decodeTwice(s: string): string | undefined {
  try {
    const once = decodeURIComponent(s);
    return once.includes('%') ? decodeURIComponent(once) : once;
  } catch {
    return undefined;
  }
}

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

export function classifySalesProfile(ctx: Ctx): Observation[] {
  if (!ctx.ok) return [];
  const answer = parseObject(ctx.responseBody);
  if (!answer) return [];
  const root = obj(answer.data) ?? answer;
  const fromPath = /profileId:([A-Za-z0-9_-]{8,120})/.exec(decodeTwice(ctx.url.pathname) ?? '')?.[1];
  const id = salesProfileId(root.entityUrn) ?? fromPath;
  const badges = obj(root.memberBadges);
  if (!id || (!badges && root.degree === undefined)) return [];
  const degree =
    num(root.degree) ?? (/^[1-3]$/.test(str(root.degree) ?? '') ? Number(root.degree) : undefined);
  ctx.mem.salesProfiles.set(id, compact({ openLink: badges?.openLink === true, degree, at: ctx.now }));
  return [];
}

interface SalesSend {
  recipient?: string;
  thread?: string;
  trackingId?: string;
}

function parseSalesSend(body: Obj): SalesSend | undefined {
  const r = obj(body.createMessageRequest);
  if (!r || (typeof r.body !== 'string' && typeof r.subject !== 'string')) return undefined;
  const trackingId = str(r.trackingId);
  if (r.threadId !== undefined) {
    const thread = threadId(r.threadId);
    return thread ? { thread, trackingId } : undefined;
  }
  const recipient = salesProfileId(arr(r.recipients)?.[0]);
  return recipient ? { recipient, trackingId } : undefined;
}

export function classifySalesMessage(ctx: Ctx): Observation[] {
  const body = parseObject(ctx.requestBody);
  const send = body && parseSalesSend(body);
  if (!send) return [];
  if (!ctx.ok) return refusal(ctx, 'message');
  const v = actionValue(parseObject(ctx.responseBody));
  const answerId = str(v?.messageId);
  const id = answerId && /^[A-Za-z0-9_=+/.:()-]{1,200}$/.test(answerId) ? answerId : undefined;
  const thread = send.thread ?? threadId(v?.threadId);
  let kind: MessageKind;
  let target: string | undefined;
  if (send.recipient) {
    const lead = ctx.mem.salesProfiles.peek(send.recipient);
    kind = lead?.degree === 1 ? 'message' : lead?.openLink ? 'open-profile-message' : 'inmail';
    target = salesProfileUrn(send.recipient);
  } else {
    const conv = thread ? ctx.mem.conversations.peek(thread) : undefined;
    kind = conv?.starter === 'other' ? 'reply' : 'message';
    target = conv?.counterpart;
  }
  rememberSend(ctx.mem, ctx.now, thread, kind, target, !!send.recipient);
  const keyId =
    id ?? tokenPart('t', send.trackingId) ?? hashPart(send.thread ?? send.recipient ?? '', ctx.requestBody);
  const key = `${kind}:${keyId}`;
  return [
    kind === 'reply'
      ? compact({ kind: 'reply', conversation: thread, key })
      : compact({ kind, target, conversation: thread, key }),
  ];
}
