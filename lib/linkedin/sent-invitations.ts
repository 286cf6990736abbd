// The sent-invitations list (My Network › Manage invitations › Sent), as the page loads it; Pacer
// never requests it. Two forms:
// - REST `GET /voyager/api/relationships/sentInvitationViewsV2?invitationType=CONNECTION&q=invitationType&start&count`,
//   normalized: `data["*elements"]` → SentInvitationViewV2 entities in `included`, each `*invitation` →
//   an Invitation (`entityUrn: urn:li:fs_relInvitation:<n>`, `mailboxItemId: urn:li:invitation:<n>`,
//   `sentTime` epoch ms, `customMessage` a has-note flag, `message` the note, `*toMember` →
//   the invitee's MiniProfile) (eilonmore/linkedin-private-api `src/requests/invitation.request.ts`,
//   `src/entities/linkedin-invitation.entity.ts`; a public MCP server's reader, re-measured 2026-10-02,
//   which found both `data["*elements"]` and `data.data["*elements"]`).
// - GraphQL `GET /voyager/api/graphql?variables=(invitationType:CONNECTION,start,count)&queryId=voyagerRelationshipsDashSentInvitationViews.<hash>`:
//   `data.relationshipsDashSentInvitationViewsByInvitationType.elements[]` of views with `invitation`
//   (`entityUrn: urn:li:fsd_invitation:<n>`, `invitationId`, `inviteeMember` or
//   `inviteeMemberResolutionResult`, `message`) and `sentTimeLabel` ("Sent 1 week ago"): no instant
//   (russ-blaisdell/linked `internal/api/connections.go`; an unattributed Python client).
// Only invitations to connect count (the Pages and Events tabs use the same list with another type).
// The note's text is read as "there is one" and never kept.
import { DAY_MS } from '../domain/local-time';
import type { Ctx } from './context';
import { hash64 } from './hash';
import { eachObject, num, type Obj, obj, parseJson, str } from './json';
import { parseSentLabel } from './sent-time-labels';
import { invitationId, slugFromProfileUrl, targetFromSegment, toProfileUrn } from './urns';
import type { Observation, SentInvitation } from './vocabulary';

const GRAPHQL_QUERY = /^voyagerRelationshipsDashSentInvitationViews\./;
const MAX_INVITATIONS = 2000;
/** A send time before LinkedIn existed, or a day past now, is not a send time. */
const EARLIEST_SENT = Date.UTC(2003, 0, 1);

/** The invitation number from any of its urn forms (fs_relInvitation is the REST list's). */
function listInvitationId(v: unknown): string | undefined {
  const id = invitationId(v);
  if (id !== undefined || typeof v !== 'string' || !v.startsWith('urn:li:fs_relInvitation:')) return id;
  const n = v.slice('urn:li:fs_relInvitation:'.length);
  return /^\d{1,30}$/.test(n) ? n : undefined;
}

function isInvitation(o: Obj): boolean {
  return listInvitationId(o.entityUrn) !== undefined;
}

/** Is this list about invitations to connect? The URL names the type, as a parameter or a GraphQL variable. */
function connectionList(url: URL): boolean {
  const type = url.searchParams.get('invitationType');
  if (type !== null) return type === 'CONNECTION';
  const vars = url.searchParams.get('variables') ?? '';
  return /(?:^|[(,])invitationType:CONNECTION(?:[,)]|$)/.test(vars);
}

function routeFits(url: URL): boolean {
  if (url.pathname.endsWith('/graphql')) return GRAPHQL_QUERY.test(url.searchParams.get('queryId') ?? '');
  return true;
}

