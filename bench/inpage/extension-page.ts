// Benchmark code that runs inside one of Pacer's own pages (chrome-extension://<id>/options.html),
// so it shares the extension origin's real IndexedDB and action API. bench/browser.ts bundles it
// (esbuild, with Dexie and the product's lib/db + lib/domain code) and evaluates it in the page:
// nothing here is part of the extension, and no entry point is added.
//
// - seed(): a year of heavy use written with raw IndexedDB puts into the stores of lib/db/schema.ts
//   (each record as the product's writer stores it: `withDerived`), then the worker's housekeeping
//   (`pruneEvents`, which also settles the InMail history), as its 15-minute tick would have run;
// - timeReport(): the product's own read, `loadAccountReport` (index-range reads + computeBudgets);
// - timeFullScan(): the same meters from a full scan (every event read, then filtered);
// - badge watching, for the send → badge figure.
import { withDerived } from '../../lib/db/derived';
import { budgetReads, eventsForBudgets, pruneEvents } from '../../lib/db/events-store';
import { loadAccountReport } from '../../lib/db/load-report';
import { openDb, type PacerDb } from '../../lib/db/schema';
import { loadSettings } from '../../lib/db/settings-store';
import type { ActivityEvent, ActivityKind } from '../../lib/domain/activity';
import { type BudgetReport, computeBudgets } from '../../lib/domain/budgets';
import { retentionCutoff } from '../../lib/domain/retention';
import { defaultSettings, effectiveTimeZone } from '../../lib/domain/settings';
import { parseSettings } from '../../lib/schemas/settings';

declare const chrome: {
  action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
};

const DAY = 86_400_000;

/** Events per account per day, by kind: a rep working LinkedIn hard on weekdays, lightly at weekends. */
const WEEKDAY: Partial<Record<ActivityKind, number>> = {
  invite: 30,
  message: 20,
  reply: 20,
  'profile-view': 50,
  inmail: 1,
  'open-profile-message': 1,
  'invite-withdrawn': 2,
};
const WEEKEND_SHARE = 0.2;

export interface SeedOptions {
  accounts: string[];
  /** The account seen most recently (the one the badge and the popup show). */
  main: string;
  mainSlug: string;
  days: number;
  plan: string;
  batch: number;
}

export interface SeedResult {
  events: number;
  byKind: Record<string, number>;
  perAccount: Record<string, number>;
  ms: number;
  from: string;
  to: string;
}

/** A small deterministic PRNG (mulberry32): the same data on every run and machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Local working hours (08:00–18:00) of `day`, `n` instants spread evenly with a little jitter. */
function instants(day: Date, n: number, rnd: () => number): number[] {
  const start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 8).getTime();
  const span = 10 * 3_600_000;
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(Math.round(start + ((i + rnd() * 0.9) * span) / n));
  return out;
}

/** A year of one account's events, oldest first, none after `now`. */
function yearOf(account: string, index: number, days: number, now: number): ActivityEvent[] {
  const rnd = prng(0x9e3779b9 ^ (index + 1));
  const out: ActivityEvent[] = [];
  const today = new Date(now);
  const pendingInmails: ActivityEvent[] = [];
  let seq = 0;
  const id = () => `${index}x${(seq++).toString(36)}`;
  for (let d = days - 1; d >= 0; d--) {
    const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - d);
    const weekend = day.getDay() === 0 || day.getDay() === 6;
    for (const [kind, perDay] of Object.entries(WEEKDAY) as [ActivityKind, number][]) {
      const exact = weekend ? perDay * WEEKEND_SHARE : perDay;
      const n = Math.floor(exact) + (rnd() < exact % 1 ? 1 : 0);
      for (const at of instants(day, n, rnd)) {
        if (at > now) continue;
        const k = id();
        const target = `urn:li:fsd_profile:ACoAABenchTarget${k}`;
        const conversation = `urn:li:msg_conversation:(${account},2-${k})`;
        const e: ActivityEvent = { key: `${kind}:bench:${k}`, account, kind, at };
        if (kind === 'invite') {
          e.target = target;
          e.withNote = seq % 4 === 0;
          if (e.withNote) e.noteLength = 80 + (seq % 200);
        } else if (kind === 'message' || kind === 'inmail' || kind === 'open-profile-message') {
          e.target = target;
          e.conversation = conversation;
        } else if (kind === 'reply') e.conversation = conversation;
        else if (kind === 'profile-view' || kind === 'invite-withdrawn') e.target = target;
        out.push(e);
        if (kind === 'inmail') pendingInmails.push(e);
      }
    }
    // About 40 % of InMails are answered within a few days (each refunds its credit).
    for (let i = pendingInmails.length - 1; i >= 0; i--) {
      const s = pendingInmails[i] as ActivityEvent;
      const at = s.at + DAY * (1 + Math.floor(rnd() * 4));
      if (at > day.getTime() + DAY || at > now) continue;
      pendingInmails.splice(i, 1);
      if (rnd() < 0.4)
        out.push({
          key: `inmail-response:bench:${id()}`,
          account,
          kind: 'inmail-response',
          at,
          conversation: s.conversation,
        });
    }
    // A LinkedIn refusal now and then, never in the last 40 days (it would pin a meter to red).
    if (d > 40 && d % 30 === 7) {
      out.push({
        key: `limit-reached:bench:${id()}`,
        account,
        kind: 'limit-reached',
        at: day.getTime() + 15 * 3_600_000,
        action: 'invite',
        code: 'CANT_INVITE_CONNECTION_LIMIT_REACHED',
      });
    }
  }
  return out;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

