// The options page's add-activity section: owns its I/O. It follows the account the page shows
// (given), else the one seen most recently, and today's date in the user's zone; the worker, the
// only writer, dates and stores the entries.
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { type AddActivityEntry, AddActivityForm } from '../../components/add-activity-form';
import type { PacerDb } from '../../lib/db/schema';
import { loadSettings } from '../../lib/db/settings-store';
import { localDateString } from '../../lib/domain/manual-entries';
import { effectiveTimeZone } from '../../lib/domain/settings';
import { t } from '../../lib/i18n/t';
import { UNKNOWN_ACCOUNT } from '../../lib/linkedin/urns';
import { sendMessage } from '../../lib/messaging';
import { accountLabel } from '../../lib/ui/format';

interface Seen {
  account: string | null;
  name?: string;
  today: string;
}

async function readSeen(db: PacerDb, shown: string | null | undefined, browserZone: string): Promise<Seen> {
  const accounts = await db.accounts.orderBy('lastSeenAt').reverse().toArray();
  const known = accounts.filter((a) => a.account !== UNKNOWN_ACCOUNT);
  const record = shown === undefined ? known[0] : known.find((a) => a.account === shown);
  const now = new Date();
  const settings = await loadSettings(db, now, record?.account ?? null);
  const today = localDateString(now, effectiveTimeZone(settings, browserZone));
  return record ? { account: record.account, name: accountLabel(record), today } : { account: null, today };
}

export function AddActivitySection({
  db,
  account,
  browserZone,
}: {
  db: PacerDb;
  /** The account the page shows; undefined: the one seen most recently. */
  account?: string | null;
  browserZone: string;
}) {
  const [seen, setSeen] = useState<Seen | null>(null);
  useEffect(() => {
    const sub = liveQuery(() => readSeen(db, account, browserZone)).subscribe({
      next: setSeen,
      error: () => setSeen(null),
    });
    return () => sub.unsubscribe();
  }, [db, account, browserZone]);

  const onAdd = useCallback(
    (entry: AddActivityEntry, to: string | null) => sendMessage('addActivity', { ...entry, account: to }),
    [],
  );

  return (
    <section id="add-activity" tabIndex={-1} aria-labelledby="add-activity-title">
      <h2 id="add-activity-title">{t('addActivity.title')}</h2>
      {seen ? (
        <AddActivityForm
          key={seen.today}
          account={seen.account}
          accountName={seen.name}
          today={seen.today}
          onAdd={onAdd}
        />
      ) : null}
      <p>
        <LogLink />
      </p>
    </section>
  );
}

/** "The activity log: everything Pacer counted…", the link wherever the language puts it. */
function LogLink() {
  const mark = '\u0001';
  const [before = '', after = ''] = t('addActivity.logNote', { link: mark }).split(mark);
  return (
    <>
      {before}
      <a href="activity.html">{t('addActivity.logLink')}</a>
      {after}
    </>
  );
}
