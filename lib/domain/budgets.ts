// Budgets: from settings, one account's events and `now`, every meter's reading and the
// tightest one (which the badge shows). Pure: the zone and the clock are arguments.
import type { ActivityEvent, ActivityKind, LimitAction } from './activity';
import { type ActiveCeiling, activeCeiling, limitWithCeiling } from './ceilings';
import { inmailLedger, refillAtOrBefore } from './inmail';
import { answeredInmail, type InmailHistory, type InmailSendRef } from './inmail-history';
import {
  METERS,
  type MeterId,
  type MeterKind,
  type MeterWindow,
  meterId,
  PLAN_LIMITS,
  type PlanId,
  planDefault,
} from './limits';
import { type AcceptanceZone, type RampState, rampedInviteLimits, rampState } from './ramp-up';
import type { Settings } from './settings';
import {
  type CalendarPolicy,
  isRollingPolicy,
  nextSlotFreeAt,
  resetsAt,
  type WindowPolicy,
  windowBounds,
  windowPredicate,
} from './windows';
import { raiseZone, type Zone, zoneFor } from './zones';

export interface Refusal {
  action: LimitAction;
  code: string;
  at: Date;
}

export interface MeterReading {
  id: MeterId;
  kind: MeterKind;
  window: MeterWindow;
  used: number;
  /**
   * The effective limit: the configured one (override, else the plan's), lowered to a learned
   * ceiling while it holds. null = unlimited on this plan; 0 = the plan lacks the meter.
   */
  limit: number | null;
  /**
   * limit − used, never below 0; null when unlimited. 0 while LinkedIn's refusal is inside the
   * window (LinkedIn said none are left); a day meter never has more left than its week meter.
   * For InMail: credits available.
   */
  remaining: number | null;
  zone: Zone;
  /** Calendar windows: when the count resets. */
  resetsAt: Date | null;
  /** Rolling windows: when the oldest counted event ages out. */
  nextFreeAt: Date | null;
  /** A LinkedIn refusal inside the current window raises the meter to red. */
  refusal: Refusal | null;
  /** What LinkedIn stopped the user at, while it holds (lib/domain/ceilings.ts); absent: none. */
  ceiling?: ActiveCeiling | null;
  /** The invite meters while the account's ramp-up is on (lib/domain/ramp-up.ts); absent: off. */
  ramp?: RampState | null;
  /** Calendar-week invites also watch the rolling 7 days (100 on Sunday + 100 on Monday is risky). */
  rolling7d: { used: number; zone: Zone; nextFreeAt: Date | null } | null;
  /** How full the meter is, 0…∞ (refused = ∞): the tightest meter has the highest. */
  pressure: number;
}

export interface InmailDetails {
  available: number;
  monthlyCredits: number;
  maxBalance: number;
  rolledOver: number;
  pendingRefunds: number;
  refunded: number;
  expired: number;
  overdrawn: number;
  sentSinceRefill: number;
  lastRefillAt: Date;
  nextRefillAt: Date;
  expiringSoon: { count: number; at: Date } | null;
  expiryDays: number | null;
}

export interface BudgetReport {
  meters: MeterReading[];
  tightest: MeterReading | null;
  inmail: InmailDetails | null;
  noteMaxLength: number;
  /** The earliest instant at which any reading changes with no new event (for an alarm). */
  nextChangeAt: Date | null;
}

export interface BudgetInput {
  settings: Settings;
  /** One account's events; any order; events dated after `now` (the clock moved back) count as now. */
  events: readonly ActivityEvent[];
  now: Date;
  timeZone: string;
  /**
   * InMails settled before `inmailHistory.until` (≤ now), folded with their answers: they stand in
   * for the stored sends and responses dated before it (any such event in `events` is ignored).
   */
  inmailHistory?: InmailHistory | null;
  /**
   * The account's invitation acceptance (invitation health), which holds the ramp-up while amber or
   * red; absent: unknown (the ramp grows).
   */
  acceptance?: { zone: AcceptanceZone } | null;
}

