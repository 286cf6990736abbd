// The cheap pre-filter, as data: which LinkedIn requests Pacer looks at at all. The page-world
// observer (a ≤ 4 KB script on every LinkedIn page) imports only this module, so it stays tiny and
// dependency-free. LinkedIn moves endpoints often: a changed path is a one-line edit here; the
// finer rules (exact path, rest of the path, query parameters) are in endpoints.ts. Each row names
// the public code or capture it was read from.

/** [id, method, path prefix right after the origin, a literal the URL must contain (optional)]. */
export type Route = readonly [id: string, method: Method, path: string, needle?: string];
type Method = 'GET' | 'POST' | 'DELETE';

// Named once: the minified observer refers to each by a one-letter name, not a repeated literal
// (the 4 KB budget). A needle only has to be specific enough here; endpoints.ts checks it exactly.
const SDUI = '/flagship-web/rsc-action/actions/server-request';
const API = '/voyager/api/';
const POST = 'POST';
const GET = 'GET';

/** Requests that are the user's own sends: each must be seen once, and only a 2xx counts. */
export const SEND_ROUTES = [
  // verifyQuotaAndCreateV2, with or without customMessage (geekloomstudio/linkedin-scraper capture;
  // tomquirk/linkedin-api add_connection, PR #453); the older verifyQuotaAndCreate from public clients
  ['invite-voyager', POST, `${API}voyagerRelationshipsDashMemberRelationships`, 'verifyQuota'],
  // Server-Driven UI connect; the answer is an RSC flight stream (joshiishaan/LInkedIn_Scrapper_Extension)
  ['invite-sdui', POST, SDUI, 'addaAddConnection'],
  // retired 2024-10 (tomquirk/linkedin-api issue #448) but kept: old sessions may still send it
  ['invite-legacy', POST, `${API}growth/normInvitations`],
  // withdraw, Voyager dash; the invitation urn is the path's last segment (eilonmore/linkedin-private-api)
  ['withdraw-voyager', POST, `${API}voyagerRelationshipsDashInvitations/`, 'withdraw'],
  // withdraw, SDUI. Exact sduiid: `…WithdrawConfirmationDialog` only opens the dialog (joshiishaan)
  ['withdraw-sdui', POST, SDUI, 'addaWithdrawI'],
  // current message send, existing conversation or hostRecipientUrns (dsmorgan/netkeeper
  // docs/linkedin-messaging-shapes.md; mautrix/linkedin messages.go); also the reported InMail body
  ['message-dash', POST, `${API}voyagerMessagingDashMessengerMessages`, 'createMessage'],
  // legacy new conversation (tomquirk/linkedin-api send_message; beeper/linkedin-messaging-api)
  ['message-legacy-create', POST, `${API}messaging/conversations`, 'action=create'],
  // legacy message in an existing conversation (same sources)
  ['message-legacy-event', POST, `${API}messaging/conversations/`, 'action=create'],
  // Sales Navigator's own connect: action=connect (eilonmore/linkedin-private-api sn-connection.request.ts)
  // and action=connectV2 (public client code)
  ['invite-sales', POST, '/sales-api/salesApiConnection', 'action=connect'],
  // Sales Navigator send, new thread (recipients) or reply (threadId) (jackwener/OpenCLI salesnav-message.js)
  ['sales-message', POST, '/sales-api/salesApiMessageActions', 'createMessage'],
  // The engagement bucket, one row for both Voyager writes under `voyagerSocialDash`: a reaction
  // `…Reactions?threadUrn=` {reactionType} (tomquirk/linkedin-api react_to_post) or a changed one
  // `…Reactions?action=updateReaction` {threadUrn, newReactionType}, and a comment `…NormComments`
  // {commentary, threadUrn} (akash-gupt/linkedin-private-api comment.request.ts)
  ['engage-voyager', POST, `${API}voyagerSocialDash`],
  // a deleted comment: DELETE `feed/comments/<urn:li:comment:(activity:<post>,<id>)>` (unattributed capture)
  ['comment-delete', 'DELETE', `${API}feed/comments/`],
  // SDUI reactions.create / reactions.delete and comments.createComment / deleteComment (unattributed
  // captures of the web client; the `teComment` needle also lets updateComment through, refused exactly)
  ['engage-sdui', POST, SDUI, 'sdui.reactions.'],
  ['engage-sdui', POST, SDUI, 'teComment'],
] as const satisfies readonly Route[];