export function classifySentInvitations(ctx: Ctx): Observation[] {
  if (!ctx.ok || !routeFits(ctx.url) || !connectionList(ctx.url)) return [];
  const answer = parseJson(ctx.responseBody);
  if (!obj(answer)) return [];
  const byUrn = new Map<string, Obj>();
  const views: Obj[] = [];
  const invitations: Obj[] = [];
  eachObject(answer, (o) => {
    if (typeof o.entityUrn === 'string' && !byUrn.has(o.entityUrn)) byUrn.set(o.entityUrn, o);
    if ('invitation' in o || '*invitation' in o) views.push(o);
    else if (isInvitation(o)) invitations.push(o);
  });
  const resolve = (v: unknown): Obj | undefined =>
    obj(v) ?? (typeof v === 'string' ? byUrn.get(v) : undefined);
  const self = ctx.mem.self?.account;
  const found = new Map<string, SentInvitation>();
  const add = (inv: Obj, view: Obj | undefined) => {
    if (found.size >= MAX_INVITATIONS) return;
    const id =
      listInvitationId(inv.entityUrn) ?? listInvitationId(inv.mailboxItemId) ?? idOf(inv.invitationId);
    if (id === undefined || found.has(id)) return;
    const type = str(inv.genericInvitationType) ?? str(inv.invitationType);
    if (type !== undefined && type !== 'CONNECTION' && type !== 'SENT' && type !== 'PENDING') return;
    const invitee = inviteeOf(inv, view, resolve);
    if (invitee !== undefined && invitee === self) return; // an invitation to the user is not theirs
    const s: SentInvitation = { invitation: id, sentAt: sentTime(inv, view, ctx.now) };
    if (invitee !== undefined) s.invitee = invitee;
    const slug = invitee?.startsWith('urn:') ? slugOf(inv, view, resolve) : undefined;
    if (slug !== undefined) s.inviteeSlug = slug;
    if (s.sentAt === null) {
      const age = parseSentLabel(labelText(view?.sentTimeLabel) ?? labelText(view?.timeLabel));
      if (age) s.age = age;
    }
    const note = withNote(inv);
    if (note !== undefined) s.withNote = note;
    found.set(id, s);
  };
  for (const view of views) {
    const inv = resolve(view.invitation) ?? resolve(view['*invitation']);
    if (inv) add(inv, view);
  }
  for (const inv of invitations) add(inv, undefined);
  if (found.size === 0) return [];
  const list = [...found.values()];
  return [
    { kind: 'sent-invitations', invitations: list, key: `sent-invitations:${hash64(...found.keys())}` },
  ];
}

function idOf(v: unknown): string | undefined {
  const n = num(v);
  return n !== undefined && Number.isSafeInteger(n) && n > 0 ? String(n) : undefined;
}

function labelText(v: unknown): string | undefined {
  return str(v) ?? str(obj(v)?.text);
}

function sentTime(inv: Obj, view: Obj | undefined, now: number): number | null {
  const t = num(inv.sentTime) ?? num(view?.sentTime);
  return t !== undefined && t >= EARLIEST_SENT && t <= now + DAY_MS ? t : null;
}

/** Has a note: the REST list's `customMessage` flag, else a non-empty `message` (its text is dropped here). */
function withNote(inv: Obj): boolean | undefined {
  if (typeof inv.customMessage === 'boolean') return inv.customMessage;
  const m = inv.message;
  if (typeof m === 'string') return m.trim() !== '';
  const text = str(obj(m)?.text) ?? str(obj(obj(m)?.body)?.text);
  if (text !== undefined) return text.trim() !== '';
  return m === null ? false : undefined;
}

/**
 * The invited person's public slug when the answer names it beside their urn: the REST list's
 * MiniProfile `publicIdentifier`, the GraphQL view's `cardActionTarget` profile link. It lets the
 * re-invite cooldown know them on a profile page, whose address gives only the slug.
 */
function slugOf(
  inv: Obj,
  view: Obj | undefined,
  resolve: (v: unknown) => Obj | undefined,
): string | undefined {
  const invitee = obj(inv.invitee);
  const refs = [inv['*toMember'], inv.toMember, invitee?.['*miniProfile'], invitee?.miniProfile];
  const id = refs.map((ref) => str(resolve(ref)?.publicIdentifier)).find((x) => x !== undefined);
  const card = str(view?.cardActionTarget);
  const slug = id !== undefined ? targetFromSegment(id) : card ? slugFromProfileUrl(card) : undefined;
  return slug?.startsWith('urn:') ? undefined : slug;
}

/** The person invited, as `urn:li:fsd_profile:<id>`, from whichever form the answer uses. */
function inviteeOf(
  inv: Obj,
  view: Obj | undefined,
  resolve: (v: unknown) => Obj | undefined,
): string | undefined {
  const direct =
    toProfileUrn(inv.inviteeMember) ??
    toProfileUrn(inv['*inviteeMemberResolutionResult']) ??
    toProfileUrn(obj(inv.inviteeMemberResolutionResult)?.entityUrn) ??
    toProfileUrn(obj(obj(inv.invitee)?.inviteeUnion)?.memberProfile);
  if (direct) return direct;
  const invitee = obj(inv.invitee);
  for (const ref of [inv['*toMember'], inv.toMember, invitee?.['*miniProfile'], invitee?.miniProfile]) {
    const mini = resolve(ref);
    const urn = toProfileUrn(mini?.dashEntityUrn) ?? toProfileUrn(mini?.entityUrn) ?? toProfileUrn(ref);
    if (urn) return urn;
  }
  const card = str(view?.cardActionTarget);
  return card ? slugFromProfileUrl(card) : undefined;
}
