import { afterEach, describe, expect, it } from 'vitest';
import { readActivityPage } from '../../../lib/db/activity-log';
import { recordEvents } from '../../../lib/db/events-store';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import type { ActivityEvent, ActivityKind } from '../../../lib/domain/activity';

const A = 'urn:li:fsd_profile:ACoAALogA';
const B = 'urn:li:fsd_profile:ACoAALogB';
const dbs: PacerDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function seeded(): Promise<{ db: PacerDb; all: ActivityEvent[] }> {
  const db = openDb(`log-${Math.random()}`);
  dbs.push(db);
  const kinds: ActivityKind[] = [
    'invite',
    'reply',
    'message',
    'limit-reached',
    'profile-view',
    'inmail',
    'invite-withdrawn',
  ];
  const all: ActivityEvent[] = [];
  for (let i = 0; i < 40; i++) {
    const kind = kinds[i % kinds.length] as ActivityKind;
    // Several at one instant (as a manual entry stores them), so pages must break ties by key.
    all.push({
      key: `${kind}:${String(i).padStart(3, '0')}`,
      account: i % 3 === 0 ? B : A,
      kind,
      at: 1000 + Math.floor(i / 4),
    });
  }
  await recordEvents(db, all);
  return { db, all };
}

const newestFirst = (list: ActivityEvent[]) =>
  [...list].sort((a, b) => b.at - a.at || (a.key < b.key ? 1 : -1)).map((e) => e.key);
const listed = (e: ActivityEvent) => e.kind !== 'reply' && e.kind !== 'limit-reached';

async function everyPage(db: PacerDb, q: Parameters<typeof readActivityPage>[1]) {
  const keys: string[] = [];
  let after = null;
  for (let guard = 0; guard < 50; guard++) {
    const page = await readActivityPage(db, { ...q, after, limit: 4 });
    expect(page.rows.length).toBeLessThanOrEqual(4);
    keys.push(...page.rows.map((e) => e.key));
    if (!page.next) break;
    after = page.next;
  }
  return keys;
}

describe('readActivityPage', () => {
  it('pages through every counted action newest first, never a reply or a refusal', async () => {
    const { db, all } = await seeded();
    const first = await readActivityPage(db, { limit: 4 });
    expect(first.rows.map((e) => e.key)).toEqual(newestFirst(all.filter(listed)).slice(0, 4));
    expect(await everyPage(db, {})).toEqual(newestFirst(all.filter(listed)));
  });

  it('filters by kind, by account, or both, with the same order and paging', async () => {
    const { db, all } = await seeded();
    expect(await everyPage(db, { kind: 'invite' })).toEqual(
      newestFirst(all.filter((e) => e.kind === 'invite')),
    );
    expect(await everyPage(db, { account: B })).toEqual(
      newestFirst(all.filter((e) => listed(e) && e.account === B)),
    );
    expect(await everyPage(db, { account: A, kind: 'profile-view' })).toEqual(
      newestFirst(all.filter((e) => e.account === A && e.kind === 'profile-view')),
    );
    expect(await readActivityPage(db, { kind: 'inmail-response' })).toEqual({ rows: [], next: null });
  });

  it('says there is no next page when the last one is exactly full', async () => {
    const { db, all } = await seeded();
    const n = all.filter((e) => e.kind === 'invite').length;
    expect((await readActivityPage(db, { kind: 'invite', limit: n })).next).toBeNull();
    expect((await readActivityPage(db, { kind: 'invite', limit: n - 1 })).next).not.toBeNull();
  });
});
