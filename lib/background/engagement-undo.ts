// A withdrawn reaction or a deleted comment: its event leaves the store, so the engagement meter
// counts what is still there. Not a user's removal: nothing goes to the `removed` table, so reacting
// again to the same post counts again.
import type { PacerDb } from '../db/schema';
import type { Observation } from '../linkedin/vocabulary';

/** The stored key of an engagement event (a reaction's is per account: two accounts may react to one post). */
export function engagementKey(obs: { kind: 'comment' | 'reaction'; key: string }, account: string): string {
  return obs.kind === 'reaction' ? `${obs.key}@${account}` : obs.key;
}

/** Whether an observation undoes an engagement event. */
export function isUndo(
  obs: Observation,
): obs is Extract<Observation, { kind: 'comment-deleted' | 'reaction-withdrawn' }> {
  return obs.kind === 'comment-deleted' || obs.kind === 'reaction-withdrawn';
}

/**
 * The keys a batch undoes, and which of its own observations still stand: taken in order, the
 * last word on a key wins (react, unreact, react again in one batch is one reaction).
 */
export function planUndo(
  observations: readonly Observation[],
  account: string,
): { keep: Observation[]; undo: string[] } {
  const last = new Map<string, number>();
  const keyOf = (o: Observation): string | null => {
    if (o.kind === 'reaction') return engagementKey(o, account);
    if (o.kind === 'reaction-withdrawn') return engagementKey({ kind: 'reaction', key: o.removes }, account);
    if (o.kind === 'comment') return o.key;
    if (o.kind === 'comment-deleted') return o.removes;
    return null;
  };
  observations.forEach((o, i) => {
    const k = keyOf(o);
    if (k !== null) last.set(k, i);
  });
  const finalWord = (k: string): Observation | undefined => observations[last.get(k) ?? -1];
  const keep = observations.filter((o) => {
    if (isUndo(o)) return false;
    const k = keyOf(o);
    const final = k === null ? undefined : finalWord(k);
    return final === undefined || !isUndo(final);
  });
  const undo = [...last.keys()].filter((k) => {
    const final = finalWord(k);
    return final !== undefined && isUndo(final);
  });
  return { keep, undo };
}

/** Deletes the undone events of `account` (one transaction); how many were there. */
export function removeUndone(db: PacerDb, account: string, keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return Promise.resolve(0);
  return db.transaction('rw', db.events, async () => {
    const found = await db.events.bulkGet([...keys]);
    const mine = keys.filter((_, i) => found[i]?.account === account);
    await db.events.bulkDelete(mine);
    return mine.length;
  });
}
