// The engagement bucket: the member's own reactions and comments on the main site, and their undoing.
// - Voyager reaction `POST voyagerSocialDashReactions?threadUrn=<urn>` {reactionType}, answered 201
//   (tomquirk/linkedin-api `react_to_post`, eeeab32); a changed type
//   `POST voyagerSocialDashReactions?action=updateReaction` {threadUrn, newReactionType} (unattributed
//   public userscript)
// - Voyager comment `POST voyagerSocialDashNormComments?decorationId=…NormComment-<n>`
//   {commentary: {text, …}, threadUrn} (akash-gupt/linkedin-private-api
//   `src/requests/comment.request.ts`, 4854b3d); the answer's `data.entityUrn` names the comment
//   (`urn:li:fsd_comment:(<id>,urn:li:activity:<post>)`, an unattributed client reads it there)
// - Voyager `DELETE feed/comments/<urn:li:comment:(activity:<post>,<id>)>` deletes one (unattributed
//   capture)
// - SDUI `com.linkedin.sdui.reactions.create|delete` {threadUrn: {threadUrnActivityThreadUrn:
//   {activityUrn: {activityId}}} or {threadUrnCommentThreadUrn: {commentUrn: {commentId, thread}}},
//   reactionType} and `com.linkedin.sdui.comments.createComment|deleteComment` (unattributed captures
//   of the web client: how the current feed reacts, unreacts, comments and deletes)
// Keys: a reaction is keyed by what it reacts to (`reaction:activity:<n>`, `reaction:comment:<n>`),
// so a changed type is still one reaction and a withdrawal names the same key; a comment by its id
// (`comment:<n>`), else a hash of the request (a deletion can then not find it: it stays counted).
// The comment text is never read beyond the shape check.
import type { Ctx } from './context';
import { type Obj, obj, parseObject, str } from './json';
import { hashPart, tokenPart } from './keys';
import { decodeOnce } from './url-decode';
import type { Observation } from './vocabulary';

const ID = /^\d{1,40}$/;
const id = (v: unknown): string | undefined => {
  const s = typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : str(v);
  return s !== undefined && ID.test(s) ? s : undefined;
};

