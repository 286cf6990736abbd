// The pure request classifier: one exchange the page made with LinkedIn in, what the user did out.
// Irrelevant exchanges are dropped by cheap string checks (endpoints.ts) before any parsing; relevant
// ones are dispatched to one handler per endpoint. Nothing here throws, and nothing but a 2xx answer
// to a well-formed request counts as a send. No message, note or subject text ever leaves this module.
// The exchange comes typed: the worker checked it once against `exchangeSchema` (vocabulary.ts).
//
// State: the few facts LinkedIn spreads over several requests (memory.ts). The background worker,
// which may be killed at any moment, persists what each exchange changed (`takeChanges()`) and passes
// it back in as `stored`. A replay of one send (two observers, two frames, a retry) within 10 minutes
// returns the same observations again, with the same keys.
import { classifyMe } from './account-identity';
import { classifyComposeOption, classifyComposeViewContext } from './compose-reads';
import { CONNECTION_COUNT_PATH, classifyConnectionCount } from './connection-count';
import { classifyConnections } from './connections';
import type { Ctx } from './context';
import type { ReadEndpointId, SendEndpointId } from './endpoints';
import { classifyCommentDelete, classifySduiEngagement, classifyVoyagerEngagement } from './engagement';
import { hash64 } from './hash';
import { classifyInmailCredits } from './inmail-credits';
import {
  classifyInvite,
  classifySduiWithdraw,
  classifyVoyagerWithdraw,
  parseLegacyInvite,
  parseSalesInvite,
  parseSduiInvite,
  parseVoyagerInvite,
} from './invite-sends';
import { MAX_BODY } from './json';
import { matchEndpoint } from './match-endpoint';
import { Memory, type MemoryChanges } from './memory';
import {
  classifyVoyagerMessage,
  parseDashMessage,
  parseLegacyCreate,
  parseLegacyEvent,
} from './message-sends';
import { classifyMessagingRead } from './messaging-reads';
import { classifyProfileView, navigationProfileView, type SelfHint } from './profile-views';
import { classifySalesMessage, classifySalesProfile } from './sales-navigator';
import { classifySentInvitations } from './sent-invitations';
import type { Exchange, Observation } from './vocabulary';

export type { MemoryChanges } from './memory';
export type { SelfHint } from './profile-views';

export interface ClassifierOptions {
  /** Clock (epoch ms), injectable for tests. */
  now?: () => number;
  /** Storage items holding what `takeChanges()` returned over time (other items are ignored). */
  stored?: Record<string, unknown>;
}

export interface Classifier {
  observe(x: Exchange): Observation[];
  /**
   * The tab showed this URL: a profile view when it is a profile page that is not the member's own,
   * by the same rule and key as a profile view seen in a request. `self` is what the caller knows of
   * the member (the worker: the account's stored slug), used besides what `/me` taught the classifier.
   */
  observeNavigation(url: string, self?: SelfHint): Observation[];
  /** Storage items to write and remove since the last call: the learned state, persisted incrementally. */
  takeChanges(): MemoryChanges;
  /** The logged-in member as last seen (`/me`): account and own profile target, to skip own-profile views. */
  self(): { account: string; slug?: string } | undefined;
}

/** How long a send is remembered so its replay maps to the same observations. */
export const REPLAY_TTL_MS = 10 * 60 * 1000;

type Handler = (ctx: Ctx) => Observation[];

// One handler per endpoint id: an id without one does not compile.
const SENDS = {
  'invite-voyager': (c) => classifyInvite(c, parseVoyagerInvite),
  'invite-sdui': (c) => classifyInvite(c, parseSduiInvite),
  'invite-legacy': (c) => classifyInvite(c, parseLegacyInvite),
  'withdraw-voyager': classifyVoyagerWithdraw,
  'withdraw-sdui': classifySduiWithdraw,
  'message-dash': (c) => classifyVoyagerMessage(c, parseDashMessage),
  'message-legacy-create': (c) => classifyVoyagerMessage(c, parseLegacyCreate),
  'message-legacy-event': (c) => classifyVoyagerMessage(c, parseLegacyEvent),
  'invite-sales': (c) => classifyInvite(c, parseSalesInvite),
  'sales-message': classifySalesMessage,
  'engage-voyager': classifyVoyagerEngagement,
  'comment-delete': classifyCommentDelete,
  'engage-sdui': classifySduiEngagement,
} as const satisfies Readonly<Record<SendEndpointId, Handler>>;