/** The InMail balance turns amber below this share of the monthly grant (red at 0 credits). */
export const INMAIL_WARN_PERCENT = 30;

/** Which stored kinds (and filter) a meter counts. */
const COUNTED: Record<
  Exclude<MeterKind, 'engagement'>,
  { kind: ActivityKind; filter?: (e: ActivityEvent) => boolean }
> = {
  invites: { kind: 'invite' },
  'invite-notes': { kind: 'invite', filter: (e) => e.withNote === true },
  messages: { kind: 'message' },
  inmails: { kind: 'inmail' },
  'open-profile': { kind: 'open-profile-message' },
  'profile-views': { kind: 'profile-view' },
};

/**
 * The engagement bucket (WarmySender documentation, “LinkedIn rate limits — invites, messages, and
 * InMails”): messages to connections, profile views, comments and reactions share one daily budget.
 * A `message` is outreach the user starts; replies, InMails and Open Profile messages are other kinds.
 */
export const ENGAGEMENT_KINDS = [
  'message',
  'profile-view',
  'comment',
  'reaction',
] as const satisfies readonly ActivityKind[];

/** The invite meters a ramp-up lowers. */
const RAMPED: Partial<Record<MeterId, 'day' | 'week'>> = { 'invites-day': 'day', 'invites-week': 'week' };

/**
 * Which meters a refusal of each action puts in the red (and at 0 left). LinkedIn's only messaging
 * refusal is a bare 429, a short-term rate limit: it stops today's messages, not the week's (the
 * ceiling it teaches is the day's too, lib/domain/ceilings.ts).
 */
const REFUSAL_METERS: Record<LimitAction, readonly MeterId[]> = {
  invite: ['invites-week', 'invites-day'],
  'invite-note': ['invite-notes-month'],
  message: ['messages-day'],
  inmail: ['inmails-balance', 'inmails-day'],
};

/**
 * The limit a meter uses: the user's override, else the plan's default (where from:
 * limit-sources.ts), lowered to the ceiling LinkedIn taught while it holds at `now` (given `now`).
 */
export function limitFor(
  settings: Settings,
  id: MeterId,
  now?: Date,
  timeZone?: string,
): { limit: number | null; ceiling: ActiveCeiling | null } {
  const override = settings.overrides[id];
  const configured = override !== undefined ? override : planDefault(settings.plan, id).limit;
  const ceiling =
    now && timeZone && id !== 'inmails-balance' ? activeCeiling(settings.ceilings, id, now, timeZone) : null;
  return { limit: limitWithCeiling(configured, ceiling), ceiling };
}

/** A day meter never allows more than the week meter of the same kind (no meter contradicts another). */
const WEEK_OF_DAY: Partial<Record<MeterId, MeterId>> = {
  'invites-day': 'invites-week',
  'messages-day': 'messages-week',
};

/** Day limit ≤ week limit (both effective; null = unlimited). */
function lowerToWeek(day: number | null, week: number | null): number | null {
  if (week === null || day === 0) return day;
  return day === null ? week : Math.min(day, week);
}

function policyFor(window: MeterWindow, settings: Settings): WindowPolicy {
  if (window === 'day') return 'day';
  if (window === 'week') return settings.weeklyMode;
  return 'calendar-month';
}

/** InMail ledger parameters after overrides: the cap keeps the plan's ratio to the grant. */
export function inmailParams(settings: Settings): {
  monthlyCredits: number;
  maxBalance: number;
  expiryDays: number | null;
} {
  const plan = PLAN_LIMITS[settings.plan as PlanId].inmail;
  const grant = plan.monthlyCredits.limit ?? 0;
  const cap = plan.maxBalance.limit ?? 0;
  const override = settings.overrides['inmails-balance'];
  const monthlyCredits = override ?? grant;
  const ratio = grant > 0 ? cap / grant : 3;
  const maxBalance = override === undefined ? cap : Math.round(override * ratio);
  const expires = settings.inmail.expires ?? plan.expiryDays !== null;
  return { monthlyCredits, maxBalance, expiryDays: expires ? (plan.expiryDays ?? 90) : null };
}

