// What LinkedIn's own lists showed, stored for the tab's account: the sent invitations (reconciled
// with the invites Pacer counted: one sent elsewhere becomes an invite dated at LinkedIn's send
// time, in the same transaction and by the same idempotent write as any observed send), the
// connections (a pending invitation accepted), and Sales Navigator's InMail credits (the ledger's
// calibration). Nothing here asks LinkedIn anything: these are answers the page itself loaded.
import { recordEvents } from '../db/events-store';
import { loadAccountReport } from '../db/load-report';
import type { InvitationRecord, PacerDb } from '../db/schema';
import { loadSettings, saveSettings } from '../db/settings-store';
import type { ActivityEvent } from '../domain/activity';
import { calibrationFromShownCredits } from '../domain/inmail-calibration';
import {
  ageRange,
  MATCH_SLACK_MS,
  type Reconciliation,
  reconcileSentInvitations,
  replacedStandIns,
  type SentInvitation,
  STAND_IN_SPAN_MS,
  type StoredInvite,
} from '../domain/reconcile';
import { retentionCutoff } from '../domain/retention';
import { effectiveTimeZone } from '../domain/settings';
import { UNKNOWN_ACCOUNT } from '../linkedin/urns';
import type { ListedConnection, Observation } from '../linkedin/vocabulary';
import { applySettingsPatch } from '../schemas/settings';
import { noteAcceptedInvites, storeConnectionCount } from './health';

export interface ListsResult {
  /** Invites stored from LinkedIn's sent list. */
  reconciled: number;
  /** Pending invitations noted as accepted from the connections list. */
  accepted: number;
  calibrated: boolean;
}

/** The earliest instant any listed invitation may have been sent (undated ones aside). */
function earliestSent(sent: readonly SentInvitation[], now: number, timeZone: string): number {
  let earliest = now;
  for (const s of sent) {
    const t = s.sentAt ?? (s.age ? ageRange(s.age, now, timeZone).earliest : now);
    if (t < earliest) earliest = t;
  }
  return earliest;
}

/**
 * Reconciles one sent list with the account's stored invites and stores the outcome in one
 * transaction: the new invites (through recordEvents, so a removed key stays out and a key already
 * stored is a duplicate) and the pending invitations.
 */
export function storeSentInvitations(
  db: PacerDb,
  account: string,
  sent: readonly SentInvitation[],
  now: number,
  timeZone: string,
): Promise<Reconciliation & { stored: number }> {
  const tables = [
    db.events,
    db.removed,
    db.invitations,
    db.accounts,
    db.inmailHistory,
    db.settings,
    db.accountSettings,
  ];
  return db.transaction('rw', tables, async () => {
    // Back far enough for a match (a day) and for a hand-added stand-in (a week).
    const from = earliestSent(sent, now, timeZone) - Math.max(MATCH_SLACK_MS, STAND_IN_SPAN_MS);
    const [invites, removed] = await Promise.all([
      db.events
        .where('[account+kind+at]')
        .between([account, 'invite', from], [account, 'invite', Number.MAX_SAFE_INTEGER])
        .toArray(),
      db.removed.where('account').equals(account).toArray(),
    ]);
    const stored: StoredInvite[] = invites.map((e) => ({
      key: e.key,
      at: e.at,
      ...(e.target === undefined ? {} : { target: e.target }),
    }));
    // A removed invite's key stays out: the same invitation is not added back from LinkedIn's list.
    for (const r of removed) stored.push({ key: r.key, at: r.removedAt });
    const result = reconcileSentInvitations(stored, sent, now, timeZone, {
      since: retentionCutoff(new Date(now)),
    });
    const events: ActivityEvent[] = result.events.map((e) => ({ ...e, account }));
    const outcomes = events.length > 0 ? await recordEvents(db, events) : [];
    // A listed send the user had added by hand replaces that stand-in: never counted twice.
    const added = events.filter((_, i) => outcomes[i] === 'stored');
    if (added.length > 0) {
      const manual = invites.filter((e) => e.source === 'manual');
      await db.events.bulkDelete(replacedStandIns(added, manual));
    }
    const exact = new Set(sent.flatMap((s) => (s.sentAt === null ? [] : [s.invitation])));
    const records: InvitationRecord[] = result.pending.map((p) => {
      // Undated: kept at the latest instant it can have been sent, marked as not exact.
      const r: InvitationRecord = {
        key: p.invitation,
        account,
        sentAt: p.sentAt ?? now,
        sentAtExact: exact.has(p.invitation),
        status: 'pending',
        seenAt: now,
      };
      if (p.invitee !== undefined) r.invitee = p.invitee;
      if (p.inviteeSlug !== undefined) r.inviteeSlug = p.inviteeSlug;
      if (p.withNote !== undefined) r.withNote = p.withNote;
      return r;
    });
    await db.invitations.bulkPut(records);
    return { ...result, stored: outcomes.filter((o) => o === 'stored').length };
  });
}