const READS = {
  'sales-profile': classifySalesProfile,
  'compose-option': classifyComposeOption,
  'compose-view-context': classifyComposeViewContext,
  'messaging-read': classifyMessagingRead,
  'identity-me': classifyMe,
  'profile-view-legacy': classifyProfileView,
  'profile-view-flagship': classifyProfileView,
  'sent-invitations': classifySentInvitations,
  connections: (c) =>
    c.url.pathname.endsWith(CONNECTION_COUNT_PATH) ? classifyConnectionCount(c) : classifyConnections(c),
  'inmail-credits': classifyInmailCredits,
} as const satisfies Readonly<Record<ReadEndpointId, Handler>>;

export function createClassifier(options?: ClassifierOptions): Classifier {
  const clock = options?.now ?? Date.now;
  const mem = options?.stored ? Memory.fromStored(options.stored) : new Memory();

  const now = (): number => {
    try {
      const t = clock();
      return typeof t === 'number' && Number.isFinite(t) ? t : Date.now();
    } catch {
      return Date.now();
    }
  };

  function observe(x: Exchange): Observation[] {
    const match = matchEndpoint(x.method, x.url);
    if (!match) return [];
    // A huge body is never a real send: refuse it whole rather than parse a prefix.
    if (x.requestBody !== undefined && x.requestBody.length > MAX_BODY) return [];
    const ctx: Ctx = {
      ex: x,
      url: match.url,
      now: now(),
      mem,
      ok: x.status >= 200 && x.status < 300,
      requestBody: x.requestBody ?? '',
      responseBody:
        x.responseBody !== undefined && x.responseBody.length <= MAX_BODY ? x.responseBody : undefined,
    };
    const e = match.endpoint;
    if (e.role === 'read') return READS[e.id](ctx);
    const send: Handler = SENDS[e.id];
    return ctx.ok ? once(ctx, e.id, send) : send(ctx);
  }

  /**
   * A successful send, remembered by a fingerprint of its request: a replay gets the first
   * observations back (the compose option it consumed is gone, but the answer must not change).
   * A same-looking request that LinkedIn answered differently (another message urn, another
   * invitation) is a new send; an observation without the answer matches the one with it.
   */
  function once(ctx: Ctx, id: SendEndpointId, send: Handler): Observation[] {
    const fp = hash64(id, ctx.url.pathname + ctx.url.search, ctx.requestBody);
    const answerId = ctx.responseBody ? hash64(ctx.responseBody.slice(0, 4096)) : undefined;
    const prev = ctx.mem.recent.get(fp);
    const fresh = prev && ctx.now - prev.at <= REPLAY_TTL_MS && ctx.now >= prev.at - REPLAY_TTL_MS;
    if (prev && fresh && (!answerId || !prev.id || prev.id === answerId)) {
      if (!prev.id && answerId) ctx.mem.recent.set(fp, { ...prev, id: answerId });
      return prev.obs.map((o) => ({ ...o }));
    }
    const obs = send(ctx);
    if (obs.length > 0)
      ctx.mem.recent.set(fp, { id: answerId, obs: obs.map((o) => ({ ...o })), at: ctx.now });
    return obs;
  }

  return {
    observe(x) {
      try {
        return observe(x);
      } catch {
        return [];
      }
    },
    observeNavigation(url, self) {
      try {
        return navigationProfileView(url, mem.self, self);
      } catch {
        return [];
      }
    },
    takeChanges: () => mem.takeChanges(),
    self: () => (mem.self ? { ...mem.self } : undefined),
  };
}
