// A LinkedIn refusal in the user's language, for every surface that states one: the popup (through
// lib/ui/format.ts), the toolbar badge and the in-page banner (a content script, which may not
// import lib/ui). lib/linkedin/limit-codes.ts says what each code means; this words it.
import type { LimitAction } from '../domain/activity';
import { refusalReason } from '../linkedin/limit-codes';
import { t } from './t';

/** "LinkedIn refused: weekly invitation limit reached": the code's own words, else the action's. */
export function refusalText(code: string, action?: LimitAction): string {
  switch (refusalReason(code, action)) {
    case 'weeklyInvites':
      return t('refusal.weeklyInvites');
    case 'monthlyNotes':
      return t('refusal.monthlyNotes');
    case 'invitesRestricted':
      return t('refusal.invitesRestricted');
    case 'invites':
      return t('refusal.invites');
    case 'notes':
      return t('refusal.notes');
    case 'messages':
      return t('refusal.messages');
    case 'inmailCredits':
      return t('refusal.inmailCredits');
    case 'limit':
      return t('refusal.limit');
  }
}
