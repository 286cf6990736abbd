// Settled InMail history: the InMails sent before an instant `until`, each folded with the first
// response that can refund it. The ledger needs no more than that from the past, so one small
// record can stand in for a year of sends and responses (reading records is what costs at scale).
// Pure: which response answers which InMail depends on instants and ids only, not on settings,
// plan or time zone, so the fold stays valid whatever the user changes there.
import type { ActivityEvent } from './activity';
import { REFUND_WINDOW_MS } from './inmail';

/** What matching needs of an InMail send (a stored event or a settled one). */
export interface InmailSendRef {
  key: string;
  at: number;
  conversation?: string;
  target?: string;
  /** Added by hand: may predate the ledger's start (see computeInmail in budgets.ts). */
  manual?: true;
}

/** A settled InMail; more than 90 days before `until` it keeps no conversation or person id. */
export interface SettledInmail extends InmailSendRef {
  /** The earliest response that refunds it (0 ≤ age ≤ 90 days), if one came before `until`. */
  answeredAt?: number;
}

export interface InmailHistory {
  /** Covers every InMail send and response dated before this instant (epoch ms), none after. */
  until: number;
  sends: SettledInmail[];
}

/**
 * The InMail a response answers: the latest one at or before it in the same conversation (or to the
 * same person); null if none.
 */
export function answeredInmail<S extends InmailSendRef>(
  sends: readonly S[],
  response: Pick<ActivityEvent, 'at' | 'conversation' | 'target'>,
): S | null {
  let match: S | null = null;
  for (const s of sends) {
    const same =
      (response.conversation !== undefined && s.conversation === response.conversation) ||
      (response.target !== undefined && s.target === response.target);
    if (same && s.at <= response.at && (!match || s.at > match.at)) match = s;
  }
  return match;
}

/**
 * Folds one account's InMail sends and responses dated before `until` (others are ignored).
 * The ledger counts only the first valid response per InMail, so keeping that one instant (and
 * dropping later or out-of-window ones) changes no reading.
 */
export function settleInmails(events: readonly ActivityEvent[], until: number): InmailHistory {
  const sends: SettledInmail[] = [];
  for (const e of events) {
    if (e.kind !== 'inmail' || !(e.at < until)) continue;
    const s: SettledInmail = { key: e.key, at: e.at };
    if (e.conversation !== undefined) s.conversation = e.conversation;
    if (e.target !== undefined) s.target = e.target;
    if (e.source === 'manual') s.manual = true;
    sends.push(s);
  }
  for (const r of events) {
    if (r.kind !== 'inmail-response' || !(r.at < until)) continue;
    const s = answeredInmail(sends, r);
    if (!s || r.at - s.at > REFUND_WINDOW_MS) continue;
    if (s.answeredAt === undefined || r.at < s.answeredAt) s.answeredAt = r.at;
  }
  // A response from `until` on is more than 90 days after an older InMail, so it can never refund
  // one: those need no ids to match (a smaller record to read).
  for (const s of sends) {
    if (s.at < until - REFUND_WINDOW_MS) {
      delete s.conversation;
      delete s.target;
    }
  }
  sends.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { until, sends };
}
