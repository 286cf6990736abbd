// Profile views from navigation: LinkedIn is a single-page app, so the content script reports
// each location; a profile URL that is not the member's own counts (once per 30 minutes).

import { recordEvent } from '../db/events-store';
import type { PacerDb } from '../db/schema';
import { profileTargetFromUrl } from '../linkedin/profile-url';
import { resolveAccount, toEvent } from './record';
import { navigationSchema } from './schemas';

export async function handleNavigation(
  db: PacerDb,
  raw: unknown,
  tabId: number | undefined,
  now: number,
): Promise<boolean> {
  const { url } = navigationSchema.parse(raw);
  const target = profileTargetFromUrl(url);
  if (!target) return false;
  const account = await resolveAccount(db, tabId);
  const self = await db.accounts.get(account);
  if (self?.slug && self.slug === target) return false;
  const event = toEvent({ kind: 'profile-view', target, key: `profile-view:${target}` }, account, now);
  return event !== null && (await recordEvent(db, event)) === 'stored';
}
