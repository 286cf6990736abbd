// The activity log: what Pacer counted, newest first, a page at a time, filterable by kind and
// account; each row can be removed. Props in, callbacks out: the page reads the store and sends the
// removals to the worker. Never any message, note or subject text: Pacer stores none.
import { LOG_KINDS, type LogKind } from '../lib/domain/log-kinds';
import { t } from '../lib/i18n/t';
import { type ActivityRow, logKindLabel, sourceLabel } from '../lib/ui/activity-row';
import { accountLabel, formatCount } from '../lib/ui/format';

export interface LogFilter {
  kind: LogKind | null;
  account: string | null;
}

export interface ActivityLogProps {
  rows: readonly ActivityRow[] | null;
  accounts: readonly { account: string; slug?: string }[];
  filter: LogFilter;
  onFilter: (filter: LogFilter) => void;
  /** 1 for the newest page. */
  page: number;
  hasOlder: boolean;
  onOlder: () => void;
  onNewer: () => void;
  onRemove: (key: string) => void;
  /** What the last removal came to, for the status line. */
  status?: string;
  /** The zone the times are shown in. */
  timeZone: string;
}

export function ActivityLog({
  rows,
  accounts,
  filter,
  onFilter,
  page,
  hasOlder,
  onOlder,
  onNewer,
  onRemove,
  status,
  timeZone,
}: ActivityLogProps) {
  return (
    <section class="activity-log" aria-label={t('log.listLabel')}>
      <form name="activity-filter" class="log-filter" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('log.kindFilter')}{' '}
          <select
            name="kind"
            value={filter.kind ?? ''}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              onFilter({ ...filter, kind: v === '' ? null : (v as LogKind) });
            }}
          >
            <option value="">{t('log.all')}</option>
            {LOG_KINDS.map((k) => (
              <option key={k} value={k}>
                {logKindLabel(k)}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('log.accountFilter')}{' '}
          <select
            name="account"
            value={filter.account ?? ''}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              onFilter({ ...filter, account: v === '' ? null : v });
            }}
          >
            <option value="">{t('log.all')}</option>
            {accounts.map((a) => (
              <option key={a.account} value={a.account}>
                {accountLabel(a)}
              </option>
            ))}
          </select>
        </label>
        <span class="muted"> {t('log.timesIn', { zone: timeZone })}</span>
      </form>
      <p role="status" aria-live="polite" class="status">
        {status ?? ''}
      </p>
      {rows === null ? (
        <p class="muted">{t('log.reading')}</p>
      ) : rows.length === 0 ? (
        <p class="muted">{page > 1 ? t('log.nothingOlder') : t('log.nothingYet')}</p>
      ) : (
        <ol class="log-rows">
          {rows.map((r) => (
            <li
              key={r.key}
              class="log-row"
              data-activity={r.key}
              data-kind={r.kind}
              data-at={r.at}
              data-source={r.source}
              data-note={r.withNote === null ? undefined : r.withNote ? 'yes' : 'no'}
              data-unconfirmed={r.unconfirmed ? 'true' : undefined}
            >
              <time dateTime={r.at} class="log-when">
                {r.when}
              </time>
              <span class="log-kind">{r.kindLabel}</span>
              <span class="log-detail">
                {r.note ? <span class="log-note">{r.note}</span> : null}
                {r.unconfirmed ? (
                  <span class="log-unconfirmed" title={t('log.unconfirmedTitle')}>
                    {t('log.unconfirmed')}
                  </span>
                ) : null}
                {r.href ? (
                  <a href={r.href} target="_blank" rel="noopener noreferrer" class="log-counterpart">
                    {r.counterpart}
                  </a>
                ) : r.counterpart ? (
                  <span class="log-counterpart muted">{r.counterpart}</span>
                ) : null}
              </span>
              <span class="log-source muted">{sourceLabel(r.source)}</span>
              <button
                type="button"
                data-action="remove"
                aria-label={t('log.removeLabel', { kind: r.kindLabel, when: r.when })}
                onClick={() => onRemove(r.key)}
              >
                {t('log.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <nav class="log-pages" aria-label={t('log.pages')}>
        <button type="button" data-action="newer" disabled={page <= 1} onClick={onNewer}>
          {t('log.newer')}
        </button>{' '}
        <span class="muted">{t('log.page', { page: formatCount(page) })}</span>{' '}
        <button type="button" data-action="older" disabled={!hasOlder} onClick={onOlder}>
          {t('log.older')}
        </button>
      </nav>
    </section>
  );
}
