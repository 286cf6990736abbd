// The LinkedIn requests Pacer reads, as data: the routes (method, path, needle) live in
// prefilter.ts, which the page-world observer imports; the finer rules a request must also meet
// are here. A changed path is a one-line edit there; a changed parameter a one-line edit here.
import { READ_ROUTES, SEND_ROUTES } from './prefilter';

export { isRelevantRequest } from './prefilter';

/** The user's own sends: the classifier has one send handler per id (classify.ts). */
export type SendEndpointId = (typeof SEND_ROUTES)[number][0];
/** Reads Pacer learns from: one read handler per id. */
export type ReadEndpointId = (typeof READ_ROUTES)[number][0];
export type EndpointId = SendEndpointId | ReadEndpointId;

interface EndpointRule {
  method: 'GET' | 'POST' | 'DELETE';
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

export type Endpoint =
  | (EndpointRule & { role: 'send'; id: SendEndpointId })
  | (EndpointRule & { role: 'read'; id: ReadEndpointId });

type Rule = Pick<EndpointRule, 'exact' | 'rest' | 'params'>;

const RULES: Record<EndpointId, Rule> = {
  'invite-voyager': { exact: true, params: { action: /^verifyQuotaAndCreate(V2)?$/ } },
  'invite-sdui': {
    exact: true,
    params: { sduiid: 'com.linkedin.sdui.requests.mynetwork.addaAddConnection' },
  },
  'invite-legacy': { exact: true },
  'withdraw-voyager': { rest: /^[^/]+$/, params: { action: 'withdraw' } },
  'withdraw-sdui': {
    exact: true,
    params: { sduiid: 'com.linkedin.sdui.requests.mynetwork.addaWithdrawInvitation' },
  },
  'message-dash': { exact: true, params: { action: 'createMessage' } },
  'message-legacy-create': { exact: true, params: { action: 'create' } },
  'message-legacy-event': { rest: /^[^/]+\/events$/, params: { action: 'create' } },
  'invite-sales': { exact: true, params: { action: /^connect(V2)?$/ } },
  'sales-message': { exact: true, params: { action: 'createMessage' } },
  // The parser tells a new reaction (`threadUrn=`) from a changed one (`action=updateReaction`)
  'engage-voyager': { rest: /^(Reactions|NormComments)$/ },
  'comment-delete': { rest: /^[^/]+$/ },
  'engage-sdui': {
    exact: true,
    params: {
      sduiid: /^com\.linkedin\.sdui\.(reactions\.(create|delete)|comments\.(create|delete)Comment)$/,
    },
  },
  'sales-profile': {},
  'compose-option': {},
  'compose-view-context': { exact: true, params: { queryId: /^voyagerMessagingDashComposeViewContexts\./ } },
  'messaging-read': { exact: true, params: { queryId: /^messenger(Conversations|Messages)\./ } },
  'identity-me': { exact: true },
  'profile-view-legacy': { rest: /^[^/]+\/profileView$/ },
  'profile-view-flagship': { rest: /^[^/]+\/?$/ },
  // The GraphQL form's query name is checked by its parser (a rule has one set of parameters)
  'sent-invitations': { rest: /^(relationships\/sentInvitationViewsV2|graphql)$/ },
  connections: { rest: /^(dash\/connections|connectionsSummary)$/ },
  'inmail-credits': { exact: true },
};

type Route = (typeof SEND_ROUTES)[number] | (typeof READ_ROUTES)[number];

const endpoint =
  (role: Endpoint['role']) =>
  ([id, method, path, needle]: Route): Endpoint =>
    // The role and the id come from the same route list (SEND_ROUTES or READ_ROUTES).
    ({ role, id, method, path, ...(needle === undefined ? {} : { needle }), ...RULES[id] }) as Endpoint;

/** Every endpoint, sends first, in route order: the first one a request matches is its endpoint. */
export const ENDPOINTS: readonly Endpoint[] = [
  ...SEND_ROUTES.map(endpoint('send')),
  ...READ_ROUTES.map(endpoint('read')),
];
