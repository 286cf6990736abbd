// The account id Pacer stores events under, and how it is shown.

/** Events seen before any identity wait under this account and move to the real one once known. */
export const UNKNOWN_ACCOUNT = 'urn:li:fsd_profile:unknown';

/** The bare id of an account urn (the part after the last ':'), as the badge shows it. */
export function accountIdOf(urn: string): string {
  return urn.slice(urn.lastIndexOf(':') + 1);
}