/** A comment urn in any of its forms → the comment's id. */
const COMMENT_URN =
  /urn:li:(?:fsd_comment|fs_objectComment):\((\d{1,40}),|urn:li:comment:\((?:urn:li:)?(?:activity|ugcPost|share):\d{1,40},(\d{1,40})\)/;

export function commentIdOf(v: unknown): string | undefined {
  const s = str(v);
  return s === undefined || s.length > 400 ? undefined : findCommentId(s);
}

/** The first comment urn anywhere in `text` (a flight stream) → the comment's id. */
function findCommentId(text: string): string | undefined {
  const m = COMMENT_URN.exec(text);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** What a reaction is on, from a thread urn: `activity:<n>`, `ugcPost:<n>`, `share:<n>`, `comment:<n>`. */
export function reactedItem(v: unknown): string | undefined {
  const s = str(v);
  if (s === undefined || s.length > 400) return undefined;
  const comment = commentIdOf(s);
  if (comment) return `comment:${comment}`;
  const m = /^urn:li:(activity|ugcPost|share):(\d{1,40})$/.exec(s);
  return m ? `${m[1]}:${m[2]}` : undefined;
}

/** The SDUI thread union: an activity or a comment. */
function sduiItem(thread: Obj | undefined): string | undefined {
  const activity = id(obj(obj(thread?.threadUrnActivityThreadUrn)?.activityUrn)?.activityId);
  if (activity) return `activity:${activity}`;
  const comment = id(obj(obj(thread?.threadUrnCommentThreadUrn)?.commentUrn)?.commentId);
  return comment ? `comment:${comment}` : undefined;
}

function sduiPayload(body: Obj): { requestId: string; payload: Obj } | undefined {
  const sr = obj(body.serverRequest);
  const requestId = str(body.requestId) ?? str(sr?.requestId);
  const payload = obj(obj(sr?.requestedArguments)?.payload) ?? obj(obj(body.requestedArguments)?.payload);
  return requestId && payload ? { requestId, payload } : undefined;
}

/** A commentary as the client sends it: `{text}` (or a bare string). */
function isCommentary(v: unknown): boolean {
  return typeof v === 'string' || typeof obj(v)?.text === 'string';
}

/** POST …voyagerSocialDashReactions / …voyagerSocialDashNormComments. */
export function classifyVoyagerEngagement(ctx: Ctx): Observation[] {
  if (!ctx.ok) return [];
  const body = parseObject(ctx.requestBody);
  if (!body) return [];
  if (ctx.url.pathname.endsWith('Reactions')) {
    const update = ctx.url.searchParams.get('action') === 'updateReaction';
    if (update ? typeof body.newReactionType !== 'string' : typeof body.reactionType !== 'string') return [];
    const item = reactedItem(update ? body.threadUrn : ctx.url.searchParams.get('threadUrn'));
    return item ? [{ kind: 'reaction', key: `reaction:${item}` }] : [];
  }
  if (!isCommentary(body.commentary ?? body.comment) || typeof body.threadUrn !== 'string') return [];
  const answer = parseObject(ctx.responseBody);
  const data = obj(answer?.data);
  const comment =
    commentIdOf(data?.entityUrn) ??
    commentIdOf(obj(data?.value)?.entityUrn) ??
    commentIdOf(answer?.entityUrn) ??
    commentIdOf(obj(answer?.value)?.entityUrn) ??
    commentIdOf(data?.urn);
  return [{ kind: 'comment', key: `comment:${comment ?? hashPart(body.threadUrn, ctx.requestBody)}` }];
}

/** DELETE …feed/comments/<comment urn>. */
export function classifyCommentDelete(ctx: Ctx): Observation[] {
  if (!ctx.ok) return [];
  const segment = ctx.url.pathname.slice(ctx.url.pathname.lastIndexOf('/') + 1);
  const comment = commentIdOf(decodeOnce(segment));
  return comment ? [deleted(comment)] : [];
}

const deleted = (comment: string): Observation => ({
  kind: 'comment-deleted',
  removes: `comment:${comment}`,
  key: `comment-deleted:${comment}`,
});

/** POST SDUI reactions.create|delete, comments.createComment|deleteComment. */
export function classifySduiEngagement(ctx: Ctx): Observation[] {
  if (!ctx.ok) return [];
  const body = parseObject(ctx.requestBody);
  const req = body && sduiPayload(body);
  const action = ctx.url.searchParams.get('sduiid') ?? '';
  if (!req || req.requestId !== action) return [];
  const p = req.payload;
  if (action.endsWith('reactions.create') || action.endsWith('reactions.delete')) {
    const item = sduiItem(obj(p.threadUrn));
    if (!item) return [];
    return action.endsWith('create')
      ? [{ kind: 'reaction', key: `reaction:${item}` }]
      : [{ kind: 'reaction-withdrawn', removes: `reaction:${item}`, key: `reaction-withdrawn:${item}` }];
  }
  if (action.endsWith('deleteComment')) {
    const comment = id(obj(p.commentUrn)?.commentId) ?? commentIdOf(p.commentUrn);
    return comment ? [deleted(comment)] : [];
  }
  // createComment: the answer is a flight stream; the new comment's urn, when it names one, keys it.
  if (!isCommentary(p.commentary)) return [];
  const answer = ctx.responseBody ?? '';
  const comment = findCommentId(answer.length > 200_000 ? answer.slice(0, 200_000) : answer);
  const key = comment ?? tokenPart('o', p.optimisticKey) ?? hashPart(ctx.requestBody);
  return [{ kind: 'comment', key: `comment:${key}` }];
}
