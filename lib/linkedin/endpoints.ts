// The LinkedIn requests Pacer reads, as data: the routes (method, path, needle) live in
// prefilter.ts, which the page-world observer imports; the finer rules a request must also meet
// are here. A changed path is a one-line edit there; a changed parameter a one-line edit here.
import { ROUTES } from './prefilter';

export { isRelevantRequest } from './prefilter';

export type EndpointId = (typeof ROUTES)[number][0];

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

type Rule = Pick<Endpoint, 'exact' | 'rest' | 'params'>;

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
  'sales-message': { exact: true, params: { action: 'createMessage' } },
  'sales-profile': {},
  'compose-option': {},
  'compose-view-context': { exact: true, params: { queryId: /^voyagerMessagingDashComposeViewContexts\./ } },
  'messaging-read': { exact: true, params: { queryId: /^messenger(Conversations|Messages)\./ } },
  'identity-me': { exact: true },
  'profile-view-legacy': { rest: /^[^/]+\/profileView$/ },
  'profile-view-flagship': { rest: /^[^/]+\/?$/ },
};

export const ENDPOINTS: readonly Endpoint[] = ROUTES.map(([id, method, path, needle]) => ({
  id,
  method,
  path,
  ...(needle === undefined ? {} : { needle }),
  ...RULES[id],
}));
