// Recomputes the badge from the store and schedules an alarm for the next change (a window
// reset, a rolling slot freeing up), so the badge is right with no LinkedIn tab open.
import { browser } from 'wxt/browser';
import { pruneEvents, recordEvent } from '../db/events-store';
import { retentionCutoff } from '../domain/retention';
import { badgeView, showBadge, unknownBadge } from './badge';
import { browserTimeZone, getDb, resetDb } from './db';
import { cachedAccountReport } from './report-cache';
import { currentFault, describeError, retryHeldWrites } from './storage-fault';
import { withTimeout } from './with-timeout';

export const REFRESH_ALARM = 'pacer-refresh';
/** A safety net in case an alarm was lost: at most this long between recomputes. */
export const TICK_ALARM = 'pacer-tick';

export async function refreshBadge(now = new Date()): Promise<void> {
  try {
    const db = getDb();
    await retryHeldWrites((e) => withTimeout(recordEvent(db, e)), now.getTime());
    const fault = await currentFault();
    if (fault) {
      resetDb(); // the next attempt opens a fresh connection
      // Some observations are not in the store yet: the numbers would be low. Say so instead.
      await showBadge(unknownBadge(`${fault.pending} not saved yet (${fault.message}); retrying`));
      await scheduleRefresh(Date.now() + 60_000);
      return;
    }
    const { account, report, timeZone } = await withTimeout(cachedAccountReport(db, now, currentZone()));
    await showBadge(badgeView(report, timeZone, account ? shortAccount(account.account) : null, now));
    if (report.nextChangeAt)
      await scheduleRefresh(Math.max(report.nextChangeAt.getTime() + 1000, Date.now() + 1000));
  } catch (e) {
    resetDb();
    try {
      await showBadge(unknownBadge(describeError(e)));
      await scheduleRefresh(Date.now() + 60_000);
    } catch {
      // Nothing more to show: the badge API itself failed.
    }
  }
}

/** Reading the browser's zone builds a formatter each time; it rarely changes: reread once a minute. */
let zone = { name: '', until: 0 };

function currentZone(): string {
  const t = Date.now();
  if (t >= zone.until || t < zone.until - 60_000) zone = { name: browserTimeZone(), until: t + 60_000 };
  return zone.name;
}

/** The refresh alarm this worker set last; setting the same one again is wasted work. */
let scheduled = 0;

async function scheduleRefresh(when: number): Promise<void> {
  if (when === scheduled && when > Date.now()) return; // still pending: it has not fired yet
  scheduled = 0;
  await browser.alarms.create(REFRESH_ALARM, { when });
  scheduled = when;
}

function shortAccount(urn: string): string {
  return urn.replace('urn:li:fsd_profile:', '');
}

export function ensureTickAlarm(): Promise<void> {
  return browser.alarms.create(TICK_ALARM, { periodInMinutes: 15 });
}

/** Drops events older than the retention period (13 months); the meters never look that far. */
export async function pruneOldEvents(now = new Date()): Promise<void> {
  try {
    await withTimeout(pruneEvents(getDb(), retentionCutoff(now)));
  } catch {
    // Pruning can wait for the next tick.
  }
}

/**
 * In a burst of sends, at most two refreshes start per this period: each recomputes every meter
 * (and rereads the store when its cached inputs are gone), work that competes with the page.
 * Short, so the badge stays current.
 */
export const REFRESH_GAP_MS = 300;

let running: Promise<void> | null = null;
let queued: Promise<void> | null = null;
/** When the last two refreshes started. */
let starts = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];

/**
 * Coalesced refresh: at most one running and one queued, and at most two started per
 * REFRESH_GAP_MS. The queued one starts after every request it answers, so the last change is
 * always shown; the promise settles once it is (a pending message keeps the worker alive).
 */
export function requestBadgeRefresh(): Promise<void> {
  queued ??= (async () => {
    await running;
    // Capped: a clock that jumped back must not hold the badge for long.
    const wait = Math.min((starts[0] ?? 0) + REFRESH_GAP_MS - Date.now(), REFRESH_GAP_MS);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    queued = null;
    starts = [starts[1] ?? 0, Date.now()];
    running = refreshBadge().finally(() => {
      running = null;
    });
    return running;
  })();
  return queued;
}
