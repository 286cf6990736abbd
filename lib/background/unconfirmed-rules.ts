// When a Send click counts as an unconfirmed send, and which real send or refusal answers it: pure
// rules (events, claims and the clock in, decisions out). lib/background/unconfirmed.ts applies them.
//
// - A click is answered by the earliest send or refusal of its kind for the tab's account stored at
//   or after the click that answers no other click (a claim): two clicks never share one send.
// - Without one, a send request of that kind the page saw answered with an error status is a refusal
//   Pacer has no words for: nothing is counted. Otherwise the click counts as an unconfirmed send.
// - A real send or refusal stored later (its report was held up) answers the oldest unconfirmed click
//   of its kind from the last LATE_SEND_MS that is not answered yet: the unconfirmed event is removed,
//   so the send is counted once.
import type { ActivityEvent, ActivityKind } from '../domain/activity';
import type { SendClaim, UnconfirmedSend, UnconfirmedState } from '../domain/unconfirmed';
import { SEND_ROUTES } from '../linkedin/prefilter';
import type { CheckedKind, SendCheck } from '../messages/send-check';

/** A check older than this is ignored: the content script retries for seconds, not minutes. */
export const MAX_CHECK_AGE_MS = 10 * 60_000;
/** A click from the future beyond this is ignored (clocks of one machine agree). */
const MAX_CHECK_AHEAD_MS = 5_000;
/** How late a real send may arrive and still replace the unconfirmed one of its click. */
export const LATE_SEND_MS = 2 * 60_000;
/** Claims outlive every check and late send they could meet. */
export const CLAIM_KEEP_MS = 15 * 60_000;
/** Diagnostics are kept a little longer than the popup mentions them, and at most this many. */
export const UNCONFIRMED_KEEP_MS = 8 * 864e5;
export const MAX_UNCONFIRMED = 20;

type Family = 'invite' | 'messaging';
const familyOf = (kind: CheckedKind): Family => (kind === 'invite' ? 'invite' : 'messaging');

/** The stored kinds that may answer a click of each family (read by index, then `answers`). */
export const ANSWER_KINDS: Record<Family, readonly ActivityKind[]> = {
  invite: ['invite', 'limit-reached'],
  // A message composer may send a reply, an InMail composer an Open Profile or 1st-degree message.
  messaging: ['message', 'reply', 'inmail', 'open-profile-message', 'limit-reached'],
};

export const answerKinds = (kind: CheckedKind): readonly ActivityKind[] => ANSWER_KINDS[familyOf(kind)];

/** Whether `e` is a real send or refusal that answers a click of `kind`. */
export function answers(e: ActivityEvent, kind: CheckedKind): boolean {
  if (e.unconfirmed || !answerKinds(kind).includes(e.kind)) return false;
  if (e.kind !== 'limit-reached') return true;
  return familyOf(kind) === 'invite'
    ? e.action === 'invite' || e.action === 'invite-note'
    : e.action === 'message' || e.action === 'inmail';
}

/** Whether a check is recent enough to act on at `now`. */
export const checkInTime = (clickAt: number, now: number): boolean =>
  clickAt <= now + MAX_CHECK_AHEAD_MS && now - clickAt <= MAX_CHECK_AGE_MS;

/** The same click of the same account always gets the same key (a retried check counts once). */
export const unconfirmedKey = (account: string, kind: CheckedKind, clickAt: number): string =>
  `unconfirmed:${kind}:${clickAt}@${account}`;

/** The event counted for an unconfirmed send, dated at the click. */
export function unconfirmedEvent(check: SendCheck, account: string): ActivityEvent {
  const event: ActivityEvent = {
    key: unconfirmedKey(account, check.kind, check.clickAt),
    account,
    kind: check.kind,
    at: check.clickAt,
    unconfirmed: true, // observed: no `source`
  };
  // An invite whose note field held text spends a note too: never undercount.
  return check.kind === 'invite' ? { ...event, withNote: check.withNote === true } : event;
}

/** The earliest of `events` (at or after `from`, up to `to`) answering `kind` that no claim holds. */
export function pickAnswer(
  events: readonly ActivityEvent[],
  kind: CheckedKind,
  claimed: ReadonlySet<string>,
  from: number,
  to = Number.POSITIVE_INFINITY,
): ActivityEvent | undefined {
  let best: ActivityEvent | undefined;
  for (const e of events) {
    if (e.at < from || e.at > to || claimed.has(e.key) || !answers(e, kind)) continue;
    if (!best || e.at < best.at) best = e;
  }
  return best;
}

const SEND_PATHS: Record<Family, readonly string[]> = {
  invite: SEND_ROUTES.filter(([id]) => id.startsWith('invite')).map((r) => r[2]),
  messaging: SEND_ROUTES.filter(([id]) => id.includes('message')).map((r) => r[2]),
};

/**
 * After the click, the page's request to a send route Pacer knows was answered with an error
 * (only a 2xx is ever a send): LinkedIn refused it for a reason Pacer reads as nothing.
 */
export function refusedInPage(check: SendCheck): boolean {
  const paths = SEND_PATHS[familyOf(check.kind)];
  return check.requests.some((r) => r.ms >= 0 && r.status >= 300 && paths.some((p) => r.path.startsWith(p)));
}

/** The state as kept: claims for 15 minutes, the newest 20 unconfirmed sends of the last 8 days. */
export function pruneState(state: UnconfirmedState, now: number): UnconfirmedState {
  return {
    claims: state.claims.filter((c) => now - c.at <= CLAIM_KEEP_MS),
    sends: state.sends
      .filter((s) => now - s.clickAt <= UNCONFIRMED_KEEP_MS)
      .sort((a, b) => a.clickAt - b.clickAt)
      .slice(-MAX_UNCONFIRMED),
  };
}

/** The unconfirmed sends a send stored at `now` may still replace, oldest first. */
export const openForLateSends = (sends: readonly UnconfirmedSend[], now: number): UnconfirmedSend[] =>
  sends
    .filter((s) => s.clickAt <= now && now - s.clickAt <= LATE_SEND_MS)
    .sort((a, b) => a.clickAt - b.clickAt);

export const claimedSends = (claims: readonly SendClaim[]): Set<string> => new Set(claims.map((c) => c.send));
