// InMail credit ledger: monthly grants with rollover up to a cap, optional per-grant expiry,
// oldest-first spending and once-only refunds for InMails answered within 90 days.
// Pure: no clock, no browser APIs, no host time zone — every instant and the zone come in as input.
//
// The ledger is a single chronological simulation over events sorted once. Credits live in
// "lots" (one per grant or refund) kept in creation order; since every lot expires the same
// number of days after it was created, creation order is also expiry order, so a FIFO queue
// gives both oldest-first spending and expiry in O(1) per step.
//
// Tie-breaks at one instant T (documented contract):
//   1. credits expiring at T are removed first (a credit expiring at exactly T cannot pay a send at
//      T, and does not take room under the cap from a grant at T);
//   2. then the grant at T (if T is a grant instant);
//   3. then sends at T, in id order (so which of two simultaneous sends is overdrawn does not
//      depend on input order);
//   4. then responses at T, in id order (a response can answer a send made at the same instant;
//      a refund at T does not pay for a send at T).
// Other choices:
//   - duplicate send ids count once, at their earliest instant;
//   - a response is valid when 0 ≤ response − send ≤ 90 × 24 h and only the first valid one per
//     InMail counts (even when the cap leaves no room for the refunded credit);
//   - sends before `startedAt` find no credit and are counted as overdrawn;
//   - if `now` is before `startedAt` nothing is granted, `nextRefillAt` is `startedAt`, and
//     `lastRefillAt` is `startedAt` too (the first grant, still to come);
//   - a refill day that a month lacks (29–31) falls on that month's last day; where local midnight
//     is skipped by DST the grant is at the first instant of that local day.

import { addMonths, getDaysInMonth, setDate, startOfMonth } from 'date-fns';
import { assertTimeZone, DAY_MS, startOfLocalDate, wallClock } from './local-time';

export interface InmailLedgerInput {
  monthlyCredits: number;
  maxBalance: number;
  expiryDays: number | null;
  refillDayOfMonth: number;
  /** Subscription start: the first grant happens here. */
  startedAt: Date;
  /** InMails the user sent. */
  sends: { id: string; at: Date }[];
  /** Accepted / declined / answered. */
  responses: { inmailId: string; at: Date }[];
  now: Date;
  timeZone: string;
}

export interface InmailBalance {
  available: number;
  granted: number;
  spent: number;
  refunded: number;
  expired: number;
  nextRefillAt: Date;
  /** Paid InMails still inside their 90-day window, unanswered. */
  pendingRefunds: number;
  expiringSoon: { count: number; at: Date } | null;
  /** Sends made with no credit left. */
  overdrawn: number;
}

export interface InmailLedgerOptions {
  /** When set, the grant at `startedAt` is exactly min(openingBalance, maxBalance). */
  openingBalance?: number;
}

export type InmailLedger = InmailBalance & {
  /** Latest grant instant ≤ now (`startedAt` if none happened yet). */
  lastRefillAt: Date;
  /** Credits available just before the latest grant was added. */
  rolledOver: number;
  /** Sends, paid or overdrawn, in [lastRefillAt, now]. */
  sentSinceRefill: number;
};

/** A response refunds its InMail when it comes within this long of the send. */
export const REFUND_WINDOW_MS = 90 * DAY_MS;
const EXPIRING_SOON_MS = 14 * DAY_MS;

const GRANT = 0;
const SEND = 1;
const RESPONSE = 2;

interface LedgerEvent {
  t: number;
  kind: typeof GRANT | typeof SEND | typeof RESPONSE;
  id: string;
}

interface Lot {
  amount: number;
  expiresAt: number;
}

interface SendState {
  at: number;
  paid: boolean;
  answered: boolean;
}

function assertCount(value: number, field: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`${field} must be a non-negative integer (got ${String(value)})`);
  }
}

function instantOf(value: Date, field: string): number {
  const t = value instanceof Date ? value.getTime() : Number.NaN;
  if (!Number.isFinite(t)) throw new RangeError(`${field} is not a valid date`);
  return t;
}

