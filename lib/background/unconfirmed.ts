// Unconfirmed sends: a Send click in a recognised composer that no classified send or refusal
// followed. The content script keeps the timer (it lives as long as the page) and then asks here;
// this module decides by the store (unconfirmed-rules.ts) and keeps the diagnostics in extension
// storage. Restart-safe: the event's key is the click's, claims are stored, and every step can be
// repeated (a retried check or a crash between two writes never counts a send twice).
import { eventsInRange, recordEvents } from '../db/events-store';
import type { PacerDb } from '../db/schema';
import type { ActivityEvent } from '../domain/activity';
import type { UnconfirmedState } from '../domain/unconfirmed';
import type { ConfirmSend } from '../messages/confirm-send';
import type { CheckedKind, SendCheckResult } from '../messages/send-check';
import type { StorageArea } from '../storage/area';
import { UNCONFIRMED_KEY } from '../storage/keys';
import { toState } from '../storage/unconfirmed-sends';
import type { Accounts } from './accounts';
import { SlidingWindowLimiter } from './rate-limit';
import type { FaultStore } from './storage-fault';
import {
  answerKinds,
  checkInTime,
  claimedSends,
  openForLateSends,
  pickAnswer,
  pruneState,
  refusedInPage,
  unconfirmedEvent,
  unconfirmedKey,
} from './unconfirmed-rules';

/** A person clicks Send a few times a minute at most; a flood of checks is dropped. */
const CHECK_LIMIT = {
  windows: [
    { limit: 20, windowMs: 10_000 },
    { limit: 200, windowMs: 600_000 },
  ],
  maxKeys: 64,
};

export interface UnconfirmedDeps {
  db: () => PacerDb;
  local: StorageArea;
  accounts: Accounts;
  faults: FaultStore;
}

export type UnconfirmedSends = ReturnType<typeof createUnconfirmedSends>;

export function createUnconfirmedSends({ db, local, accounts, faults }: UnconfirmedDeps) {
  const limiter = new SlidingWindowLimiter(CHECK_LIMIT);
  /** The worker is the only writer: a write-through copy, read from storage once per worker life. */
  let cached: UnconfirmedState | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  /** One step at a time: a check and a late send never claim the same send. */
  const serial = <T>(step: () => Promise<T>): Promise<T> => {
    const run = queue.then(step, step);
    queue = run.catch(() => {});
    return run;
  };
  const load = async (): Promise<UnconfirmedState> => {
    cached ??= toState((await local.get(UNCONFIRMED_KEY))[UNCONFIRMED_KEY]);
    return cached;
  };
  const save = async (state: UnconfirmedState, now: number): Promise<void> => {
    const kept = pruneState(state, now);
    cached = null; // until the write lands, read storage rather than trust memory
    await local.set({ [UNCONFIRMED_KEY]: kept });
    cached = kept;
  };

  const answersSince = async (store: PacerDb, account: string, kind: CheckedKind, from: number) =>
    (
      await Promise.all(
        answerKinds(kind).map((k) => eventsInRange(store, account, k, from, Number.MAX_SAFE_INTEGER)),
      )
    ).flat();

  return {
    /** A Send click `CONFIRM_WAIT_MS` later: confirmed, refused, or counted as unconfirmed. */
    check(data: ConfirmSend, tabId: number | undefined, now: number): Promise<SendCheckResult> {
      if (!checkInTime(data.clickAt, now) || !limiter.allow(tabId ?? -1, now))
        return Promise.resolve('ignored');
      return serial(async () => {
        const store = db();
        const account = await accounts.resolve(store, tabId);
        const key = unconfirmedKey(account, data.kind, data.clickAt);
        const state = await load();
        if (state.claims.some((c) => c.click === key)) return 'confirmed';
        const found = await answersSince(store, account, data.kind, data.clickAt);
        const answer = pickAnswer(found, data.kind, claimedSends(state.claims), data.clickAt);
        if (answer) {
          await save({ ...state, claims: [...state.claims, { send: answer.key, click: key, at: now }] }, now);
          return 'confirmed';
        }
        if (refusedInPage(data)) return 'refused';
        const event = unconfirmedEvent(data, account);
        try {
          await recordEvents(store, [event]);
        } catch (error) {
          await faults.hold([event], error, now); // retried later like any refused write
        }
        if (!state.sends.some((s) => s.key === key)) {
          const { kind, withNote, clickAt, requests } = data;
          const send = { key, account, kind, clickAt, requests, ...(withNote ? { withNote } : {}) };
          await save({ ...state, sends: [...state.sends, send] }, now);
        }
        return 'unconfirmed';
      });
    },

    /**
     * After sends were stored at `now`: each answers the oldest open unconfirmed click of its kind,
     * whose event is removed (first, so a crash in between never leaves both counted). How many.
     */
    settleLate(now: number): Promise<number> {
      return serial(async () => {
        const state = await load();
        const open = openForLateSends(state.sends, now);
        if (open.length === 0) return 0;
        const store = db();
        const claimed = claimedSends(state.claims);
        const claims = [...state.claims];
        const replaced = new Set<string>();
        for (const u of open) {
          const found: ActivityEvent[] = await answersSince(store, u.account, u.kind, u.clickAt);
          const answer = pickAnswer(found, u.kind, claimed, u.clickAt, now);
          if (!answer) continue;
          await store.events.delete(u.key);
          claimed.add(answer.key);
          claims.push({ send: answer.key, click: u.key, at: now });
          replaced.add(u.key);
        }
        if (replaced.size > 0)
          await save({ sends: state.sends.filter((s) => !replaced.has(s.key)), claims }, now);
        return replaced.size;
      });
    },
  };
}
