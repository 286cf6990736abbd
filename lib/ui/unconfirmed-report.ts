// The plain-text report of unconfirmed sends a user pastes into a bug report: kinds, instants,
// request paths and statuses only (what the worker kept: no query string, body or text). The
// report stays in English, like the CSV export: it is read by whoever fixes the bug, next to
// LinkedIn's request paths. The notice around it speaks the user's language (`kindText`, `offsetWords`).
import type { SeenRequest, UnconfirmedSend } from '../domain/unconfirmed';
import { t } from '../i18n/t';
import { formatCount } from './format';

const KIND_WORDS: Record<UnconfirmedSend['kind'], string> = {
  invite: 'invite',
  message: 'message',
  inmail: 'InMail',
};

export const kindWord = (s: Pick<UnconfirmedSend, 'kind' | 'withNote'>): string =>
  s.kind === 'invite' && s.withNote ? 'invite with a note' : KIND_WORDS[s.kind];

/** The kind of send in the user's words: "invite with a note", "InMail". */
export function kindText(s: Pick<UnconfirmedSend, 'kind' | 'withNote'>): string {
  if (s.kind === 'invite')
    return s.withNote ? t('unconfirmed.kind.inviteNote') : t('unconfirmed.kind.invite');
  return s.kind === 'message' ? t('unconfirmed.kind.message') : t('unconfirmed.kind.inmail');
}

/** "+350 ms" in the user's locale (the notice's diagnostics). */
export const offsetWords = (ms: number): string =>
  t('unconfirmed.offset', { offset: `${ms < 0 ? '-' : '+'}${formatCount(Math.abs(ms))}` });

/** "+350 ms", "-400 ms": when a request started, relative to the click (the report). */
export const offsetText = (ms: number): string => `${ms < 0 ? '-' : '+'}${Math.abs(ms)} ms`;

/** "201", or "?" when the browser did not tell. */
export const statusText = (status: number): string => (status > 0 ? String(status) : '?');

export const requestLine = (r: SeenRequest): string =>
  `${offsetText(r.ms)}  ${statusText(r.status)}  ${r.path}`;

/** The report, newest send first. */
export function unconfirmedReport(sends: readonly UnconfirmedSend[], version: string): string {
  const lines = [
    `Pacer ${version}: ${sends.length} Send click${sends.length === 1 ? '' : 's'} without a send or refusal Pacer recognised`,
    'Each was counted as an unconfirmed send. Requests the tab made around the click (path, HTTP status):',
  ];
  for (const s of sends) {
    lines.push('', `${kindWord(s)} · clicked ${new Date(s.clickAt).toISOString()}`);
    if (s.requests.length === 0) lines.push('  (no request seen)');
    for (const r of s.requests) lines.push(`  ${requestLine(r)}`);
  }
  return `${lines.join('\n')}\n`;
}
