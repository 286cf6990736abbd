// From an exchange a LinkedIn tab reported to stored events: validate, classify, attribute to
// the tab's account, store each observation once. Every write is one Dexie transaction.

import { recordEvents } from '../db/events-store';
import type { PacerDb } from '../db/schema';
import type { ActivityEvent } from '../domain/activity';
import { PROFILE_VIEW_DEDUPE_MS } from '../domain/profile-views';
import type { Observation } from '../linkedin/classify';
import { getClassifier, saveClassifier } from './classifier-store';
import { parseExchange } from './schemas';
import { holdFailedWrites } from './storage-fault';
import { setTabAccount, tabAccount } from './tab-accounts';
import { withTimeout } from './with-timeout';

/** Events seen before any identity wait here and move to the account once it is known. */
export const UNKNOWN_ACCOUNT = 'urn:li:fsd_profile:unknown';

/** Refusals carry no unique id of their own: one per key per 10 minutes. */
const REFUSAL_BUCKET_MS = 10 * 60_000;

export function toEvent(obs: Observation, account: string, at: number): ActivityEvent | null {
  switch (obs.kind) {
    case 'identity':
      return null;
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

export async function resolveAccount(db: PacerDb, tabId: number | undefined): Promise<string> {
  const fromTab = tabId === undefined ? undefined : await tabAccount(tabId);
  if (fromTab) return fromTab;
  const latest = await db.accounts.orderBy('lastSeenAt').last();
  return latest?.account ?? UNKNOWN_ACCOUNT;
}

export async function noteIdentity(
  db: PacerDb,
  tabId: number | undefined,
  account: string,
  premium: boolean | undefined,
  at: number,
  slug?: string,
) {
  if (tabId !== undefined) await setTabAccount(tabId, account);
  await db.transaction('rw', db.accounts, db.events, db.inmailHistory, async () => {
    const existing = await db.accounts.get(account);
    const known = { ...(premium === undefined ? {} : { premium }), ...(slug === undefined ? {} : { slug }) };
    if (existing)
      await db.accounts.update(account, { lastSeenAt: Math.max(existing.lastSeenAt, at), ...known });
    else await db.accounts.add({ account, firstSeenAt: at, lastSeenAt: at, ...known });
    // Adopt what was recorded before any account was known.
    const orphans = await db.events
      .where('[account+kind+at]')
      .between([UNKNOWN_ACCOUNT, '', 0], [UNKNOWN_ACCOUNT, '\uffff', Number.MAX_SAFE_INTEGER])
      .toArray();
    if (orphans.length) {
      await db.events.bulkPut(orphans.map((e) => ({ ...e, account })));
      await db.accounts.delete(UNKNOWN_ACCOUNT);
      // Adopted InMails may predate either account's settled history: rebuilt at the next housekeeping.
      await db.inmailHistory.bulkDelete([account, UNKNOWN_ACCOUNT]);
    }
  });
}

/**
 * The identity this worker noted last, and when. Every message a tab sends names its account: the
 * same identity again within a minute changes nothing in the store, so it is not written again.
 */
let lastNoted: { db: PacerDb | null; key: string; at: number } = { db: null, key: '', at: 0 };
const NOTE_AGAIN_MS = 60_000;

/** After events stored without an account, or an import: the next identity is noted in full. */
export function forgetNotedIdentity(): void {
  lastNoted = { db: null, key: '', at: 0 };
}

export interface RecordResult {
  stored: number;
  duplicates: number;
  /** Events whose write failed, kept for a later retry. */
  held?: number;
  /** Exchanges skipped because they did not check out. */
  invalid?: number;
}

export async function recordObservations(
  db: PacerDb,
  observations: Observation[],
  tabId: number | undefined,
  now: number,
  selfSlug?: string,
): Promise<RecordResult> {
  const result: RecordResult = { stored: 0, duplicates: 0 };
  const failed: ActivityEvent[] = [];
  let failure: unknown = null;
  let account: string;
  try {
    for (const obs of observations) {
      if (obs.kind !== 'identity') continue;
      const key = `${tabId}|${obs.account}|${obs.premium}|${selfSlug}`;
      const since = now - lastNoted.at;
      if (lastNoted.db === db && lastNoted.key === key && since >= 0 && since < NOTE_AGAIN_MS) continue;
      await withTimeout(noteIdentity(db, tabId, obs.account, obs.premium, now, selfSlug));
      lastNoted = { db, key, at: now };
    }
    account = await withTimeout(resolveAccount(db, tabId));
  } catch (error) {
    // The database cannot be read: attribute by tab (session storage) and hold every write.
    failure = error;
    account = (tabId === undefined ? undefined : await tabAccount(tabId)) ?? UNKNOWN_ACCOUNT;
  }
  // Stored without an account: the next identity must be noted, to adopt them.
  if (account === UNKNOWN_ACCOUNT) forgetNotedIdentity();
  const events = observations.flatMap((obs) => toEvent(obs, account, now) ?? []);
  if (events.length > 0) {
    try {
      for (const outcome of await withTimeout(recordEvents(db, events))) {
        if (outcome === 'stored') result.stored++;
        else result.duplicates++;
      }
    } catch (error) {
      // IndexedDB refused the write: keep the events and retry later; never drop them silently.
      failed.push(...events);
      failure = error;
    }
  }
  if (failed.length > 0) {
    await holdFailedWrites(failed, failure, now);
    result.held = failed.length;
  }
  return result;
}

/**
 * Validates and classifies a tab's batch of exchanges in order, then records what they showed in
 * one transaction. An exchange that does not check out is skipped (counted), not the batch.
 */
export async function handleExchanges(
  db: PacerDb,
  raws: readonly unknown[],
  tabId: number | undefined,
  now: number,
): Promise<RecordResult> {
  const classifier = await getClassifier();
  const observations: Observation[] = [];
  let invalid = 0;
  for (const raw of raws) {
    const exchange = parseExchange(raw);
    if (exchange) observations.push(...classifier.observe(exchange));
    else invalid++;
  }
  // Losing the classifier's small memory is recoverable; losing the observations is not.
  await saveClassifier(classifier).catch(() => {});
  const result = await recordObservations(db, observations, tabId, now, classifier.self()?.slug);
  return invalid > 0 ? { ...result, invalid } : result;
}
