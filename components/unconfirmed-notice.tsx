// The popup's notice that Pacer may be blind: Send clicks that no recognised send or refusal followed
// (counted anyway), with the request paths and statuses seen around each, and a button that hands a
// plain-text report to the page to copy. Props in, callbacks out.
import type { UnconfirmedSend } from '../lib/domain/unconfirmed';
import { t } from '../lib/i18n/t';
import { formatCount, formatWhen } from '../lib/ui/format';
import { kindText, offsetWords, statusText } from '../lib/ui/unconfirmed-report';

export interface UnconfirmedNoticeProps {
  /** The unconfirmed sends to mention, newest first (none: no notice). */
  sends: readonly UnconfirmedSend[];
  now: Date;
  timeZone: string;
  onCopy?: () => void;
  /** What the last copy did: shown next to the button. */
  copied?: 'copied' | 'failed' | null;
}

export function UnconfirmedNotice({ sends, now, timeZone, onCopy, copied = null }: UnconfirmedNoticeProps) {
  const [latest] = sends;
  if (!latest) return null;
  const n = sends.length;
  return (
    <section class="notice" data-notice="unconfirmed" role="status" aria-label={t('unconfirmed.label')}>
      <details class="diagnostics">
        <summary>
          <strong>{t('unconfirmed.headline')}</strong>{' '}
          {t('unconfirmed.summary', n, { count: formatCount(n) })}
        </summary>
        <p>
          {t('unconfirmed.latest', {
            kind: kindText(latest),
            when: formatWhen(new Date(latest.clickAt), now, timeZone),
          })}
        </p>
        <ol data-diagnostics>
          {sends.map((s) => (
            <li key={s.key} data-unconfirmed={s.kind} data-at={new Date(s.clickAt).toISOString()}>
              <span class="diag-title">
                {kindText(s)} · {formatWhen(new Date(s.clickAt), now, timeZone, true)}
              </span>
              {s.requests.length === 0 ? (
                <span class="muted"> {t('unconfirmed.noRequest')}</span>
              ) : (
                <ul>
                  {s.requests.map((r) => (
                    <li key={`${r.path} ${r.status}`} data-path={r.path} data-status={r.status}>
                      <span class="diag-when">{offsetWords(r.ms)}</span>{' '}
                      <span class="diag-status">{statusText(r.status)}</span> <code>{r.path}</code>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
        <p class="diag-actions">
          <button type="button" class="link-button" data-action="copy" onClick={onCopy}>
            {t('unconfirmed.copy')}
          </button>{' '}
          {copied === 'copied' ? <span role="status">{t('unconfirmed.copied')}</span> : null}
          {copied === 'failed' ? <span role="alert">{t('unconfirmed.copyFailed')}</span> : null}
        </p>
        <p class="muted">{t('unconfirmed.privacy')}</p>
      </details>
    </section>
  );
}
