// Sales Navigator (jackwener/OpenCLI clis/linkedin/salesnav-message.js):
// - lead card `GET /sales-api/salesApiProfiles/(profileId:…)`: `memberBadges.openLink` (Open Profile:
//   free), `degree` (1 = a connection: a plain message)
// - send `POST /sales-api/salesApiMessageActions?action=createMessage`: `recipients` = a new thread:
//   `inmail`, unless the lead card said Open Profile (`open-profile-message`) or 1st degree (`message`:
//   SN messages to connections use no credit). `threadId` = a message in an existing thread: `reply`
//   only when LinkedIn told us someone else started that thread, else `message`. The answer's
//   `value.messageId` / `value.threadId` (one community client) give the key and the thread.
import type { Ctx } from './context';
import { actionValue, arr, num, type Obj, obj, parseObject, str } from './json';
import { compact, hashPart, tokenPart } from './keys';
import { type MessageKind, rememberSend } from './message-kind';
import { refusal, refusedUnderOk } from './refusal';
import { decodeTwice } from './url-decode';
import { salesProfileId, salesProfileUrn, threadId } from './urns';
import type { Observation } from './vocabulary';

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
  if (!ctx.ok || refusedUnderOk(ctx)) return refusal(ctx, 'message');
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
