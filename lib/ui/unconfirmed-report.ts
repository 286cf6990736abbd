// The plain-text report of unconfirmed sends a user pastes into a bug report: kinds, instants,
// request paths and statuses only (what the worker kept: no query string, body or text).
import type { SeenRequest, UnconfirmedSend } from '../domain/unconfirmed';

const KIND_WORDS: Record<UnconfirmedSend['kind'], string> = {
  invite: 'invite',
  message: 'message',
  inmail: 'InMail',
};

export const kindWord = (s: Pick<UnconfirmedSend, 'kind' | 'withNote'>): string =>
  s.kind === 'invite' && s.withNote ? 'invite with a note' : KIND_WORDS[s.kind];

/** "+350 ms", "-400 ms": when a request started, relative to the click. */
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