/** Requests Pacer only learns from (what a later send is, who the account is), and profile views. */
export const READ_ROUTES = [
  // Sales Navigator recipient card: memberBadges.openLink (Open Profile), degree (jackwener/OpenCLI)
  ['sales-profile', GET, '/sales-api/salesApiProfiles/'],
  // compose option: composeOptionType + composeNavigationContext.paidInMail (dsmorgan/netkeeper)
  ['compose-option', GET, `${API}voyagerMessagingDashComposeOptions/`],
  // compose view context: showSubjectField, the InMail composer (dsmorgan/netkeeper)
  ['compose-view-context', GET, `${API}graphql`, 'ComposeViewContexts'],
  // inbox and thread reads (dsmorgan/netkeeper docs/linkedin-messaging-shapes.md): match the query
  // name, never the hash; not the frequent `messengerMailboxCounts` polls, which tell nothing
  ['messaging-read', GET, `${API}voyagerMessagingGraphQL/graphql`, 'messengerConversations'],
  ['messaging-read', GET, `${API}voyagerMessagingGraphQL/graphql`, 'messengerMessages'],
  // logged-in identity (mautrix/linkedin self.go; tomquirk/linkedin-api get_user_profile)
  ['identity-me', GET, `${API}me`],
  // legacy profile view (tomquirk/linkedin-api get_profile; joshuatz/linkedin-to-jsonresume).
  // Dash/GraphQL profile GETs are NOT views: hovercards load them too
  ['profile-view-legacy', GET, `${API}identity/profiles/`],
  // flagship-web in-app navigation to a profile, an RSC flight answer (dsmorgan/netkeeper
  // docs/linkedin-flagship-web-shapes.md)
  ['profile-view-flagship', POST, '/flagship-web/in/'],
  // LinkedIn's own lists, read when the user opens them. One row for both forms of the sent list:
  // REST `relationships/sentInvitationViewsV2` and GraphQL `voyagerRelationshipsDashSentInvitationViews`
  // (eilonmore/linkedin-private-api; russ-blaisdell/linked)
  ['sent-invitations', GET, API, 'entInvitationViews'],
  // the connections page: its list, newest first, with `createdAt` (russ-blaisdell/linked), and the
  // member's count, `relationships/connectionsSummary` (connection-count.ts): one row for both
  ['connections', GET, `${API}relationships/`, 'onnections'],
  // Sales Navigator's InMail credits left (jackwener/OpenCLI salesnav-message.js)
  ['inmail-credits', GET, '/sales-api/salesApiCredits'],
] as const satisfies readonly Route[];

/** Every route, sends first: the first route a request matches is its endpoint. */
const ROUTES = [...SEND_ROUTES, ...READ_ROUTES] as const;

/** The origins Pacer runs on and reads requests from. */
export const LINKEDIN_ORIGINS = ['https://www.linkedin.com', 'https://linkedin.com'] as const;
/** An https LinkedIn URL (host case-insensitive), up to its path's leading "/". */
export const LINKEDIN_URL = /^https:\/\/(www\.)?linkedin\.com\//i;

/** Index of the path's leading "/" for an https LinkedIn origin, or -1. */
export function linkedinPathStart(url: string): number {
  const m = LINKEDIN_URL.exec(url);
  return m ? m[0].length - 1 : -1;
}

/** Cheap pre-filter (no parsing, no `new URL`): could this exchange interest the classifier? */
export function isRelevantRequest(method: string, url: string): boolean {
  if (typeof method !== 'string' || typeof url !== 'string') return false;
  const start = linkedinPathStart(url);
  if (start < 0) return false;
  const m = method === GET || method === POST ? method : method.toUpperCase();
  for (const [, method, path, needle] of ROUTES as readonly Route[]) {
    if (method === m && url.startsWith(path, start) && (!needle || url.includes(needle, start))) return true;
  }
  return false;
}
