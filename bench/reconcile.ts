// Reconciling LinkedIn's sent-invitations list, in Node on fake-indexeddb (as the unit tests run
// the store): the worker's whole share of one list the page loaded. A year of invites is stored for
// the account (about 5,000, 100 a week, half of them observed with their invitation id) with a few
// removed ones; then a 1,000-invitation answer (half already counted, half sent elsewhere) is
// classified and stored (`recordLists`: the stored invites read, `reconcileSentInvitations`, the new
// invites written through `recordEvents`, the pending invitations put), each run on a fresh copy.
// fake-indexeddb is slower than Chromium's IndexedDB, so the figure is on the safe side.
import 'fake-indexeddb/auto';
import { noteIdentity } from '../lib/background/accounts';
import { recordLists } from '../lib/background/lists';
import { recordEvents } from '../lib/db/events-store';
import { openDb, type PacerDb } from '../lib/db/schema';
import type { ActivityEvent } from '../lib/domain/activity';
import { createClassifier } from '../lib/linkedin/classify';
import type { Exchange } from '../lib/linkedin/vocabulary';
import { type Figure, figure, median, summary } from './report';

const ACCOUNT = 'urn:li:fsd_profile:ACoAABenchAcct001';
const NOW = Date.parse('2026-11-25T10:00:00Z');
const DAY = 86_400_000;
const LIST = 1000;
const STORED = 5200;
const profile = (i: number) => `urn:li:fsd_profile:ACoAABenchInvitee${String(i).padStart(6, '0')}`;

/** The REST list's normalized answer with `n` invitations, one every 4 hours back from now. */
function sentListExchange(n: number): Exchange {
  const included: unknown[] = [];
  const elements: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = String(7_400_000_000_000_000_000n + BigInt(i));
    const mini = `urn:li:fs_miniProfile:ACoAABenchInvitee${String(i).padStart(6, '0')}`;
    elements.push(`urn:li:fs_relSentInvitationView:${id}`);
    included.push(
      { entityUrn: `urn:li:fs_relSentInvitationView:${id}`, '*invitation': `urn:li:fs_relInvitation:${id}` },
      {
        entityUrn: `urn:li:fs_relInvitation:${id}`,
        mailboxItemId: `urn:li:invitation:${id}`,
        '*toMember': mini,
        invitationType: 'SENT',
        sentTime: NOW - i * 4 * 3_600_000,
        customMessage: i % 3 === 0,
        sharedSecret: 'x',
      },
      { entityUrn: mini, firstName: 'Bench', lastName: `Person ${i}`, publicIdentifier: `bench-${i}` },
    );
  }
  return {
    method: 'GET',
    url: 'https://www.linkedin.com/voyager/api/relationships/sentInvitationViewsV2?count=1000&invitationType=CONNECTION&q=invitationType&start=0',
    status: 200,
    responseBody: JSON.stringify({ data: { '*elements': elements }, included }),
  };
}

/** A year of invites: the listed ones sent in this browser (even indexes) observed with their id. */
function storedInvites(): ActivityEvent[] {
  const events: ActivityEvent[] = [];
  for (let i = 0; i < STORED; i++) {
    const listed = i < LIST;
    const id = listed ? String(7_400_000_000_000_000_000n + BigInt(i)) : `h:${i}`;
    if (listed && i % 2 === 1) continue; // sent elsewhere: only LinkedIn's list knows it
    events.push({
      key: `invite:${id}`,
      account: ACCOUNT,
      kind: 'invite',
      at: listed
        ? NOW - i * 4 * 3_600_000 + 1500
        : NOW - (i - LIST) * (365 / STORED) * DAY - LIST * 4 * 3_600_000,
      target: listed ? profile(i) : `urn:li:fsd_profile:ACoAABenchOlder${i}`,
      withNote: i % 3 === 0,
    });
  }
  return events;
}

async function seeded(name: string): Promise<PacerDb> {
  const db = openDb(name);
  await noteIdentity(db, ACCOUNT, true, NOW - 400 * DAY);
  await recordEvents(db, storedInvites());
  await db.removed.bulkPut(
    Array.from({ length: 50 }, (_, i) => ({
      key: `invite:h:${LIST + i}`,
      account: ACCOUNT,
      removedAt: NOW - DAY,
    })),
  );
  return db;
}

export async function benchReconcile(
  runs = 7,
): Promise<{ figures: Figure[]; diagnostics: Record<string, unknown> }> {
  const exchange = sentListExchange(LIST);
  const times: number[] = [];
  const classifyMs: number[] = [];
  let stored = 0;
  for (let r = 0; r <= runs; r++) {
    const db = await seeded(`bench-reconcile-${r}`);
    try {
      const t0 = performance.now();
      const observations = createClassifier({ now: () => NOW }).observe(exchange);
      const t1 = performance.now();
      const result = await recordLists(db, observations, ACCOUNT, NOW, 'Europe/Paris');
      const t2 = performance.now();
      if (r > 0) {
        // The first run warms the JIT up and is not counted.
        times.push(t2 - t0);
        classifyMs.push(t1 - t0);
      }
      stored = result.reconciled;
      if (stored !== LIST / 2) throw new Error(`reconciled ${stored} invites, expected ${LIST / 2}`);
    } finally {
      db.close();
      await db.delete();
    }
  }
  return {
    figures: [
      figure({
        id: 'reconcile.sent-list',
        group: 'Reconciliation',
        label: `a ${LIST}-invitation sent list, classified and reconciled (worker time, fake-indexeddb)`,
        value: Number(median(times).toFixed(1)),
        unit: 'ms',
        budget: { op: '<=', value: 100 },
        detail: {
          runs: summary(times, 1),
          classifyMs: summary(classifyMs, 1),
          storedInvites: STORED,
          newEvents: stored,
        },
      }),
    ],
    diagnostics: {},
  };
}
