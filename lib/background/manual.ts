// The worker's side of the activity log: actions added by hand (stored as ordinary events, so they
// count exactly like observed ones) and removals (the event goes; its key stays in `removed`, so the
// same send reported again stays out).
import { recordEvents } from '../db/events-store';
import type { PacerDb } from '../db/schema';
import { loadSettings } from '../db/settings-store';
import { MANUAL_KINDS, MAX_MANUAL_COUNT, manualEvents } from '../domain/manual-entries';
import { effectiveTimeZone, type FieldError } from '../domain/settings';
import { t } from '../i18n/t';
import { UNKNOWN_ACCOUNT } from '../linkedin/urns';
import type { AddActivity, AddActivityReply } from '../messages/add-activity';
import type { RemoveActivityReply } from '../messages/remove-activity';
import { formatCount } from '../ui/format';

/**
 * The account an entry is for: the one named, if Pacer has seen it; null → the one seen most
 * recently; none seen yet → UNKNOWN_ACCOUNT, which the first identity Pacer sees adopts.
 */
async function entryAccount(db: PacerDb, named: string | null): Promise<string | null> {
  if (named !== null) return (await db.accounts.get(named)) ? named : null;
  const recent = await db.accounts.orderBy('lastSeenAt').reverse().primaryKeys();
  return (recent as string[]).find((a) => a !== UNKNOWN_ACCOUNT) ?? UNKNOWN_ACCOUNT;
}

/**
 * The domain's refusals (lib/domain/manual-entries.ts, pure, so in English) in the browser's
 * language, each matched by its exact text; one the table lacks stays as it is.
 */
const WORDS: Record<string, () => string> = {
  'must be a date (YYYY-MM-DD)': () => t('errors.dateFormat'),
  'must not be in the future': () => t('errors.dateFuture'),
  'must be within the last 13 months': () => t('errors.dateTooOld'),
  'only an invite carries a note': () => t('errors.noteOnlyInvite'),
  [`must be a whole number from 1 to ${MAX_MANUAL_COUNT}`]: () =>
    t('errors.countRange', { max: formatCount(MAX_MANUAL_COUNT) }),
  [`must be one of ${MANUAL_KINDS.join(', ')}`]: () => t('errors.oneOf', { list: MANUAL_KINDS.join(', ') }),
};

function worded(e: FieldError): FieldError {
  const prefix = `${e.field}: `;
  const word = e.message.startsWith(prefix) ? WORDS[e.message.slice(prefix.length)] : undefined;
  return word ? { field: e.field, message: `${prefix}${word()}` } : e;
}

/** Adds `entry.count` events dated in the account's zone (see manualInstant), or says what is wrong. */
export async function addManualActivity(
  db: PacerDb,
  entry: AddActivity,
  now: Date,
  browserZone: string,
  batch: string,
): Promise<AddActivityReply> {
  const account = await entryAccount(db, entry.account);
  if (account === null)
    return { ok: false, errors: [{ field: 'account', message: `account: ${t('errors.accountNotSeen')}` }] };
  const settings = await loadSettings(db, now, account);
  const made = manualEvents(entry, {
    account,
    now,
    timeZone: effectiveTimeZone(settings, browserZone),
    batch,
  });
  if (!made.ok) return { ok: false, errors: made.errors.map(worded) };
  const outcomes = await recordEvents(db, made.events);
  return { ok: true, added: outcomes.filter((o) => o === 'stored').length, account, at: made.at };
}

/**
 * Removes one event and keeps its key in `removed`, in one transaction. An InMail (or an answer to
 * one) also drops the account's settled InMail history, which folded it in; the next housekeeping
 * rebuilds it, and until then the budgets read the InMail events themselves.
 */
export function removeActivity(db: PacerDb, key: string, now: number): Promise<RemoveActivityReply> {
  return db.transaction('rw', db.events, db.removed, db.inmailHistory, async () => {
    const event = await db.events.get(key);
    if (!event) return { ok: false as const, error: t('errors.notInLog') };
    await db.events.delete(key);
    await db.removed.put({ key, account: event.account, removedAt: now });
    if (event.kind === 'inmail' || event.kind === 'inmail-response')
      await db.inmailHistory.delete(event.account);
    return { ok: true as const, account: event.account };
  });
}
