// A credit count LinkedIn shows (Sales Navigator's InMail credits) calibrates the account's InMail
// ledger: from that instant on, the ledger starts from LinkedIn's number, as when the user types it
// in. Pure: the caller gives the instant, the current calibration and what the ledger says now.

export interface InmailCalibration {
  balance: number;
  at: number;
}

/** No seat holds more: a larger number is not a credit count. */
export const MAX_SHOWN_CREDITS = 10_000;

/**
 * The calibration a shown count makes, or null when it changes nothing: not a count, older than
 * (or as old as) the calibration in force, or the ledger already says the same (so a page that
 * reads the count again and again does not rewrite the settings each time).
 */
export function calibrationFromShownCredits(
  shown: number,
  at: number,
  current: InmailCalibration | null,
  ledgerAvailable?: number,
): InmailCalibration | null {
  if (!Number.isInteger(shown) || shown < 0 || shown > MAX_SHOWN_CREDITS || !Number.isFinite(at)) return null;
  if (current && current.at >= at) return null;
  if (ledgerAvailable === shown) return null;
  return { balance: shown, at };
}
