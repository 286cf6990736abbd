// The welcome page (opened once, on install): owns its I/O. It reads the settings and accounts
// itself (read-only) and sends the plan and the backfill to the worker, the only writer. Before any
// LinkedIn account is seen, both go to no account: the plan to the shared settings (the first
// account Pacer sees takes it), the backfill to the unknown account (the first one seen adopts it).
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { WelcomeView } from '../../components/welcome-view';
import type { PacerDb } from '../../lib/db/schema';
import { openDb } from '../../lib/db/schema';
import { loadSettings } from '../../lib/db/settings-store';
import { type BackfillCounts, backfillEntries } from '../../lib/domain/backfill';
import type { PlanId } from '../../lib/domain/limits';
import { effectiveTimeZone, type Settings } from '../../lib/domain/settings';
import { t } from '../../lib/i18n/t';
import { UNKNOWN_ACCOUNT } from '../../lib/linkedin/urns';
import { sendMessage } from '../../lib/messaging';

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The account seen most recently (null: none yet) and the settings it is metered with. */
async function readState(db: PacerDb): Promise<{ account: string | null; settings: Settings }> {
  const recent = (await db.accounts.orderBy('lastSeenAt').reverse().primaryKeys()) as string[];
  const account = recent.find((a) => a !== UNKNOWN_ACCOUNT) ?? null;
  return { account, settings: await loadSettings(db, new Date(), account) };
}

export function WelcomeApp() {
  const db = useMemo(() => openDb(), []);
  const [state, setState] = useState<{ account: string | null; settings: Settings } | null>(null);
  const [planStatus, setPlanStatus] = useState('');

  useEffect(() => {
    const sub = liveQuery(() => readState(db)).subscribe({ next: setState, error: () => setState(null) });
    return () => {
      sub.unsubscribe();
      db.close();
    };
  }, [db]);

  const onPlan = useCallback(
    async (plan: PlanId) => {
      setPlanStatus('');
      const { account } = await readState(db);
      const res = await sendMessage('updateSettings', { plan, account });
      setPlanStatus(res.ok ? t('welcome.saved') : res.errors.map((e) => e.message).join('; '));
    },
    [db],
  );

  const onBackfill = useCallback(
    async (counts: BackfillCounts) => {
      const { account, settings } = await readState(db);
      const now = new Date();
      const timeZone = effectiveTimeZone(settings, browserZone());
      const r = backfillEntries(counts, { now, timeZone, weeklyMode: settings.weeklyMode });
      if (!r.ok) return r;
      let added = 0;
      for (const entry of r.entries) {
        const res = await sendMessage('addActivity', { ...entry, account });
        if (!res.ok) return res;
        added += res.added;
      }
      return { ok: true as const, added };
    },
    [db],
  );

  if (!state) return null;
  return (
    <WelcomeView
      plan={state.settings.plan}
      onPlan={(p) => void onPlan(p)}
      planStatus={planStatus}
      weeklyMode={state.settings.weeklyMode}
      onBackfill={onBackfill}
      addActivityHref="options.html#add-activity"
      activityHref="activity.html"
    />
  );
}