export function computeBudgets(input: BudgetInput): BudgetReport {
  const { settings, now, timeZone } = input;
  const nowMs = now.getTime();
  const history = input.inmailHistory ?? null;
  if (history && history.until > nowMs) throw new RangeError('inmailHistory must end at or before now');
  const settledBefore = history ? history.until : Number.NEGATIVE_INFINITY;
  const byKind = new Map<ActivityKind, ActivityEvent[]>();
  if (history)
    byKind.set(
      'inmail',
      history.sends.map((s) => settledEvent(s)),
    );
  for (const stored of input.events) {
    if ((stored.kind === 'inmail' || stored.kind === 'inmail-response') && stored.at < settledBefore)
      continue;
    // An event "in the future" means the clock moved back after it was recorded: it happened,
    // so it counts as happening now (a meter must never undercount).
    const e = stored.at > nowMs ? { ...stored, at: nowMs } : stored;
    const list = byKind.get(e.kind);
    if (list) list.push(e);
    else byKind.set(e.kind, [e]);
  }
  const refusals = (byKind.get('limit-reached') ?? []).filter((e) => e.action !== undefined);
  const inmail = computeInmail(settings, byKind, history, now, timeZone);
  const bounds = boundsCache(now, timeZone);
  const ramp = settings.rampUp
    ? rampState({
        ramp: settings.rampUp,
        now,
        timeZone,
        acceptance: input.acceptance ?? { zone: 'unknown' },
      })
    : null;

  // Each meter's effective limit, once; a day meter's lowered to its week meter's.
  type Limit = ReturnType<typeof limitFor>;
  const limits = new Map<MeterId, Limit>();
  const limitOf = (id: MeterId): Limit => {
    let l = limits.get(id);
    if (!l) {
      l = limitFor(settings, id, now, timeZone);
      // The ramp lowers the configured limit (a learned ceiling included), never raises it.
      const ramped = RAMPED[id];
      if (ramp && ramped) {
        const r = rampedInviteLimits(ramp, { day: l.limit, week: l.limit });
        l = { limit: r[ramped], ceiling: l.ceiling };
      }
      const week = WEEK_OF_DAY[id];
      if (week) l = { limit: lowerToWeek(l.limit, limitOf(week).limit), ceiling: l.ceiling };
      limits.set(id, l);
    }
    return l;
  };

  const meters: MeterReading[] = [];
  for (const m of METERS) {
    const id = meterId(m.kind, m.window);
    // The engagement meter is optional: absent unless the user turned it on.
    if (m.kind === 'engagement' && !settings.engagementMeter) continue;
    if (id === 'inmails-balance') {
      meters.push(
        inmail
          ? inmailMeter(
              settings,
              inmail,
              refusalIn(refusals, 'inmails-balance', (at) => at >= inmail.lastRefillAt.getTime()),
            )
          : emptyInmailMeter(),
      );
      continue;
    }
    const { limit, ceiling } = limitOf(id);
    const events = countedEvents(m.kind, byKind);
    const policy = policyFor(m.window, settings);
    const inWindow = bounds.predicate(policy);
    const times = events.filter((e) => inWindow(e.at)).map((e) => e.at);
    const used = times.length;
    let zone = zoneFor(used, limit, settings.zones);
    let rolling7d: MeterReading['rolling7d'] = null;
    if (id === 'invites-week' && policy === 'calendar-week') {
      const inRolling = bounds.predicate('rolling-7d');
      const rollingTimes = events.filter((e) => inRolling(e.at)).map((e) => e.at);
      const rZone = zoneFor(rollingTimes.length, limit, settings.zones);
      rolling7d = {
        used: rollingTimes.length,
        zone: rZone,
        nextFreeAt: nextSlotFreeAt('rolling-7d', rollingTimes, now),
      };
      zone = raiseZone(zone, rZone);
    }
    // A refusal counts while it is inside the meter's current window (rolling: the last 7 days).
    const refusal = refusalIn(refusals, id, inWindow);
    if (refusal) zone = raiseZone(zone, 'red');
    const rolling = isRollingPolicy(policy);
    const peak = Math.max(used, rolling7d?.used ?? 0);
    meters.push({
      id,
      kind: m.kind,
      window: m.window,
      used,
      limit,
      // Refused: LinkedIn said none are left, whatever Pacer counted (never "13 left").
      remaining: limit === null ? null : refusal ? 0 : Math.max(0, limit - used),
      zone,
      resetsAt: rolling ? null : bounds.end(policy),
      nextFreeAt: rolling ? nextSlotFreeAt(policy, times, now) : null,
      refusal,
      ceiling,
      ...(ramp && RAMPED[id] ? { ramp } : {}),
      rolling7d,
      pressure: refusal ? Number.POSITIVE_INFINITY : limit === null || limit <= 0 ? -1 : peak / limit,
    });
  }
  capDaysByWeeks(meters);
  return {
    meters,
    tightest: tightestOf(meters),
    inmail,
    noteMaxLength: PLAN_LIMITS[settings.plan].noteMaxLength.limit ?? 300,
    nextChangeAt: nextChange(meters, inmail, now),
  };
}

