// Recomputes the badge from the store and schedules an alarm for the next change (a window
// reset, a rolling slot freeing up), so the badge is right with no LinkedIn tab open.
import { browser } from 'wxt/browser';
import { loadAccountReport } from '../db/load-report';
import { badgeView, showBadge, unknownBadge } from './badge';
import { browserTimeZone, getDb } from './db';

export const REFRESH_ALARM = 'pacer-refresh';
/** A safety net in case an alarm was lost: at most this long between recomputes. */
export const TICK_ALARM = 'pacer-tick';

export async function refreshBadge(now = new Date()): Promise<void> {
  try {
    const { account, report, timeZone } = await loadAccountReport(getDb(), now, browserTimeZone());
    await showBadge(badgeView(report, timeZone, account ? shortAccount(account.account) : null));
    if (report.nextChangeAt) {
      await browser.alarms.create(REFRESH_ALARM, {
        when: Math.max(report.nextChangeAt.getTime() + 1000, Date.now() + 1000),
      });
    }
  } catch (e) {
    await showBadge(unknownBadge(e instanceof Error ? e.message : String(e))).catch(() => {});
  }
}

function shortAccount(urn: string): string {
  return urn.replace('urn:li:fsd_profile:', '');
}

export function ensureTickAlarm(): Promise<void> {
  return browser.alarms.create(TICK_ALARM, { periodInMinutes: 15 });
}