/** Pending invitations to people now among the connections were accepted. */
export function storeConnections(
  db: PacerDb,
  account: string,
  connections: readonly ListedConnection[],
  now: number,
): Promise<number> {
  const targets = new Set(connections.map((c) => c.target));
  return db.transaction('rw', db.invitations, async () => {
    const pending = await db.invitations.where('[account+status]').equals([account, 'pending']).toArray();
    const accepted = pending
      .filter((p) => p.invitee !== undefined && targets.has(p.invitee))
      .map((p): InvitationRecord => ({ ...p, status: 'accepted', seenAt: now }));
    await db.invitations.bulkPut(accepted);
    return accepted.length;
  });
}

/** The credit count LinkedIn shows calibrates the account's InMail ledger (when it says something new). */
export async function calibrateInmail(
  db: PacerDb,
  account: string,
  shown: number,
  now: number,
  browserZone: string,
): Promise<boolean> {
  const { report } = await loadAccountReport(db, new Date(now), browserZone, account);
  return db.transaction('rw', db.settings, db.accountSettings, async () => {
    const current = await loadSettings(db, new Date(now), account);
    const calibration = calibrationFromShownCredits(
      shown,
      now,
      current.inmail.calibration,
      report.inmail?.available,
    );
    if (!calibration) return false;
    const result = applySettingsPatch(current, { inmail: { calibration } }, new Date(now));
    if (result.ok) await saveSettings(db, result.settings, account);
    return result.ok;
  });
}

/**
 * Stores what the lists among `observations` showed, for `account`. The zone the reconciliation
 * dates relative times in is the account's effective one (the settings', else the browser's).
 */
export async function recordLists(
  db: PacerDb,
  observations: readonly Observation[],
  account: string,
  now: number,
  browserZone: string,
): Promise<ListsResult> {
  const result: ListsResult = { reconciled: 0, accepted: 0, calibrated: false };
  if (account === UNKNOWN_ACCOUNT) return result; // a list means nothing until its account is known
  for (const o of observations) {
    if (o.kind === 'sent-invitations') {
      const zone = effectiveTimeZone(await loadSettings(db, new Date(now), account), browserZone);
      result.reconciled += (await storeSentInvitations(db, account, o.invitations, now, zone)).stored;
    } else if (o.kind === 'connections') {
      result.accepted += await storeConnections(db, account, o.connections, now);
      result.accepted += await noteAcceptedInvites(db, account, o.connections, now);
    } else if (o.kind === 'connection-count') {
      await storeConnectionCount(db, account, o.count, now); // the popup reads it; the badge does not show it
    } else if (o.kind === 'inmail-credits') {
      result.calibrated =
        (await calibrateInmail(db, account, o.balance, now, browserZone)) || result.calibrated;
    }
  }
  return result;
}

/** Whether a batch holds any list: most exchanges are sends and reads of another kind. */
export function hasLists(observations: readonly Observation[]): boolean {
  return observations.some(
    (o) =>
      o.kind === 'sent-invitations' ||
      o.kind === 'connections' ||
      o.kind === 'inmail-credits' ||
      o.kind === 'connection-count',
  );
}
