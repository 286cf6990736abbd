// Recomputes the badge from the store and schedules an alarm for the next change (a window
// reset, a rolling slot freeing up), so the badge is right with no LinkedIn tab open. The badge is
// one for the whole browser, computed for the account of the LinkedIn tab in use: the worker
// recomputes it when another tab comes into use (tabs.onActivated, windows.onFocusChanged) rather
// than keeping a badge per tab, so a refresh stays one report, a fault's "?" covers every tab at
// once, and no tab keeps a stale count of its own (per-tab badges are reset when a tab navigates).
import type { WxtBrowser } from 'wxt/browser';
import { pruneEvents } from '../db/events-store';
import { retentionCutoff } from '../domain/retention';
import { type Badge, badgeView, unknownBadge } from './badge';
import type { Connection } from './connection';
import { holdRamp } from './ramp';
import { recordAndLearn } from './record';
import { describeError, type FaultStore, notSavedReason } from './storage-fault';
import { withTimeout } from './with-timeout';

export const REFRESH_ALARM = 'pacer-refresh';
/** A safety net in case an alarm was lost: at most this long between recomputes. */
export const TICK_ALARM = 'pacer-tick';

/**
 * In a burst of sends, at most two refreshes start per this period: each recomputes every meter
 * (and rereads the store when its cached inputs are gone), work that competes with the page.
 * Short, so the badge stays current.
 */
export const REFRESH_GAP_MS = 300;

export type AlarmsApi = Pick<WxtBrowser['alarms'], 'create'>;

export interface RefreshDeps {
  connection: Connection;
  faults: FaultStore;
  badge: Badge;
  alarms: AlarmsApi;
  clock: () => number;
  /** The browser's zone (settings may name another). */
  timeZone: () => string;
  /** The account the badge is for (the LinkedIn tab in use); undefined: the one seen most recently. */
  preferred?: () => Promise<string | undefined>;
}

export interface Refresher {
  /** Recomputes the badge now (a fault or a failure shows "?" instead of numbers). */
  refresh(): Promise<void>;
  /**
   * Coalesced refresh: at most one running and one queued, and at most two started per
   * REFRESH_GAP_MS. The queued one starts after every request it answers, so the last change is
   * always shown; the promise settles once it is (a pending message keeps the worker alive).
   */
  request(): Promise<void>;
  /** Drops events older than the retention period (13 months); the meters never look that far. */
  prune(): Promise<void>;
  ensureTickAlarm(): Promise<void>;
}

export function createRefresher({
  connection,
  faults,
  badge,
  alarms,
  clock,
  timeZone,
  preferred = async () => undefined,
}: RefreshDeps): Refresher {
  /** Reading the browser's zone builds a formatter each time; it rarely changes: reread once a minute. */
  let zone = { name: '', until: 0 };
  /** The refresh alarm this worker set last; setting the same one again is wasted work. */
  let scheduled = 0;
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  /** When the last two refreshes started. */
  let starts = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];

  const currentZone = () => {
    const t = clock();
    if (t >= zone.until || t < zone.until - 60_000) zone = { name: timeZone(), until: t + 60_000 };
    return zone.name;
  };

  const schedule = async (when: number) => {
    if (when === scheduled && when > clock()) return; // still pending: it has not fired yet
    scheduled = 0;
    await alarms.create(REFRESH_ALARM, { when });
    scheduled = when;
  };

  async function refresh(): Promise<void> {
    const now = new Date(clock());
    try {
      const db = connection.db();
      await faults.retry((e) => withTimeout(recordAndLearn(db, [e], currentZone())), now.getTime());
      const fault = await faults.current();
      if (fault) {
        connection.reset(); // the next attempt opens a fresh connection
        // Some observations are not in the store yet: the numbers would be low. Say so instead.
        await badge.show(unknownBadge(notSavedReason(fault)));
        await schedule(clock() + 60_000);
        return;
      }
      const { account, report, timeZone, settings, acceptance } = await withTimeout(
        preferred().then((wanted) => connection.report(now, currentZone(), wanted)),
      );
      // A ramp-up held or released by the acceptance just read is stored, so the pause outlives
      // the worker (a hint: a failure here leaves the reading as it is).
      if (account && settings.rampUp && acceptance)
        await holdRamp(db, account.account, acceptance.zone, now.getTime(), timeZone).catch(() => {});
      await badge.show(badgeView(report, timeZone, account, now));
      if (report.nextChangeAt) await schedule(Math.max(report.nextChangeAt.getTime() + 1000, clock() + 1000));
    } catch (e) {
      connection.reset();
      try {
        await badge.show(unknownBadge(describeError(e)));
        await schedule(clock() + 60_000);
      } catch {
        // Nothing more to show: the badge API itself failed.
      }
    }
  }

  return {
    refresh,
    request() {
      queued ??= (async () => {
        await running;
        // Capped: a clock that jumped back must not hold the badge for long.
        const wait = Math.min((starts[0] ?? 0) + REFRESH_GAP_MS - clock(), REFRESH_GAP_MS);
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        queued = null;
        starts = [starts[1] ?? 0, clock()];
        running = refresh().finally(() => {
          running = null;
        });
        return running;
      })();
      return queued;
    },
    async prune() {
      try {
        const now = clock();
        await withTimeout(pruneEvents(connection.db(), retentionCutoff(new Date(now)), now));
      } catch {
        // Pruning can wait for the next tick.
      }
    },
    ensureTickAlarm: () => alarms.create(TICK_ALARM, { periodInMinutes: 15 }),
  };
}
