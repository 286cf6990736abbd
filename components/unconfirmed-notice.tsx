// The popup's notice that Pacer may be blind: Send clicks that no recognised send or refusal followed
// (counted anyway), with the request paths and statuses seen around each, and a button that hands a
// plain-text report to the page to copy. Props in, callbacks out.
import type { UnconfirmedSend } from '../lib/domain/unconfirmed';
import { formatWhen } from '../lib/ui/format';
import { kindWord, offsetText, statusText } from '../lib/ui/unconfirmed-report';

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
    <section class="notice" data-notice="unconfirmed" role="status" aria-label="Unconfirmed sends">
      <details class="diagnostics">
        <summary>
          <strong>LinkedIn may have changed how it sends.</strong> {n} Send click{n === 1 ? '' : 's'} without
          an answer Pacer recognised; counted anyway.
        </summary>
        <p>
          In the last 7 days; latest: {kindWord(latest)},{' '}
          {formatWhen(new Date(latest.clickAt), now, timeZone)}. The meters may be a little high.
        </p>
        <ol data-diagnostics>
          {sends.map((s) => (
            <li key={s.key} data-unconfirmed={s.kind} data-at={new Date(s.clickAt).toISOString()}>
              <span class="diag-title">
                {kindWord(s)} · {formatWhen(new Date(s.clickAt), now, timeZone, true)}
              </span>
              {s.requests.length === 0 ? (
                <span class="muted"> no request seen</span>
              ) : (
                <ul>
                  {s.requests.map((r) => (
                    <li key={`${r.path} ${r.status}`} data-path={r.path} data-status={r.status}>
                      <span class="diag-when">{offsetText(r.ms)}</span>{' '}
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
            Copy
          </button>{' '}
          {copied === 'copied' ? <span role="status">Copied: paste it into a bug report.</span> : null}
          {copied === 'failed' ? (
            <span role="alert">Could not copy; select the list above instead.</span>
          ) : null}
        </p>
        <p class="muted">Paths and statuses only: no message, note or query string.</p>
      </details>
    </section>
  );
}