async function openRaw(): Promise<IDBDatabase> {
  const db = await request(indexedDB.open('pacer'));
  for (const store of ['events', 'settings', 'accounts', 'inmailHistory']) {
    if (!db.objectStoreNames.contains(store)) {
      db.close();
      throw new Error(`the worker has not created the "${store}" store yet`);
    }
  }
  return db;
}

async function seed(o: SeedOptions): Promise<SeedResult> {
  const t0 = performance.now();
  const now = Date.now();
  const db = await openRaw();
  const byKind: Record<string, number> = {};
  const perAccount: Record<string, number> = {};
  let total = 0;
  let first = now;
  try {
    for (const [i, account] of o.accounts.entries()) {
      const events = yearOf(account, i, o.days, now);
      for (let j = 0; j < events.length; j += o.batch) {
        const tx = db.transaction('events', 'readwrite', { durability: 'relaxed' });
        const store = tx.objectStore('events');
        for (const e of events.slice(j, j + o.batch)) store.put(withDerived(e));
        await done(tx);
      }
      for (const e of events) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
      perAccount[account] = events.length;
      total += events.length;
      const firstAt = events[0]?.at ?? now;
      first = Math.min(first, firstAt);
      const tx = db.transaction('accounts', 'readwrite');
      tx.objectStore('accounts').put({
        account,
        firstSeenAt: firstAt,
        // The main account is the one seen last: the badge and the popup show it.
        lastSeenAt: account === o.main ? now : now - (i + 1) * 3_600_000,
        premium: true,
        ...(account === o.main ? { slug: o.mainSlug } : {}),
      });
      await done(tx);
    }
    // A Sales Navigator plan chosen a year ago: the InMail ledger replays the whole year.
    const settings = { ...defaultSettings(new Date(now)), plan: o.plan, planChosenAt: now - o.days * DAY };
    const checked = parseSettings(settings);
    if (!checked.ok) throw new Error(`invalid bench settings: ${JSON.stringify(checked.errors)}`);
    const tx = db.transaction('settings', 'readwrite');
    tx.objectStore('settings').put({ id: 'settings', value: checked.settings });
    await done(tx);
  } finally {
    db.close();
  }
  // The worker's housekeeping (every 15 minutes): nothing is old enough to prune; InMails settle.
  await pruneEvents(database(), retentionCutoff(new Date(now)), now);
  return {
    events: total,
    byKind,
    perAccount,
    ms: performance.now() - t0,
    from: new Date(first).toISOString(),
    to: new Date(now).toISOString(),
  };
}

async function countEvents(): Promise<number> {
  const db = await request(indexedDB.open('pacer'));
  try {
    if (!db.objectStoreNames.contains('events')) return 0;
    return await request(db.transaction('events').objectStore('events').count());
  } finally {
    db.close();
  }
}

export type MeterSummary = Record<
  string,
  { used: number; limit: number | null; remaining: number | null; zone: string }
>;

function summarize(report: BudgetReport): MeterSummary {
  const out: MeterSummary = {};
  for (const m of report.meters)
    out[m.id] = { used: m.used, limit: m.limit, remaining: m.remaining, zone: m.zone };
  return out;
}

const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
let shared: PacerDb | null = null;
const database = () => {
  shared ??= openDb();
  return shared;
};

/** The product's read: `loadAccountReport` for one account, timed call by call. */
async function timeReport(o: { account: string; warmup: number; runs: number }) {
  const db = database();
  await db.open();
  const times: number[] = [];
  let last: Awaited<ReturnType<typeof loadAccountReport>> | null = null;
  for (let i = 0; i < o.warmup + o.runs; i++) {
    const t = performance.now();
    last = await loadAccountReport(db, new Date(), zone(), o.account);
    if (i >= o.warmup) times.push(performance.now() - t);
  }
  if (!last || last.account?.account !== o.account)
    throw new Error('loadAccountReport did not pick the account');
  return {
    times,
    meters: summarize(last.report),
    plan: last.settings.plan,
    tightest: last.report.tightest?.id ?? null,
    accounts: last.accounts.length,
  };
}