function validate(input: InmailLedgerInput, options: InmailLedgerOptions): void {
  assertCount(input.monthlyCredits, 'monthlyCredits');
  assertCount(input.maxBalance, 'maxBalance');
  if (input.expiryDays !== null) {
    const e = input.expiryDays;
    if (typeof e !== 'number' || !Number.isFinite(e) || e < 0) {
      throw new RangeError(`expiryDays must be null or a non-negative number (got ${String(e)})`);
    }
  }
  const day = input.refillDayOfMonth;
  if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 31) {
    throw new RangeError(`refillDayOfMonth must be an integer from 1 to 31 (got ${String(day)})`);
  }
  if (options.openingBalance !== undefined) assertCount(options.openingBalance, 'openingBalance');
  assertTimeZone(input.timeZone);
}

// The ledger runs on every badge refresh, and its refill days change only monthly: a year of them
// through date-fns takes ~50 µs, the last answer reused ~1 µs (Node 20).
let lastRefills: { key: string; refills: number[]; next: number } | null = null;

/** Grant instants in (startedAt, now] plus the first refill instant after now (needs startedAt ≤ now). */
function refillInstants(
  startedAt: number,
  now: number,
  refillDay: number,
  timeZone: string,
): { refills: readonly number[]; next: number } {
  const key = `${timeZone}|${refillDay}|${startedAt}`;
  const last = lastRefills;
  // Still right while no refill day has passed and none is undone (the clock moved back).
  if (last?.key === key && now < last.next && (last.refills.at(-1) ?? startedAt) <= now) return last;
  const refills: number[] = [];
  for (let month = startOfMonth(wallClock(startedAt, timeZone)); ; month = addMonths(month, 1)) {
    const day = setDate(month, Math.min(refillDay, getDaysInMonth(month)));
    const t = startOfLocalDate(day, timeZone).getTime();
    if (t > startedAt) {
      if (t > now) {
        lastRefills = { key, refills, next: t };
        return lastRefills;
      }
      refills.push(t);
    }
  }
}

/** The latest refill instant at or before `t`: the start of the credit month `t` falls in. */
export function refillAtOrBefore(t: number, refillDay: number, timeZone: string): number {
  assertTimeZone(timeZone);
  for (let month = startOfMonth(wallClock(t, timeZone)); ; month = addMonths(month, -1)) {
    const day = setDate(month, Math.min(refillDay, getDaysInMonth(month)));
    const at = startOfLocalDate(day, timeZone).getTime();
    if (at <= t) return at;
  }
}

