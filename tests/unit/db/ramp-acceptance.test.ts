// The ramp-up holds while acceptance is amber or red: the report reads the account's invitation
// health only when a ramp is on, and passes its zone to the budgets.
import { afterEach, describe, expect, it } from 'vitest';
import { noteIdentity } from '../../../lib/background/accounts';
import { loadAccountReport } from '../../../lib/db/load-report';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import { ensureSettings, loadSettings, saveSettings } from '../../../lib/db/settings-store';

const ME = 'urn:li:fsd_profile:ACoAAMeRamp';
const DAY = 86_400_000;
const NOW = new Date('2026-11-25T10:00:00Z');
const dbs: PacerDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function rampedAccount(): Promise<PacerDb> {
  const db = openDb(`ramp-${Math.random()}`);
  dbs.push(db);
  await ensureSettings(db, NOW);
  await noteIdentity(db, ME, false, NOW.getTime() - 60 * DAY);
  const s = await loadSettings(db, NOW, ME);
  // Started 15 days ago: week 3 of the ramp.
  await saveSettings(db, { ...s, rampUp: { startedAt: NOW.getTime() - 15 * DAY } }, ME);
  return db;
}

const invitesDay = async (db: PacerDb) =>
  (await loadAccountReport(db, NOW, 'UTC', ME)).report.meters.find((m) => m.id === 'invites-day')?.limit;

describe('the ramp-up and invitation health', () => {
  it('grows while acceptance is unknown, and holds at the first step while it is red', async () => {
    const db = await rampedAccount();
    const growing = await invitesDay(db);
    expect(growing).toBeGreaterThan(10);
    // 25 invitations sent 40 days ago, still pending in LinkedIn's list seen yesterday: 0 % accepted.
    await db.invitations.bulkPut(
      Array.from({ length: 25 }, (_, i) => ({
        key: `inv${i}`,
        account: ME,
        invitee: `urn:li:fsd_profile:P${i}`,
        sentAt: NOW.getTime() - 40 * DAY,
        sentAtExact: true,
        status: 'pending' as const,
        seenAt: NOW.getTime() - DAY,
      })),
    );
    expect(await invitesDay(db)).toBe(10);
  });
});
