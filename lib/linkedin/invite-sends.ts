// Connection invites and their withdrawal, in every form public code and captures show:
// - Voyager `verifyQuotaAndCreateV2` {invitee.inviteeUnion.memberProfile, customMessage?}
//   (geekloomstudio/linkedin-scraper capture; tomquirk/linkedin-api add_connection) and the older
//   `verifyQuotaAndCreate` {inviteeProfileUrn, customMessage?} (public client code)
// - SDUI `addaAddConnection` (joshiishaan/LInkedIn_Scrapper_Extension): target from
//   nonIterableProfileId / inviteeUrn.memberId / profileCanonicalUrl; the answer is an RSC flight
//   stream, so success is the 2xx status and the invitation urn, if any, is fished out of the text
// - legacy `growth/normInvitations`, both body variants (tomquirk/linkedin-api;
//   eilonmore/linkedin-private-api)
// - Sales Navigator's connect `sales-api/salesApiConnection?action=connect` {member, message,
//   isEmailRequired} (eilonmore/linkedin-private-api sn-connection.request.ts) and `action=connectV2`
//   {member, message} (public client code); `member` is a bare Sales Navigator or profile id
// - withdrawals: Voyager `…DashInvitations/<urn>?action=withdraw` (eilonmore/linkedin-private-api) and
//   SDUI `addaWithdrawInvitation` (joshiishaan)
import type { Ctx } from './context';
import { actionValue, arr, codePointLength, MAX_BODY, type Obj, obj, parseObject, str } from './json';
import { hashPart, tokenPart } from './keys';
import { actionFits, findKnownCode } from './limit-codes';
import { refusal } from './refusal';
import { decodeOnce } from './url-decode';
import {
  bareProfileId,
  findInvitationId,
  invitationId,
  memberUrn,
  profileId,
  profileUrn,
  salesProfileUrn,
  slugFromProfileUrl,
  toProfileUrn,
} from './urns';
import type { Observation } from './vocabulary';

interface InviteSend {
  target?: string;
  /** The note as sent, or undefined when there is none. */
  note?: string;
  trackingId?: string;
}

/** A note field: absent/null = no note; a string = the note; anything else = not our shape. */
function noteField(v: unknown): { ok: boolean; note?: string } {
  if (v === undefined || v === null) return { ok: true };
  if (typeof v === 'string') return { ok: true, note: v };
  const text = obj(v)?.text; // a rich-text {text} object, should the SDUI payload ever carry one
  return typeof text === 'string' ? { ok: true, note: text } : { ok: false };
}

export function parseVoyagerInvite(body: Obj): InviteSend | undefined {
  const v2 = obj(obj(body.invitee)?.inviteeUnion)?.memberProfile;
  const target = toProfileUrn(v2 ?? body.inviteeProfileUrn);
  if (!target) return undefined;
  const n = noteField(body.customMessage);
  return n.ok ? { target, note: n.note } : undefined;
}

const SDUI_NOTE_KEYS = ['customMessage', 'message', 'note', 'invitationMessage'] as const;

/** The SDUI envelope's payload: `serverRequest.requestedArguments.payload`, or the top-level copy. */
function sduiPayload(body: Obj, requestSuffix: string): Obj | undefined {
  const sr = obj(body.serverRequest);
  const requestId = str(body.requestId) ?? str(sr?.requestId);
  if (requestId !== undefined && !requestId.endsWith(requestSuffix)) return undefined;
  return obj(obj(sr?.requestedArguments)?.payload) ?? obj(obj(body.requestedArguments)?.payload);
}

function sduiTarget(p: Obj): string | undefined {
  return (
    toProfileUrn(p.nonIterableProfileId) ??
    toProfileUrn(p.inviteeProfileUrn) ??
    toProfileUrn(p.profileUrn) ??
    memberUrn(obj(p.inviteeUrn)?.memberId) ??
    slugFromProfileUrl(p.profileCanonicalUrl)
  );
}

export function parseSduiInvite(body: Obj): InviteSend | undefined {
  const p = sduiPayload(body, 'addaAddConnection');
  if (!p) return undefined;
  const target = sduiTarget(p);
  if (!target) return undefined;
  for (const k of SDUI_NOTE_KEYS) {
    const n = noteField(p[k]);
    if (!n.ok) return undefined;
    if (n.note !== undefined) return { target, note: n.note };
  }
  return { target };
}

