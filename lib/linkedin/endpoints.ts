// The LinkedIn requests Pacer reads, as data. LinkedIn moves endpoints often: a change here should be a
// one-line edit. This module is imported by the page-world observer (a ≤4 KB script), so it must stay
// tiny and dependency-free: plain data plus `isRelevantRequest`, nothing else.
// Samples: /work/shared/research/linkedin-samples/NN-*.json (cited per row as "sNN").

export type EndpointId =
  | 'invite-voyager'
  | 'invite-sdui'
  | 'invite-legacy'
  | 'withdraw-voyager'
  | 'withdraw-sdui'
  | 'message-dash'
  | 'message-legacy-create'
  | 'message-legacy-event'
  | 'sales-message'
  | 'sales-profile'
  | 'compose-option'
  | 'compose-view-context'
  | 'messaging-read'
  | 'identity-me'
  | 'profile-view-legacy'
  | 'profile-view-flagship';

export interface Endpoint {
  id: EndpointId;
  method: 'GET' | 'POST';
  /** Path prefix, right after the origin. With `exact`, the whole path. */
  path: string;
  exact?: boolean;
  /** Pattern the rest of the path (after `path`) must match. */
  rest?: RegExp;
  /** Query parameters that must be present: exact value or pattern. */
  params?: Readonly<Record<string, string | RegExp>>;
  /** A literal the raw URL must contain: lets the pre-filter drop sibling actions cheaply. */
  needle?: string;
}

const SDUI = '/flagship-web/rsc-action/actions/server-request';
const API = '/voyager/api/';

export const ENDPOINTS: readonly Endpoint[] = [
  // s01, s02 (V2, with/without customMessage); older `verifyQuotaAndCreate` body {inviteeProfileUrn} (anchors §2a)
  {
    id: 'invite-voyager',
    method: 'POST',
    path: `${API}voyagerRelationshipsDashMemberRelationships`,
    exact: true,
    params: { action: /^verifyQuotaAndCreate(V2)?$/ },
    needle: 'verifyQuotaAndCreate',
  },
  // s04: Server-Driven UI connect; the answer is an RSC flight stream
  {
    id: 'invite-sdui',
    method: 'POST',
    path: SDUI,
    exact: true,
    params: { sduiid: 'com.linkedin.sdui.requests.mynetwork.addaAddConnection' },
    needle: 'addaAddConnection',
  },
  // s03: retired 2024-10 (tomquirk #448) but kept: old sessions may still send it
  { id: 'invite-legacy', method: 'POST', path: `${API}growth/normInvitations`, exact: true },
  // s06: withdraw, Voyager dash; the invitation urn is the path's last segment
  {
    id: 'withdraw-voyager',
    method: 'POST',
    path: `${API}voyagerRelationshipsDashInvitations/`,
    rest: /^[^/]+$/,
    params: { action: 'withdraw' },
    needle: 'withdraw',
  },
  // s06: withdraw, SDUI. Exact sduiid: `…WithdrawConfirmationDialog` only opens the dialog
  {
    id: 'withdraw-sdui',
    method: 'POST',
    path: SDUI,
    exact: true,
    params: { sduiid: 'com.linkedin.sdui.requests.mynetwork.addaWithdrawInvitation' },
    needle: 'addaWithdrawInvitation',
  },
  // s07: current message send (existing conversation or hostRecipientUrns); s10: reported InMail body
  {
    id: 'message-dash',
    method: 'POST',
    path: `${API}voyagerMessagingDashMessengerMessages`,
    exact: true,
    params: { action: 'createMessage' },
    needle: 'createMessage',
  },
  // s08: legacy new conversation
  {
    id: 'message-legacy-create',
    method: 'POST',
    path: `${API}messaging/conversations`,
    exact: true,
    params: { action: 'create' },
    needle: 'action=create',
  },
  // s08: legacy message in an existing conversation
  {
    id: 'message-legacy-event',
    method: 'POST',
    path: `${API}messaging/conversations/`,
    rest: /^[^/]+\/events$/,
    params: { action: 'create' },
    needle: 'action=create',
  },
  // s09: Sales Navigator send (new thread: recipients; reply: threadId)
  {
    id: 'sales-message',
    method: 'POST',
    path: '/sales-api/salesApiMessageActions',
    exact: true,
    params: { action: 'createMessage' },
    needle: 'createMessage',
  },
  // s09: Sales Navigator recipient card: memberBadges.openLink (Open Profile), degree
  { id: 'sales-profile', method: 'GET', path: '/sales-api/salesApiProfiles/' },
  // s10: compose option: composeOptionType + composeNavigationContext.paidInMail
  { id: 'compose-option', method: 'GET', path: `${API}voyagerMessagingDashComposeOptions/` },
  // s10: compose view context: showSubjectField (InMail composer)
  {
    id: 'compose-view-context',
    method: 'GET',
    path: `${API}graphql`,
    exact: true,
    params: { queryId: /^voyagerMessagingDashComposeViewContexts\./ },
    needle: 'voyagerMessagingDashComposeViewContexts',
  },
  // netkeeper docs/linkedin-messaging-shapes.md: inbox and thread reads (match the query name, never the hash)
  {
    id: 'messaging-read',
    method: 'GET',
    path: `${API}voyagerMessagingGraphQL/graphql`,
    exact: true,
    params: { queryId: /^messenger(Conversations|Messages)\./ },
    needle: 'messenger',
  },
  // s11: logged-in identity
  { id: 'identity-me', method: 'GET', path: `${API}me`, exact: true },
  // s12: legacy profile view (dash/graphql profile GETs are NOT views: hovercards load them too)
  {
    id: 'profile-view-legacy',
    method: 'GET',
    path: `${API}identity/profiles/`,
    rest: /^[^/]+\/profileView$/,
  },
  // s12: 2026 flagship-web in-app navigation to a profile (RSC flight answer)
  {
    id: 'profile-view-flagship',
    method: 'POST',
    path: '/flagship-web/in/',
    rest: /^[^/]+\/?$/,
  },
];

/** Index of the path's leading "/" for an https LinkedIn origin, or -1. */
export function linkedinPathStart(url: string): number {
  if (url.startsWith('https://www.linkedin.com/')) return 24;
  if (url.startsWith('https://linkedin.com/')) return 20;
  // Hosts are case-insensitive; a rare spelling is worth one lowercase copy.
  const c = url.charCodeAt(0);
  if (c === 72 || c === 104) {
    const head = url.slice(0, 25).toLowerCase();
    if (head === 'https://www.linkedin.com/') return 24;
    if (head.startsWith('https://linkedin.com/')) return 20;
  }
  return -1;
}

/** Cheap pre-filter (no parsing, no `new URL`): could this exchange interest the classifier? */
export function isRelevantRequest(method: string, url: string): boolean {
  if (typeof method !== 'string' || typeof url !== 'string') return false;
  const start = linkedinPathStart(url);
  if (start < 0) return false;
  const m = method === 'GET' || method === 'POST' ? method : method.toUpperCase();
  for (const e of ENDPOINTS) {
    if (e.method === m && url.startsWith(e.path, start) && (!e.needle || url.includes(e.needle, start))) {
      return true;
    }
  }
  return false;
}
