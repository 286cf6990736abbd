// "Forget" on a learned ceiling: an updateSettings message for the account the options page shows.
import type { Settings } from '../../lib/domain/settings';
import { type SaveReply, sendMessage } from '../../lib/messaging';

/** The account's remaining ceilings replace the whole set. */
export function saveCeilings(change: {
  ceilings: Settings['ceilings'];
  account: string;
}): Promise<SaveReply> {
  return sendMessage('updateSettings', change);
}
