// The pure request classifier: one exchange the page made with LinkedIn in, what the user did out.
// Irrelevant exchanges are dropped by cheap string checks (endpoints.ts) before any parsing; relevant
// ones are dispatched to one parser per form. Nothing here throws, and nothing but a 2xx answer to a
// well-formed request counts as a send. No message, note or subject text ever leaves this module.
//
// State: the few facts LinkedIn spreads over several requests (memory.ts). The background worker,
// which may be killed at any moment, persists what each exchange changed (`takeChanges()`) and passes
// it back in as `stored`; `snapshot()` / `state` round-trip the whole state as JSON. A replay of one send (two observers, two frames, a retry) within 10 minutes returns the
// same observations again, with the same keys.
import type { Ctx } from './context';
import { hash64 } from './hash';
import { MAX_BODY } from './json';
import { matchEndpoint } from './match-endpoint';
import { type ClassifierState, Memory, type MemoryChanges } from './memory';
import { classifyMe } from './parse-identity';
import {
  classifyComposeOption,
  classifyComposeViewContext,
  classifySalesMessage,
  classifySalesProfile,
} from './parse-inmail';
import {
  classifyInvite,
  classifySduiWithdraw,
  classifyVoyagerWithdraw,
  parseLegacyInvite,
  parseSduiInvite,
  parseVoyagerInvite,
} from './parse-invite';
import {
  classifyVoyagerMessage,
  parseDashMessage,
  parseLegacyCreate,
  parseLegacyEvent,
} from './parse-message';
import { classifyMessagingRead } from './parse-messaging-read';
import { classifyProfileView } from './parse-profile-view';
import type { Exchange, Observation } from './vocabulary';

export type { ClassifierState, MemoryChanges } from './memory';
export type { Exchange, Observation } from './vocabulary';

export interface ClassifierOptions {
  /** Clock (epoch ms), injectable for tests. */
  now?: () => number;
  /** A previous `snapshot()`; an invalid one is ignored. */
  state?: ClassifierState;
  /** Storage items holding what `takeChanges()` returned over time (other items are ignored). */
  stored?: Record<string, unknown>;
}

export interface Classifier {
  observe(x: Exchange): Observation[];
  /** The classifier's learned state, JSON-serialisable. */
  snapshot(): ClassifierState;
  /** A number that changes whenever the learned state changes: save only then. */
  revision(): number;
  /** Storage items to write and remove since the last call: the learned state, persisted incrementally. */
  takeChanges(): MemoryChanges;
  /** The logged-in member as last seen (`/me`): account and own profile target, to skip own-profile views. */
  self(): { account: string; slug?: string } | undefined;
}

/** How long a send is remembered so its replay maps to the same observations. */
export const REPLAY_TTL_MS = 10 * 60 * 1000;

type Handler = (ctx: Ctx) => Observation[];

const SENDS: Readonly<Record<string, Handler>> = {
  'invite-voyager': (c) => classifyInvite(c, parseVoyagerInvite),
  'invite-sdui': (c) => classifyInvite(c, parseSduiInvite),
  'invite-legacy': (c) => classifyInvite(c, parseLegacyInvite),
  'withdraw-voyager': classifyVoyagerWithdraw,
  'withdraw-sdui': classifySduiWithdraw,
  'message-dash': (c) => classifyVoyagerMessage(c, parseDashMessage),
  'message-legacy-create': (c) => classifyVoyagerMessage(c, parseLegacyCreate),
  'message-legacy-event': (c) => classifyVoyagerMessage(c, parseLegacyEvent),
  'sales-message': classifySalesMessage,
};

const READS: Readonly<Record<string, Handler>> = {
  'sales-profile': classifySalesProfile,
  'compose-option': classifyComposeOption,
  'compose-view-context': classifyComposeViewContext,
  'messaging-read': classifyMessagingRead,
  'identity-me': classifyMe,
  'profile-view-legacy': classifyProfileView,
  'profile-view-flagship': classifyProfileView,
};

export function createClassifier(options?: ClassifierOptions): Classifier {
  const clock = options?.now ?? Date.now;
  const mem = options?.stored
    ? Memory.fromStored(options.stored)
    : options?.state
      ? Memory.restore(options.state)
      : new Memory();

  const now = (): number => {
    try {
      const t = clock();
      return typeof t === 'number' && Number.isFinite(t) ? t : Date.now();
    } catch {
      return Date.now();
    }
  };

  function observe(x: Exchange): Observation[] {
    if (typeof x !== 'object' || x === null) return [];
    const { method, url, status } = x;
    if (typeof method !== 'string' || typeof url !== 'string') return [];
    const match = matchEndpoint(method, url);
    if (!match || typeof status !== 'number' || !Number.isInteger(status)) return [];
    // A huge body is never a real send: refuse it whole rather than parse a prefix.
    if (typeof x.requestBody === 'string' && x.requestBody.length > MAX_BODY) return [];
    const requestBody = typeof x.requestBody === 'string' ? x.requestBody : '';
    const responseBody =
      typeof x.responseBody === 'string' && x.responseBody.length <= MAX_BODY ? x.responseBody : undefined;
    const ctx: Ctx = {
      ex: x,
      url: match.url,
      now: now(),
      mem,
      ok: status >= 200 && status < 300,
      requestBody,
      responseBody,
    };
    const id = match.endpoint.id;
    const send = SENDS[id];
    if (send) return ctx.ok ? once(ctx, id, send) : send(ctx);
    return READS[id]?.(ctx) ?? [];
  }

  /**
   * A successful send, remembered by a fingerprint of its request: a replay gets the first
   * observations back (the compose option it consumed is gone, but the answer must not change).
   * A same-looking request that LinkedIn answered differently (another message urn, another
   * invitation) is a new send; an observation without the answer matches the one with it.
   */
  function once(ctx: Ctx, id: string, send: Handler): Observation[] {
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
    snapshot: () => mem.snapshot(),
    revision: () => mem.revision,
    takeChanges: () => mem.takeChanges(),
    self: () => (mem.self ? { ...mem.self } : undefined),
  };
}
