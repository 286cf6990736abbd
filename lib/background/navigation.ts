// Profile views from navigation: LinkedIn is a single-page app, so the content script reports
// each location; a profile URL that is not the member's own counts (once per 30 minutes).
import type { PacerDb } from '../db/schema';
import { profileTargetFromUrl } from '../linkedin/profile-url';
import { recordObservations, resolveAccount } from './record';
import { parseNavigation } from './schemas';

export async function handleNavigation(
  db: PacerDb,
  raw: unknown,
  tabId: number | undefined,
  now: number,
): Promise<boolean> {
  const { url } = parseNavigation(raw);
  const target = profileTargetFromUrl(url);
  if (!target) return false;
  const self = await resolveAccount(db, tabId)
    .then((account) => db.accounts.get(account))
    .catch(() => undefined); // unreadable store: recordObservations holds the view for later
  if (self?.slug && self.slug === target) return false;
  const result = await recordObservations(
    db,
    [{ kind: 'profile-view', target, key: `profile-view:${target}` }],
    tabId,
    now,
  );
  return result.stored > 0 || (result.held ?? 0) > 0;
}