/** The events a meter of `kind` counts: the engagement bucket sums its four kinds. */
function countedEvents(kind: MeterKind, byKind: Map<ActivityKind, ActivityEvent[]>): ActivityEvent[] {
  if (kind === 'engagement') return ENGAGEMENT_KINDS.flatMap((k) => byKind.get(k) ?? []);
  const counted = COUNTED[kind];
  return (byKind.get(counted.kind) ?? []).filter((e) => !counted.filter || counted.filter(e));
}

/**
 * A day meter never has more left than its week meter (nor than the rolling 7 days a calendar week
 * also watches): what the week forbids, today cannot allow. Brought to 0 that way, it is red.
 */
function capDaysByWeeks(meters: MeterReading[]): void {
  for (const day of meters) {
    const weekId = WEEK_OF_DAY[day.id];
    const week = weekId ? meters.find((m) => m.id === weekId) : undefined;
    if (!week || day.remaining === null || day.zone === 'none' || week.remaining === null) continue;
    let left = week.remaining;
    if (week.rolling7d && week.limit !== null)
      left = Math.min(left, Math.max(0, week.limit - week.rolling7d.used));
    if (left >= day.remaining) continue;
    day.remaining = left;
    if (left === 0) day.zone = raiseZone(day.zone, 'red');
  }
}

/** Each window's bounds computed once per report (they cost Intl calls), shared by its meters. */
function boundsCache(now: Date, timeZone: string) {
  const predicates = new Map<WindowPolicy, (at: number) => boolean>();
  const ends = new Map<CalendarPolicy, Date>();
  return {
    predicate(policy: WindowPolicy): (at: number) => boolean {
      let p = predicates.get(policy);
      if (!p) {
        p = windowPredicate(policy, now, timeZone);
        predicates.set(policy, p);
      }
      return p;
    },
    end(policy: CalendarPolicy): Date {
      let e = ends.get(policy);
      if (!e) {
        e = resetsAt(policy, now, timeZone);
        ends.set(policy, e);
      }
      return new Date(e.getTime());
    },
  };
}

/** A settled InMail as the event it was (the account is not needed by the meters). */
function settledEvent(s: InmailSendRef): ActivityEvent {
  const e: ActivityEvent = { key: s.key, account: '', kind: 'inmail', at: s.at };
  if (s.conversation !== undefined) e.conversation = s.conversation;
  if (s.target !== undefined) e.target = s.target;
  if (s.manual) e.source = 'manual';
  return e;
}

/**
 * For each stored kind, the earliest instant any meter counts it from at `now` (its windows' exact
 * starts): `noted-invite` is the invites with a note (the notes meter's month), `inmail` the ledger's
 * start too. Reading each kind from here, and all the way up (future-dated events count as now),
 * gives every meter what it counts; reading less is what keeps the meters fast at scale.
 */
