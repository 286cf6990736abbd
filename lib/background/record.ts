// From what a LinkedIn tab showed to stored events: attribute each observation to the tab's
// account (accounts.ts), store each once. Every write is one Dexie transaction; a write IndexedDB
// refuses waits in extension storage (storage-fault.ts) instead of being lost.
import { type RecordOutcome, recordEvents } from '../db/events-store';
import type { PacerDb } from '../db/schema';
import type { ActivityEvent } from '../domain/activity';
import { PROFILE_VIEW_DEDUPE_MS } from '../domain/profile-views';
import { UNKNOWN_ACCOUNT } from '../linkedin/urns';
import type { Observation } from '../linkedin/vocabulary';
import type { Accounts } from './accounts';
import { learnCeilings } from './ceilings';
import { engagementKey, planUndo, removeUndone } from './engagement-undo';
import type { FaultStore } from './storage-fault';
import { withTimeout } from './with-timeout';

/** Refusals carry no unique id of their own: one per key per 10 minutes. */
const REFUSAL_BUCKET_MS = 10 * 60_000;

/** An observation as the event the store keeps (an identity is none: it names the account). */
export function toEvent(obs: Observation, account: string, at: number): ActivityEvent | null {
  switch (obs.kind) {
    case 'identity':
    case 'sent-invitations':
    case 'connections':
    case 'inmail-credits':
    case 'connection-count':
      return null; // LinkedIn's own lists: reconciled apart (lists.ts)
    case 'invite':
      return {
        key: obs.key,
        account,
        kind: 'invite',
        at,
        withNote: obs.withNote,
        noteLength: obs.noteLength,
        target: obs.target,
      };
    case 'limit-reached':
      return {
        key: `${obs.key}@${account}@${Math.floor(at / REFUSAL_BUCKET_MS)}`,
        account,
        kind: 'limit-reached',
        at,
        action: obs.action,
        code: obs.code,
      };
    case 'profile-view':
      // The 30-minute rule (in the store) dedupes views; the key only has to be unique per visit.
      return {
        key: `${obs.key}@${account}@${Math.floor(at / PROFILE_VIEW_DEDUPE_MS)}`,
        account,
        kind: 'profile-view',
        at,
        target: obs.target,
      };
    case 'invite-withdrawn':
      return { key: obs.key, account, kind: 'invite-withdrawn', at, target: obs.target };
    case 'reply':
      return { key: obs.key, account, kind: 'reply', at, conversation: obs.conversation };
    case 'comment':
    case 'reaction':
      return { key: engagementKey(obs, account), account, kind: obs.kind, at };
    case 'comment-deleted':
    case 'reaction-withdrawn':
      return null; // an undo: engagement-undo.ts removes the event it names
    default:
      return {
        key: obs.key,
        account,
        kind: obs.kind,
        at,
        target: obs.target,
        conversation: obs.conversation,
      };
  }
}

export interface RecordResult {
  stored: number;
  duplicates: number;
  /** Events whose write failed, kept for a later retry. */
  held?: number;
  /** Reactions withdrawn and comments deleted: their events removed. */
  removed?: number;
  /** Exchanges skipped because they did not check out. */
  invalid?: number;
}

export type RecordObservations = (
  observations: readonly Observation[],
  tabId: number | undefined,
  now: number,
  selfSlug?: string,
) => Promise<RecordResult>;

/**
 * Stores events and, in the same transaction, the ceilings their refusals teach (ceilings.ts): a
 * refusal never lands without its ceiling. One outcome per event, in order.
 */
export function recordAndLearn(
  store: PacerDb,
  events: readonly ActivityEvent[],
  browserZone: string,
): Promise<RecordOutcome[]> {
  if (!events.some((e) => e.kind === 'limit-reached')) return recordEvents(store, events);
  return store.transaction('rw', store.tables, async () => {
    const outcomes = await recordEvents(store, events);
    await learnCeilings(
      store,
      events.filter((_, i) => outcomes[i] === 'stored'),
      browserZone,
    );
    return outcomes;
  });
}

/** Records observations in the store `db()` returns, attributed by `accounts`, held by `faults`. */
export function createRecorder(
  db: () => PacerDb,
  accounts: Accounts,
  faults: FaultStore,
  /** The browser's zone: a learned ceiling's calendar window is the user's. */
  timeZone: () => string = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
): RecordObservations {
  return async (observations, tabId, now, selfSlug) => {
    const store = db();
    const result: RecordResult = { stored: 0, duplicates: 0 };
    let failure: unknown = null;
    let account: string;
    try {
      await accounts.note(store, observations, tabId, now, selfSlug);
      account = await withTimeout(accounts.resolve(store, tabId));
    } catch (error) {
      // The database cannot be read: attribute by tab (session storage) and hold every write.
      failure = error;
      account = (await accounts.ofTab(tabId)) ?? UNKNOWN_ACCOUNT;
    }
    // Stored without an account: the next identity must be noted, to adopt them.
    if (account === UNKNOWN_ACCOUNT) accounts.forgetNoted();
    // A withdrawn reaction or a deleted comment: the last word on a key in the batch wins.
    const { keep, undo } = planUndo(observations, account);
    const events = keep.flatMap((obs) => toEvent(obs, account, now) ?? []);
    let failed: ActivityEvent[] = [];
    if (events.length > 0) {
      try {
        for (const outcome of await withTimeout(recordAndLearn(store, events, timeZone()))) {
          if (outcome === 'stored') result.stored++;
          else result.duplicates++;
        }
      } catch (error) {
        // IndexedDB refused the write: keep the events and retry later; never drop them silently.
        failed = events;
        failure = error;
      }
    }
    if (failed.length > 0) {
      await faults.hold(failed, failure, now);
      result.held = failed.length;
    }
    if (undo.length > 0 && failure === null) {
      // A removal that fails leaves the event counted: a meter may overcount, never undercount.
      const removed = await withTimeout(removeUndone(store, account, undo)).catch(() => 0);
      if (removed > 0) result.removed = removed;
    }
    return result;
  };
}
