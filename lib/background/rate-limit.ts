// A per-tab rate limit on what a LinkedIn tab may report to the worker. Any script on linkedin.com
// can post to the bridge, so a hostile one could flood the worker with well-formed reports; this caps
// the work one tab can cause, at levels no honest use comes near.
//
// Exchanges: 1,000 per tab per 10 s, and 6,000 per tab per 10 minutes.
// - Only the few LinkedIn requests Pacer reads cross the bridge at all (sends, compose options,
//   messaging reads, /me, profile pages): a few per user action. A person cannot click Send 100 times
//   a second, let alone for 10 s; a burst of 200 genuine sends in one second from two tabs is 100 per
//   tab, a tenth of the short window. Retries of one report (exchange-queue.ts: at most 3 more) and two
//   frames seeing the same send stay far below too.
// - Sustained, a very busy person makes well under one relevant request a second (a send every few
//   seconds with its compose option and reads; a profile every couple of seconds): under 1,000 in
//   10 minutes. The long window allows 10 a second for 10 minutes.
// - Why a long window at all: the worker stores a counted exchange in tens of milliseconds (measured:
//   300 forged, honest-looking invites in 3–5 s, 1,000 in ~35 s as the store grows), so 100 a second
//   sustained would put it ever further behind. 10 a second it keeps up with.
// Navigations: 50 per tab per 10 s, and 1,200 per tab per 10 minutes. A person opens at most a page or
// two a second, and LinkedIn's redirects and history rewrites add a couple per page; sustained, a page
// every 2 s is already fast browsing (300 per 10 minutes).
//
// So a hostile page gets at most 1,000 exchanges in any 10 s and 10 a second over 10 minutes, instead
// of as many as it can dispatch. Each limit is an exact sliding window: never more than `limit`
// accepted in any `windowMs`; a refused report is not recorded, so a flood does not extend the block.
// Memory is bounded: a key keeps at most `limit` timestamps per window (an honest tab a few hundred),
// keys with nothing in their longest window are forgotten, and at most `maxKeys` keys are kept (the
// least recently used dropped first). Pure: the clock is an argument.

export interface WindowSpec {
  /** Most events accepted in any `windowMs`. */
  limit: number;
  windowMs: number;
}

export interface LimitSpec {
  /** Every window must have room for an event to be accepted. */
  windows: readonly WindowSpec[];
  /** Most keys remembered at once; the least recently used is dropped beyond it. */
  maxKeys?: number;
}

export const RATE_LIMITS = {
  exchange: {
    windows: [
      { limit: 1000, windowMs: 10_000 },
      { limit: 6000, windowMs: 600_000 },
    ],
    maxKeys: 64,
  },
  navigation: {
    windows: [
      { limit: 50, windowMs: 10_000 },
      { limit: 1200, windowMs: 600_000 },
    ],
    maxKeys: 64,
  },
} as const satisfies Record<string, LimitSpec>;

export type ReportKind = keyof typeof RATE_LIMITS;

/** Accepted timestamps of one key, one list per window, oldest first (at most `limit` each). */
type Logs = number[][];

const newest = (logs: Logs) => Math.max(...logs.map((l) => l.at(-1) ?? Number.NEGATIVE_INFINITY));

export class SlidingWindowLimiter {
  private readonly keys = new Map<number | string, Logs>();
  private readonly windows: readonly WindowSpec[];
  private readonly longest: number;
  private readonly sweepEvery: number;
  private readonly maxKeys: number;
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(spec: LimitSpec) {
    if (spec.windows.length === 0) throw new RangeError('at least one window');
    for (const w of spec.windows) {
      if (!(Number.isInteger(w.limit) && w.limit >= 1)) throw new RangeError('limit must be an integer ≥ 1');
      if (!(w.windowMs > 0 && Number.isFinite(w.windowMs))) throw new RangeError('windowMs must be > 0');
    }
    this.windows = spec.windows.map((w) => ({ ...w }));
    this.longest = Math.max(...this.windows.map((w) => w.windowMs));
    this.sweepEvery = Math.min(...this.windows.map((w) => w.windowMs));
    this.maxKeys = Math.max(1, spec.maxKeys ?? 1024);
  }

  /** Accepts and records one event for `key` at `now` (epoch ms), or refuses it (nothing recorded). */
  allow(key: number | string, now: number): boolean {
    if (!Number.isFinite(now)) return false;
    this.sweep(now);
    let logs = this.keys.get(key);
    if (logs) {
      // Most recently used last, so the first key is the one to drop.
      this.keys.delete(key);
      // The clock jumped back by more than the longest window: the old timestamps mean nothing now.
      if (newest(logs) > now + this.longest) logs = undefined;
    }
    logs ??= this.windows.map(() => []);
    this.keys.set(key, logs);
    if (this.keys.size > this.maxKeys) {
      const oldest = this.keys.keys().next().value;
      if (oldest !== undefined) this.keys.delete(oldest);
    }
    for (let i = 0; i < this.windows.length; i++) {
      const w = this.windows[i] as WindowSpec;
      const log = logs[i] as number[];
      let expired = 0;
      while (expired < log.length && (log[expired] as number) <= now - w.windowMs) expired++;
      log.splice(0, expired);
      if (log.length >= w.limit) return false;
    }
    for (const log of logs) log.push(now);
    return true;
  }

  /** Forgets a key (a closed tab). */
  forget(key: number | string): void {
    this.keys.delete(key);
  }

  /** At most once per shortest window: drops keys with nothing in their longest window. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.sweepEvery && now >= this.lastSweep) return;
    this.lastSweep = now;
    for (const [key, logs] of this.keys) {
      const last = newest(logs);
      if (last <= now - this.longest || last > now + this.longest) this.keys.delete(key);
    }
  }
}

export interface RateLimits {
  /**
   * May this tab report one more `kind` at `now`? Call it once per report, after the sender check
   * and before any work; on `false` drop the report quietly (throwing would make the content script
   * retry it, three more times).
   */
  allow(kind: ReportKind, tabId: number, now: number): boolean;
  /** Forgets a tab everywhere (optional: idle tabs are forgotten anyway). */
  forget(tabId: number): void;
}

/** The worker's limiters, one per kind of report. */
export function createRateLimits(): RateLimits {
  const limiters: Record<ReportKind, SlidingWindowLimiter> = {
    exchange: new SlidingWindowLimiter(RATE_LIMITS.exchange),
    navigation: new SlidingWindowLimiter(RATE_LIMITS.navigation),
  };
  return {
    allow: (kind, tabId, now) => limiters[kind].allow(tabId, now),
    forget(tabId) {
      for (const l of Object.values(limiters)) l.forget(tabId);
    },
  };
}