export function countedSince(
  settings: Settings,
  now: Date,
  timeZone: string,
): Record<
  | 'invite'
  | 'noted-invite'
  | 'message'
  | 'inmail'
  | 'open-profile-message'
  | 'profile-view'
  | 'comment'
  | 'reaction',
  number
> {
  const since = {
    invite: Number.POSITIVE_INFINITY,
    'noted-invite': Number.POSITIVE_INFINITY,
    message: Number.POSITIVE_INFINITY,
    inmail: Math.min(
      now.getTime(),
      settings.inmail.calibration?.at ?? ledgerReadFrom(settings, timeZone, settings.planChosenAt),
    ),
    'open-profile-message': Number.POSITIVE_INFINITY,
    'profile-view': Number.POSITIVE_INFINITY,
    comment: Number.POSITIVE_INFINITY,
    reaction: Number.POSITIVE_INFINITY,
  };
  // Several meters share a window: each start is computed once (it costs Intl calls).
  const starts = new Map<WindowPolicy, number>();
  const startOf = (policy: WindowPolicy): number => {
    let start = starts.get(policy);
    if (start === undefined) {
      start = windowBounds(policy, now, timeZone).start.getTime();
      starts.set(policy, start);
    }
    return start;
  };
  for (const m of METERS) {
    if (m.window === 'balance') continue;
    const policy = policyFor(m.window, settings);
    let start = startOf(policy);
    if (m.kind === 'invites' && policy === 'calendar-week') start = Math.min(start, startOf('rolling-7d'));
    // The engagement meter's kinds are read whether or not it shows: the switch can flip any time.
    const kinds: (keyof typeof since)[] =
      m.kind === 'engagement'
        ? [...ENGAGEMENT_KINDS]
        : [m.kind === 'invite-notes' ? 'noted-invite' : (COUNTED[m.kind].kind as keyof typeof since)];
    for (const kind of kinds) since[kind] = Math.min(since[kind], start);
  }
  return since;
}

function refusalIn(
  refusals: readonly ActivityEvent[],
  id: MeterId,
  inWindow: (at: number) => boolean,
): Refusal | null {
  let latest: ActivityEvent | null = null;
  for (const r of refusals) {
    if (!r.action || !REFUSAL_METERS[r.action].includes(id) || !inWindow(r.at)) continue;
    if (!latest || r.at > latest.at) latest = r;
  }
  return latest?.action ? { action: latest.action, code: latest.code ?? '', at: new Date(latest.at) } : null;
}

/** Without a calibration: from the start of the credit month the plan was chosen in. */
function ledgerReadFrom(settings: Settings, timeZone: string, planChosenAt: number): number {
  return refillAtOrBefore(planChosenAt, settings.inmail.refillDay, timeZone);
}

function computeInmail(
  settings: Settings,
  byKind: Map<ActivityKind, ActivityEvent[]>,
  history: InmailHistory | null,
  now: Date,
  timeZone: string,
): InmailDetails | null {
  const params = inmailParams(settings);
  const calibration = settings.inmail.calibration;
  if (params.monthlyCredits <= 0 && !calibration) return null;
  const sentEvents = byKind.get('inmail') ?? [];
  const sends = sentEvents.map((e) => ({ id: e.key, at: new Date(e.at) }));
  const responses = matchResponses(sentEvents, byKind.get('inmail-response') ?? []);
  for (const s of history?.sends ?? [])
    if (s.answeredAt !== undefined) responses.push({ inmailId: s.key, at: new Date(s.answeredAt) });
  const startedAt = new Date(calibration ? calibration.at : settings.planChosenAt);
  const start = startedAt.getTime();
  // InMails added by hand for the credit month Pacer started in (the welcome page's "already this
  // month") spent that month's credits: they count from the start. A calibration already says the
  // balance after them, so then they do not.
  const handAddedFrom = calibration ? start : ledgerReadFrom(settings, timeZone, start);
  const ledgerSends = sends.flatMap((s, i) => {
    const t = s.at.getTime();
    if (t >= start) return [s];
    return sentEvents[i]?.source === 'manual' && t >= handAddedFrom ? [{ id: s.id, at: startedAt }] : [];
  });
  const ledger = inmailLedger(
    {
      ...params,
      refillDayOfMonth: settings.inmail.refillDay,
      startedAt,
      sends: ledgerSends,
      responses,
      now,
      timeZone,
    },
    calibration ? { openingBalance: calibration.balance } : undefined,
  );
  return {
    available: ledger.available,
    monthlyCredits: params.monthlyCredits,
    maxBalance: params.maxBalance,
    rolledOver: ledger.rolledOver,
    pendingRefunds: ledger.pendingRefunds,
    refunded: ledger.refunded,
    expired: ledger.expired,
    overdrawn: ledger.overdrawn,
    sentSinceRefill: ledger.sentSinceRefill,
    lastRefillAt: ledger.lastRefillAt,
    nextRefillAt: ledger.nextRefillAt,
    expiringSoon: ledger.expiringSoon,
    expiryDays: params.expiryDays,
  };
}