/** Where `loadAccountReport`'s time goes: settings, the index-range reads, computeBudgets. */
async function timeParts(o: { account: string; runs: number }) {
  const db = database();
  await db.open();
  const settingsMs: number[] = [];
  const readMs: number[] = [];
  const computeMs: number[] = [];
  let events = 0;
  for (let i = 0; i < o.runs; i++) {
    const now = new Date();
    const t0 = performance.now();
    const settings = await loadSettings(db, now);
    const t1 = performance.now();
    const timeZone = effectiveTimeZone(settings, zone());
    const read = await eventsForBudgets(db, o.account, settings, now, timeZone);
    const t2 = performance.now();
    computeBudgets({ settings, events: read.events, inmailHistory: read.inmailHistory, now, timeZone });
    const t3 = performance.now();
    settingsMs.push(t1 - t0);
    readMs.push(t2 - t1);
    computeMs.push(t3 - t2);
    events = read.events.length;
  }
  return { settingsMs, readMs, computeMs, events };
}

/**
 * The same index ranges as eventsForBudgets (and its settled InMail history record), read with raw
 * IndexedDB (no Dexie): getAll of the records, and count() only. Tells Dexie's share from
 * IndexedDB's own cost of reading the records.
 */
async function timeRawReads(o: { account: string; runs: number }) {
  const db = database();
  await db.open();
  const now = new Date();
  const settings = await loadSettings(db, now);
  const to = Number.MAX_SAFE_INTEGER;
  const history = await db.inmailHistory.get(o.account);
  const reads = budgetReads(
    settings,
    now,
    effectiveTimeZone(settings, zone()),
    history && history.until <= now.getTime() ? history.until : null,
  );
  const raw = await openRaw();
  const run = async (count: boolean) => {
    const tx = raw.transaction(['events', 'inmailHistory'], 'readonly');
    const events = tx.objectStore('events');
    const byKind = events.index('[account+kind+at]');
    const noted = events.index('[account+noteAt]');
    const lists = await Promise.all([
      request(tx.objectStore('inmailHistory').get(o.account)).then(() => 0),
      ...reads.map((r) => {
        const [index, range] =
          r.index === 'kind'
            ? [byKind, IDBKeyRange.bound([o.account, r.kind, r.from], [o.account, r.kind, to])]
            : [noted, IDBKeyRange.bound([o.account, r.from], [o.account, r.to], false, true)];
        return count ? request(index.count(range)) : request(index.getAll(range)).then((l) => l.length);
      }),
    ]);
    return lists.reduce((a, b) => a + b, 0);
  };
  const getAllMs: number[] = [];
  const countMs: number[] = [];
  let records = 0;
  try {
    for (let i = 0; i < o.runs + 1; i++) {
      let t = performance.now();
      records = await run(false);
      if (i > 0) getAllMs.push(performance.now() - t);
      t = performance.now();
      await run(true);
      if (i > 0) countMs.push(performance.now() - t);
    }
  } finally {
    raw.close();
  }
  return { getAllMs, countMs, records };
}

/** The same meters from a full scan: every stored event read, this account's kept, then computed. */
async function timeFullScan(o: { account: string; warmup: number; runs: number }) {
  const db = database();
  await db.open();
  const times: number[] = [];
  let meters: MeterSummary = {};
  let scanned = 0;
  let kept = 0;
  for (let i = 0; i < o.warmup + o.runs; i++) {
    const t = performance.now();
    const now = new Date();
    const [settings, all] = await Promise.all([loadSettings(db, now), db.events.toArray()]);
    const events = all.filter((e) => e.account === o.account);
    const report = computeBudgets({ settings, events, now, timeZone: effectiveTimeZone(settings, zone()) });
    if (i >= o.warmup) times.push(performance.now() - t);
    meters = summarize(report);
    scanned = all.length;
    kept = events.length;
  }
  return { times, meters, scanned, kept };
}

async function badgeNow(): Promise<{ text: string; title: string }> {
  const [text, title] = await Promise.all([chrome.action.getBadgeText({}), chrome.action.getTitle({})]);
  return { text, title };
}

let watching: Promise<{ at: number; text: string; title: string } | null> | null = null;

/** Reads the badge, then polls it (every ~4 ms) until its text or tooltip changes. */
async function badgeArm(timeoutMs: number): Promise<{ text: string; title: string }> {
  const before = await badgeNow();
  const deadline = Date.now() + timeoutMs;
  watching = (async () => {
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 2));
      const now = await badgeNow();
      if (now.text !== before.text || now.title !== before.title) return { at: Date.now(), ...now };
    }
    return null;
  })();
  return before;
}

function badgeWait() {
  if (!watching) throw new Error('badgeArm() first');
  return watching;
}

(globalThis as unknown as { __pacerBench: unknown }).__pacerBench = {
  seed,
  countEvents,
  timeReport,
  timeParts,
  timeRawReads,
  timeFullScan,
  badgeNow,
  badgeArm,
  badgeWait,
};
