import { afterEach, describe, expect, it } from 'vitest';
import { recordEvents } from '../../../lib/db/events-store';
import { historyTimes, readCsvAccounts } from '../../../lib/db/history-read';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import type { ActivityEvent } from '../../../lib/domain/activity';
import { retentionCutoff } from '../../../lib/domain/retention';

const A = 'urn:li:fsd_profile:ACoAAHistA';
const B = 'urn:li:fsd_profile:ACoAAHistB';
const DAY = 86_400_000;
const now = new Date('2026-04-01T10:00:00Z');
const t = now.getTime();
const dbs: PacerDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function seeded(events: ActivityEvent[]): Promise<PacerDb> {
  const db = openDb(`history-${Math.random()}`);
  dbs.push(db);
  await recordEvents(db, events);
  return db;
}

describe('historyTimes', () => {
  it('reads one account’s times of one kind from `from` on, later ones included', async () => {
    const db = await seeded([
      { key: 'i1', account: A, kind: 'invite', at: t - 10 * DAY },
      { key: 'i2', account: A, kind: 'invite', at: t - 2 * DAY, withNote: true, noteLength: 12 },
      { key: 'i3', account: A, kind: 'invite', at: t + DAY },
      { key: 'i4', account: B, kind: 'invite', at: t - DAY, withNote: true, noteLength: 5 },
      { key: 'm1', account: A, kind: 'message', at: t - DAY },
      { key: 'r1', account: A, kind: 'reply', at: t - DAY },
    ]);
    expect(await historyTimes(db, A, 'invites', t - 5 * DAY)).toEqual([t - 2 * DAY, t + DAY]);
    expect(await historyTimes(db, A, 'invite-notes', 0)).toEqual([t - 2 * DAY]);
    expect(await historyTimes(db, A, 'messages', 0)).toEqual([t - DAY]);
    expect(await historyTimes(db, B, 'invites', 0)).toEqual([t - DAY]);
    expect(await historyTimes(db, B, 'messages', 0)).toEqual([]);
  });
});

describe('readCsvAccounts', () => {
  it('gives every account its columns, starting no earlier than what is kept', async () => {
    const cutoff = retentionCutoff(now);
    const db = await seeded([
      { key: 'old', account: A, kind: 'invite', at: cutoff - DAY },
      { key: 'i1', account: A, kind: 'invite', at: t - DAY, withNote: true, noteLength: 3 },
      { key: 'v1', account: A, kind: 'profile-view', at: t - DAY, target: 'x' },
      { key: 'c1', account: B, kind: 'comment', at: t - 3 * DAY },
    ]);
    const out = await readCsvAccounts(db, now);
    const a = out.find((x) => x.account === A);
    const b = out.find((x) => x.account === B);
    expect(out).toHaveLength(2);
    expect(a?.since).toBe(cutoff);
    expect(a?.times.invites).toEqual([t - DAY]);
    expect(a?.times.invites_with_note).toEqual([t - DAY]);
    expect(a?.times.profile_views).toEqual([t - DAY]);
    expect(b?.since).toBe(t - 3 * DAY);
    expect(b?.times.comments).toEqual([t - 3 * DAY]);
    expect(b?.times.invites).toEqual([]);
  });
});