/** A response refunds the latest InMail before it in the same conversation (or to the same person). */
function matchResponses(
  inmails: readonly ActivityEvent[],
  responses: readonly ActivityEvent[],
): { inmailId: string; at: Date }[] {
  const out: { inmailId: string; at: Date }[] = [];
  for (const r of responses) {
    const match = answeredInmail(inmails, r);
    if (match) out.push({ inmailId: match.key, at: new Date(r.at) });
  }
  return out;
}

function inmailMeter(settings: Settings, inmail: InmailDetails, refusal: Refusal | null): MeterReading {
  const grant = inmail.monthlyCredits;
  let zone: Zone;
  if (grant <= 0 && !settings.inmail.calibration) zone = 'none';
  else if (inmail.available <= 0) zone = 'red';
  else if (inmail.available * 100 < INMAIL_WARN_PERCENT * grant)
    zone = 'warn'; // integers: 3 of 10 is not below 30 %
  else zone = 'ok';
  if (refusal) zone = raiseZone(zone, 'red');
  return {
    id: 'inmails-balance',
    kind: 'inmails',
    window: 'balance',
    used: inmail.sentSinceRefill,
    limit: grant,
    remaining: inmail.available,
    zone,
    resetsAt: inmail.nextRefillAt,
    nextFreeAt: null,
    refusal,
    rolling7d: null,
    pressure: refusal ? Number.POSITIVE_INFINITY : grant > 0 ? Math.max(0, 1 - inmail.available / grant) : -1,
  };
}

/** A free plan's missing InMail meter still appears, as `none` with limit 0. */
function emptyInmailMeter(): MeterReading {
  return {
    id: 'inmails-balance',
    kind: 'inmails',
    window: 'balance',
    used: 0,
    limit: 0,
    remaining: 0,
    zone: 'none',
    resetsAt: null,
    nextFreeAt: null,
    refusal: null,
    rolling7d: null,
    pressure: -1,
  };
}

function tightestOf(meters: readonly MeterReading[]): MeterReading | null {
  let best: MeterReading | null = null;
  for (const m of meters) {
    if (m.pressure < 0) continue;
    if (!best || m.pressure > best.pressure) best = m;
  }
  return best;
}

function nextChange(meters: readonly MeterReading[], inmail: InmailDetails | null, now: Date): Date | null {
  const candidates: number[] = [];
  for (const m of meters) {
    if (m.resetsAt) candidates.push(m.resetsAt.getTime());
    if (m.nextFreeAt) candidates.push(m.nextFreeAt.getTime());
    if (m.rolling7d?.nextFreeAt) candidates.push(m.rolling7d.nextFreeAt.getTime());
    // A learned ceiling lapsing raises the limit back.
    if (m.ceiling) candidates.push(m.ceiling.expiresAt.getTime());
    // The ramp's next week raises the invite limits.
    if (m.ramp?.nextWeekAt) candidates.push(m.ramp.nextWeekAt.getTime());
  }
  if (inmail?.expiringSoon) candidates.push(inmail.expiringSoon.at.getTime());
  const future = candidates.filter((t) => t > now.getTime());
  return future.length ? new Date(Math.min(...future)) : null;
}
