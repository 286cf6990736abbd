// The ramp-up holds while acceptance is amber or red: the report reads the account's invitation
// health only when a ramp is on, and passes its zone to the budgets.
import { afterEach, describe, expect, it } from 'vitest';
import { noteIdentity } from '../../../lib/background/accounts';
import { holdRamp } from '../../../lib/background/ramp';
import { loadAccountReport } from '../../../lib/db/load-report';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import { ensureSettings, loadSettings, saveSettings } from '../../../lib/db/settings-store';
import { startRamp } from '../../../lib/domain/ramp-up';

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
  await saveSettings(db, { ...s, rampUp: startRamp(NOW.getTime() - 15 * DAY) }, ME);
  return db;
}

const invitesDay = async (db: PacerDb) =>
  (await loadAccountReport(db, NOW, 'UTC', ME)).report.meters.find((m) => m.id === 'invites-day')?.limit;

describe('the ramp-up and invitation health', () => {
  it('grows while acceptance is unknown; red holds the step, and the worker stores the pause', async () => {
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
    const report = await loadAccountReport(db, NOW, 'UTC', ME);
    expect(report.acceptance?.zone).toBe('red');
    const day = report.report.meters.find((m) => m.id === 'invites-day');
    expect(day?.limit).toBe(growing);
    expect(day?.ramp?.paused).toBe(true);
    // The worker's refresh stores the pause: two weeks on, the ramp has not grown.
    expect(await holdRamp(db, ME, 'red', NOW.getTime(), 'UTC')).toBe(true);
    expect(await holdRamp(db, ME, 'red', NOW.getTime() + 1000, 'UTC')).toBe(false);
    const later = new Date(NOW.getTime() + 14 * DAY);
    const r = (await loadAccountReport(db, later, 'UTC', ME)).report.meters.find(
      (m) => m.id === 'invites-day',
    );
    expect(r?.limit).toBe(growing);
  });
});
