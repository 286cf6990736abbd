// The cheap pre-filter, as data: which LinkedIn requests Pacer looks at at all. The page-world
// observer (a ≤ 4 KB script on every LinkedIn page) imports only this module, so it stays tiny and
// dependency-free. LinkedIn moves endpoints often: a changed path is a one-line edit here; the
// finer rules (exact path, rest of the path, query parameters) are in endpoints.ts.
// Samples: /work/shared/research/linkedin-samples/NN-*.json (cited per row as "sNN").

/** [id, method, path prefix right after the origin, a literal the URL must contain (optional)]. */
export type Route = readonly [id: string, method: 'GET' | 'POST', path: string, needle?: string];

const SDUI = '/flagship-web/rsc-action/actions/server-request';
const API = '/voyager/api/';

export const ROUTES = [
  // s01, s02 (V2, with/without customMessage); older `verifyQuotaAndCreate` body {inviteeProfileUrn} (anchors §2a)
  ['invite-voyager', 'POST', `${API}voyagerRelationshipsDashMemberRelationships`, 'verifyQuotaAndCreate'],
  // s04: Server-Driven UI connect; the answer is an RSC flight stream
  ['invite-sdui', 'POST', SDUI, 'addaAddConnection'],
  // s03: retired 2024-10 (tomquirk #448) but kept: old sessions may still send it
  ['invite-legacy', 'POST', `${API}growth/normInvitations`],
  // s06: withdraw, Voyager dash; the invitation urn is the path's last segment
  ['withdraw-voyager', 'POST', `${API}voyagerRelationshipsDashInvitations/`, 'withdraw'],
  // s06: withdraw, SDUI. Exact sduiid: `…WithdrawConfirmationDialog` only opens the dialog
  ['withdraw-sdui', 'POST', SDUI, 'addaWithdrawInvitation'],
  // s07: current message send (existing conversation or hostRecipientUrns); s10: reported InMail body
  ['message-dash', 'POST', `${API}voyagerMessagingDashMessengerMessages`, 'createMessage'],
  // s08: legacy new conversation
  ['message-legacy-create', 'POST', `${API}messaging/conversations`, 'action=create'],
  // s08: legacy message in an existing conversation
  ['message-legacy-event', 'POST', `${API}messaging/conversations/`, 'action=create'],
  // s09: Sales Navigator send (new thread: recipients; reply: threadId)
  ['sales-message', 'POST', '/sales-api/salesApiMessageActions', 'createMessage'],
  // s09: Sales Navigator recipient card: memberBadges.openLink (Open Profile), degree
  ['sales-profile', 'GET', '/sales-api/salesApiProfiles/'],
  // s10: compose option: composeOptionType + composeNavigationContext.paidInMail
  ['compose-option', 'GET', `${API}voyagerMessagingDashComposeOptions/`],
  // s10: compose view context: showSubjectField (InMail composer)
  ['compose-view-context', 'GET', `${API}graphql`, 'voyagerMessagingDashComposeViewContexts'],
  // netkeeper docs/linkedin-messaging-shapes.md: inbox and thread reads (match the query name, never the
  // hash; not the frequent `messengerMailboxCounts` polls, which tell nothing)
  ['messaging-read', 'GET', `${API}voyagerMessagingGraphQL/graphql`, 'queryId=messengerConversations'],
  ['messaging-read', 'GET', `${API}voyagerMessagingGraphQL/graphql`, 'queryId=messengerMessages'],
  // s11: logged-in identity
  ['identity-me', 'GET', `${API}me`],
  // s12: legacy profile view (dash/graphql profile GETs are NOT views: hovercards load them too)
  ['profile-view-legacy', 'GET', `${API}identity/profiles/`],
  // s12: 2026 flagship-web in-app navigation to a profile (RSC flight answer)
  ['profile-view-flagship', 'POST', '/flagship-web/in/'],
] as const satisfies readonly Route[];

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
  const m = method === 'GET' || method === 'POST' ? method : method.toUpperCase();
  for (const [, method, path, needle] of ROUTES as readonly Route[]) {
    if (method === m && url.startsWith(path, start) && (!needle || url.includes(needle, start))) return true;
  }
  return false;
}