export function parseLegacyInvite(body: Obj): InviteSend | undefined {
  const profile = obj(obj(body.invitee)?.['com.linkedin.voyager.growth.invitation.InviteeProfile']);
  const id = bareProfileId(profile?.profileId) ?? profileId(profile?.profileId);
  if (!id) return undefined;
  const n = noteField(body.message);
  if (!n.ok) return undefined;
  return { target: profileUrn(id), note: n.note, trackingId: str(body.trackingId) };
}

export function parseSalesInvite(body: Obj): InviteSend | undefined {
  const id = bareProfileId(body.member);
  if (!id) return undefined;
  const n = noteField(body.message);
  if (!n.ok) return undefined;
  // A flagship id (ACo…) is the person's profile; any other is a Sales Navigator lead id (ACw…),
  // the same one the Sales Navigator message send names.
  return { target: id.startsWith('ACo') ? profileUrn(id) : salesProfileUrn(id), note: n.note };
}

function answerInvitationId(ctx: Ctx): string | undefined {
  const text = ctx.responseBody;
  if (!text) return undefined;
  const answer = parseObject(text);
  if (answer) {
    const v = actionValue(answer);
    const id = invitationId(v?.invitationUrn) ?? invitationId(v?.['*invitation']);
    if (id) return id;
    for (const inc of arr(answer.included) ?? []) {
      const iid = invitationId(obj(inc)?.entityUrn);
      if (iid) return iid;
    }
    return undefined;
  }
  return findInvitationId(text.length > MAX_BODY ? text.slice(0, MAX_BODY) : text);
}

export function classifyInvite(ctx: Ctx, parse: (b: Obj) => InviteSend | undefined): Observation[] {
  const body = parseObject(ctx.requestBody);
  const send = body && parse(body);
  if (!send) return []; // a garbage body never counts, even where the URL names the target
  // An SDUI answer is a flight stream that may render a refusal under a 200: a table code in it
  // means "not sent".
  const flight = ctx.ok && ctx.responseBody !== undefined && !ctx.responseBody.startsWith('{');
  const hit = flight ? findKnownCode(ctx.responseBody ?? '') : undefined;
  const flightRefusal = hit !== undefined && (hit.action === null || actionFits(hit.action, 'invite'));
  if (!ctx.ok || flightRefusal) return refusal(ctx, 'invite');
  const withNote = send.note !== undefined && send.note.trim() !== '';
  const id = answerInvitationId(ctx);
  const key = id
    ? `invite:${id}`
    : `invite:${tokenPart('t', send.trackingId) ?? hashPart(send.target ?? '', ctx.requestBody)}`;
  const o: Observation = { kind: 'invite', withNote, key };
  if (withNote && send.note !== undefined) o.noteLength = codePointLength(send.note);
  if (send.target) o.target = send.target;
  return [o];
}

export function classifyVoyagerWithdraw(ctx: Ctx): Observation[] {
  const body = parseObject(ctx.requestBody);
  if (!body || typeof body.invitationType !== 'string' || !ctx.ok) return [];
  const segment = ctx.url.pathname.slice(ctx.url.pathname.lastIndexOf('/') + 1);
  const id = invitationId(decodeOnce(segment));
  return id ? [{ kind: 'invite-withdrawn', key: `invite-withdrawn:${id}` }] : [];
}

export function classifySduiWithdraw(ctx: Ctx): Observation[] {
  const body = parseObject(ctx.requestBody);
  const p = body && sduiPayload(body, 'addaWithdrawInvitation');
  if (!p || !ctx.ok) return [];
  const target = sduiTarget(p);
  const id =
    invitationId(p.invitationUrn) ??
    invitationId(p.nonIterableInvitationUrn) ??
    findInvitationId(ctx.requestBody);
  const key = `invite-withdrawn:${id ?? hashPart(target ?? '', ctx.requestBody)}`;
  const o: Observation = { kind: 'invite-withdrawn', key };
  if (target) o.target = target;
  return [o];
}
