// The options page's health section: owns its I/O. It follows the shown account's health in
// IndexedDB (read-only); the component only draws it.
import { useEffect, useState } from 'preact/hooks';
import { HealthSection } from '../../components/health-section';
import { watchHealth } from '../../lib/db/health-store';
import type { PacerDb } from '../../lib/db/schema';
import type { InvitationHealth } from '../../lib/domain/invitation-health';
import { SENT_INVITATIONS_PAGE } from '../../lib/linkedin/pages';

export function HealthPanel({
  db,
  account,
  timeZone,
}: {
  db: PacerDb;
  account: string | null;
  timeZone: string;
}) {
  const [health, setHealth] = useState<InvitationHealth | null>(null);
  useEffect(() => watchHealth(db, account, setHealth), [db, account]);
  return <HealthSection health={health} withdrawHref={SENT_INVITATIONS_PAGE} timeZone={timeZone} />;
}