function compareEvents(a: LedgerEvent, b: LedgerEvent): number {
  if (a.t !== b.t) return a.t - b.t;
  if (a.kind !== b.kind) return a.kind - b.kind;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The full ledger, including calibration support: with `openingBalance` the grant at `startedAt`
 * is the balance the user read on LinkedIn (capped at `maxBalance`), later refills as usual.
 */
export function inmailLedger(input: InmailLedgerInput, options: InmailLedgerOptions = {}): InmailLedger {
  validate(input, options);
  const now = instantOf(input.now, 'now');
  const startedAt = instantOf(input.startedAt, 'startedAt');
  const { monthlyCredits, maxBalance, timeZone } = input;
  const lifetime = input.expiryDays === null ? Number.POSITIVE_INFINITY : input.expiryDays * DAY_MS;

  // Events: grants, distinct sends (earliest instant per id), responses; nothing after now.
  const events: LedgerEvent[] = [];
  let nextRefillAt = startedAt;
  if (startedAt <= now) {
    events.push({ t: startedAt, kind: GRANT, id: '' });
    const { refills, next } = refillInstants(startedAt, now, input.refillDayOfMonth, timeZone);
    for (const t of refills) events.push({ t, kind: GRANT, id: '' });
    nextRefillAt = next;
  }
  const firstSend = new Map<string, number>();
  input.sends.forEach((s, i) => {
    const t = instantOf(s.at, `sends[${i}].at`);
    const seen = firstSend.get(s.id);
    if (seen === undefined || t < seen) firstSend.set(s.id, t);
  });
  for (const [id, t] of firstSend) if (t <= now) events.push({ t, kind: SEND, id });
  input.responses.forEach((r, i) => {
    const t = instantOf(r.at, `responses[${i}].at`);
    if (t <= now) events.push({ t, kind: RESPONSE, id: r.inmailId });
  });
  events.sort(compareEvents);

  const lots: Lot[] = [];
  let head = 0;
  let balance = 0;
  let granted = 0;
  let spent = 0;
  let refunded = 0;
  let expired = 0;
  let overdrawn = 0;
  let lastRefillAt = startedAt;
  let rolledOver = 0;
  let firstGrant = true;
  const sendStates = new Map<string, SendState>();

  const expireUntil = (t: number): void => {
    while (head < lots.length) {
      const lot = lots[head] as Lot;
      if (lot.expiresAt > t) break;
      expired += lot.amount;
      balance -= lot.amount;
      head++;
    }
  };
  const addCredits = (t: number, wanted: number): number => {
    const added = Math.min(wanted, maxBalance - balance);
    if (added > 0) {
      lots.push({ amount: added, expiresAt: t + lifetime });
      balance += added;
    }
    return Math.max(added, 0);
  };

  for (const e of events) {
    expireUntil(e.t);
    if (e.kind === GRANT) {
      lastRefillAt = e.t;
      rolledOver = balance;
      const amount =
        firstGrant && options.openingBalance !== undefined ? options.openingBalance : monthlyCredits;
      firstGrant = false;
      granted += addCredits(e.t, amount);
    } else if (e.kind === SEND) {
      const lot = lots[head];
      if (lot !== undefined && balance > 0) {
        lot.amount--;
        balance--;
        if (lot.amount === 0) head++;
        spent++;
        sendStates.set(e.id, { at: e.t, paid: true, answered: false });
      } else {
        overdrawn++;
        sendStates.set(e.id, { at: e.t, paid: false, answered: false });
      }
    } else {
      const send = sendStates.get(e.id);
      // Unknown id, or a response "before" its send (the send is not processed yet): ignored.
      if (send === undefined || send.answered) continue;
      const age = e.t - send.at;
      if (age < 0 || age > REFUND_WINDOW_MS) continue;
      send.answered = true;
      if (send.paid) refunded += addCredits(e.t, 1);
    }
  }
  expireUntil(now);

  let pendingRefunds = 0;
  let sentSinceRefill = 0;
  for (const s of sendStates.values()) {
    if (s.paid && !s.answered && now - s.at <= REFUND_WINDOW_MS) pendingRefunds++;
    if (s.at >= lastRefillAt) sentSinceRefill++;
  }

  let expiringSoon: InmailBalance['expiringSoon'] = null;
  const soonest = lots[head];
  if (soonest !== undefined && soonest.expiresAt <= now + EXPIRING_SOON_MS) {
    let count = 0;
    for (let i = head; i < lots.length && (lots[i] as Lot).expiresAt === soonest.expiresAt; i++) {
      count += (lots[i] as Lot).amount;
    }
    expiringSoon = { count, at: new Date(soonest.expiresAt) };
  }

  return {
    available: balance,
    granted,
    spent,
    refunded,
    expired,
    nextRefillAt: new Date(nextRefillAt),
    pendingRefunds,
    expiringSoon,
    overdrawn,
    lastRefillAt: new Date(lastRefillAt),
    rolledOver,
    sentSinceRefill,
  };
}

/** The InMail credit balance at `input.now`. */
export function inmailBalance(input: InmailLedgerInput): InmailBalance {
  const l = inmailLedger(input);
  return {
    available: l.available,
    granted: l.granted,
    spent: l.spent,
    refunded: l.refunded,
    expired: l.expired,
    nextRefillAt: l.nextRefillAt,
    pendingRefunds: l.pendingRefunds,
    expiringSoon: l.expiringSoon,
    overdrawn: l.overdrawn,
  };
}
