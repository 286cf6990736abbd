// The data-* contract every rendered meter carries (checks outside the UI read it):
// data-meter, data-window, data-used, data-limit, data-remaining, data-zone.
import type { MeterReading } from '../domain/budgets';

export interface MeterDataAttributes {
  'data-meter': string;
  'data-window': string;
  'data-used': string;
  'data-limit': string;
  'data-remaining': string;
  'data-zone': string;
}

function int(n: number): string {
  return String(Number.isFinite(n) ? Math.max(0, Math.round(n)) : 0);
}

/**
 * Integers as text. `data-limit` is the effective limit (a learned ceiling lowers it);
 * `data-remaining` the reading's: limit − used, never below 0, but 0 once LinkedIn refused inside
 * the window and never more than its week meter allows; `unlimited` where the plan
 * sets no limit; `0` where the plan lacks the meter (zone `none`). The InMail balance is the
 * exception: used = sent since the last refill, limit = the monthly grant, remaining = credits
 * available now (which may exceed the grant after a rollover).
 */
export function meterDataAttributes(r: MeterReading): MeterDataAttributes {
  let limit: string;
  let remaining: string;
  if (r.zone === 'none') {
    limit = '0';
    remaining = r.window === 'balance' ? int(r.remaining ?? 0) : '0';
  } else if (r.window === 'balance') {
    limit = int(r.limit ?? 0);
    remaining = int(r.remaining ?? 0);
  } else if (r.limit === null) {
    limit = 'unlimited';
    remaining = 'unlimited';
  } else {
    limit = int(r.limit);
    remaining = int(Math.min(r.remaining ?? Number.POSITIVE_INFINITY, r.limit - r.used));
  }
  return {
    'data-meter': r.kind,
    'data-window': r.window,
    'data-used': int(r.used),
    'data-limit': limit,
    'data-remaining': remaining,
    'data-zone': r.zone,
  };
}
