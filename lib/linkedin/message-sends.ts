// Message sends through the flagship (Voyager) APIs:
// - `voyagerMessagingDashMessengerMessages?action=createMessage` (dsmorgan/netkeeper
//   docs/linkedin-messaging-shapes.md; mautrix/linkedin messages.go): an existing conversation
//   (`message.conversationUrn`) or a new one (`hostRecipientUrns`); the reported InMail variant adds
//   `subtype: "INMAIL"`, `subject`, `recipientUrns` (community code, low confidence)
// - legacy `messaging/conversations?action=create` and `…/conversations/<id>/events?action=create`
//   (tomquirk/linkedin-api send_message; beeper/linkedin-messaging-api)
// What kind of send it is (message / reply / inmail / open-profile-message) is decided in message-kind.ts.

import { identityObservation } from './account-identity';
import type { Ctx } from './context';
import { actionValue, arr, type Obj, obj, parseObject, str } from './json';
import { compact, hashPart, tokenPart } from './keys';
import { counterpartUrn, decideMessageKind, type MessageFacts, rememberSend } from './message-kind';
import { refusal } from './refusal';
import { decodeOnce } from './url-decode';
import { bareProfileId, messageId, profileId, threadId, toProfileUrn } from './urns';
import type { Observation } from './vocabulary';

interface MessageSend extends MessageFacts {
  mailbox?: string;
  originToken?: string;
  trackingId?: string;
}

interface MessageAnswer {
  id?: string;
  thread?: string;
  sender?: string;
}

function nonBlank(v: unknown): boolean {
  return typeof v === 'string' && v.trim() !== '';
}

function firstProfile(list: unknown): string | undefined {
  for (const r of arr(list) ?? []) {
    const id = profileId(r) ?? bareProfileId(r);
    if (id) return id;
  }
  return undefined;
}

export function parseDashMessage(body: Obj): MessageSend | undefined {
  const m = obj(body.message);
  if (!m) return undefined;
  const text = obj(m.body);
  const hasContent = typeof text?.text === 'string' || (arr(m.renderContentUnions)?.length ?? 0) > 0;
  if (!hasContent) return undefined;
  const convUrn = m.conversationUrn ?? body.conversationUrn;
  const existingThread = convUrn === undefined ? undefined : threadId(convUrn);
  if (convUrn !== undefined && !existingThread) return undefined;
  const recipient =
    firstProfile(body.hostRecipientUrns) ?? firstProfile(body.recipientUrns) ?? firstProfile(m.recipientUrns);
  if (!existingThread && !recipient) return undefined;
  return {
    existingThread,
    recipient: existingThread ? undefined : recipient,
    inmailInBody:
      body.subtype === 'INMAIL' || m.subtype === 'INMAIL' || nonBlank(body.subject) || nonBlank(m.subject),
    mailbox: toProfileUrn(body.mailboxUrn),
    originToken: str(m.originToken),
    trackingId: str(body.trackingId),
  };
}

const MESSAGE_CREATE = 'com.linkedin.voyager.messaging.create.MessageCreate';

function legacyEvent(v: unknown): { create: Obj; event: Obj } | undefined {
  const event = obj(v);
  const create = obj(obj(event?.value)?.[MESSAGE_CREATE]);
  return event && create ? { create, event } : undefined;
}

export function parseLegacyCreate(body: Obj): MessageSend | undefined {
  const cc = obj(body.conversationCreate);
  const ev = legacyEvent(cc?.eventCreate);
  if (!cc || !ev) return undefined;
  const recipient = firstProfile(cc.recipients);
  if (!recipient) return undefined;
  return {
    recipient,
    inmailInBody: cc.subtype === 'INMAIL' || nonBlank(ev.create.subject),
    originToken: str(ev.event.originToken),
    trackingId: str(ev.event.trackingId),
  };
}

export function parseLegacyEvent(body: Obj, url: URL): MessageSend | undefined {
  const ev = legacyEvent(body.eventCreate);
  if (!ev) return undefined;
  const existingThread = threadId(decodeOnce(url.pathname.split('/')[5] ?? ''));
  if (!existingThread) return undefined;
  return {
    existingThread,
    inmailInBody: false,
    originToken: str(ev.event.originToken),
    trackingId: str(ev.event.trackingId),
  };
}

function readAnswer(responseBody: string | undefined): MessageAnswer {
  const v = actionValue(parseObject(responseBody));
  if (!v) return {};
  return {
    id:
      messageId(v.entityUrn) ??
      messageId(v.backendUrn) ??
      messageId(v.backendEventUrn) ??
      messageId(v.eventUrn),
    thread: threadId(v.conversationUrn) ?? threadId(v.backendConversationUrn),
    sender: toProfileUrn(v.senderUrn),
  };
}

/** Key id for a message send, best first (see keys.ts). */
function messageKeyId(answerId: string | undefined, send: MessageSend, requestBody: string): string {
  return (
    answerId ??
    tokenPart('o', send.originToken) ??
    tokenPart('t', send.trackingId) ??
    hashPart(send.existingThread ?? send.recipient ?? '', requestBody)
  );
}

export function classifyVoyagerMessage(
  ctx: Ctx,
  parse: (b: Obj, url: URL) => MessageSend | undefined,
): Observation[] {
  const body = parseObject(ctx.requestBody);
  const send = body && parse(body, ctx.url);
  if (!send) return [];
  if (!ctx.ok) return refusal(ctx, 'message');
  const answer = readAnswer(ctx.responseBody);
  const decision = decideMessageKind(ctx, send);
  const thread = send.existingThread ?? answer.thread;
  const target = counterpartUrn(decision.recipient);
  rememberSend(ctx.mem, ctx.now, thread, decision.kind, target, !send.existingThread);
  const key = `${decision.kind}:${messageKeyId(answer.id, send, ctx.requestBody)}`;
  const out: Observation[] = [
    decision.kind === 'reply'
      ? compact({ kind: 'reply', conversation: thread, key })
      : compact({ kind: decision.kind, target, conversation: thread, key }),
  ];
  const account = send.mailbox ?? answer.sender;
  if (account) out.push(identityObservation(ctx.mem, account));
  return out;
}
