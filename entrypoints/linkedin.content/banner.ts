// Pacer's in-page banner next to LinkedIn's Send button: its text (pure) and its element (own shadow
// root for style isolation), light or dark as LinkedIn is. "Send anyway?" takes the focus (on
// Cancel, the safe answer) and Escape cancels. Words come from the browser's language (`t`), dates
// and numbers from its locale (Intl).
import type { LimitAction } from '../../lib/domain/activity';
import type { MeterId } from '../../lib/domain/limits';
import type { SendWarning } from '../../lib/domain/send-warnings';
import { formatCount, formatPattern } from '../../lib/i18n/intl-format';
import { refusalText } from '../../lib/i18n/refusal-text';
import { t } from '../../lib/i18n/t';
import { DARK_THEME, LIGHT_THEME } from '../../lib/linkedin/selectors';
import type { SendWarningsReply } from '../../lib/messaging';

type Zone = SendWarning['zone'];
const ZONES: readonly Zone[] = ['warn', 'red', 'over'];
const DAY_MS = 864e5;

export function worstZone(warnings: readonly SendWarning[]): Zone | null {
  let worst = -1;
  for (const w of warnings) worst = Math.max(worst, ZONES.indexOf(w.zone));
  return ZONES[worst] ?? null;
}

export const isRed = (warnings: readonly SendWarning[]): boolean =>
  warnings.some((w) => w.zone === 'red' || w.zone === 'over');

/** The browser's own time zone, for a reply whose zone is missing or unknown. */
const hostZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * "Mon 00:00" (or "Mon 12:00 AM", as the locale has it) within the coming 6 days, else "Tue 1 Dec",
 * in `timeZone` (the host's zone if that one is unknown).
 */
export function formatWhen(at: number, timeZone: string, now: number): string {
  const word = (zone: string) =>
    at - now < 6 * DAY_MS
      ? t('format.dateTime', {
          date: formatPattern(at, zone, 'weekday'),
          time: formatPattern(at, zone, 'time'),
        })
      : formatPattern(at, zone, 'date');
  try {
    return word(timeZone || hostZone());
  } catch {
    return word(hostZone());
  }
}

/** Whose refusal puts each meter in the red: a refused warning is worded after that action. */
const REFUSED_ACTION: Partial<Record<MeterId, LimitAction>> = {
  'invites-week': 'invite',
  'invites-day': 'invite',
  'invite-notes-month': 'invite-note',
  'messages-day': 'message',
  'messages-week': 'message',
  'inmails-balance': 'inmail',
  'inmails-day': 'inmail',
};

/** "Pacer: 93/100 invites this week" (and "Pacer: 93 invites this week" without a limit), per meter. */
function meterText(meter: MeterId, used: number, limit: number | null): string {
  const u = formatCount(used);
  const l = limit === null ? '' : formatCount(limit);
  const c = { count: u };
  switch (meter) {
    case 'invites-day':
      return limit === null
        ? t('banner.count.invitesDay', used, c)
        : t('banner.used.invitesDay', { used: u, limit: l });
    case 'invite-notes-month':
      return limit === null
        ? t('banner.count.notesMonth', used, c)
        : t('banner.used.notesMonth', { used: u, limit: l });
    case 'messages-day':
      return limit === null
        ? t('banner.count.messagesDay', used, c)
        : t('banner.used.messagesDay', { used: u, limit: l });
    case 'messages-week':
      return limit === null
        ? t('banner.count.messagesWeek', used, c)
        : t('banner.used.messagesWeek', { used: u, limit: l });
    case 'inmails-day':
      return limit === null
        ? t('banner.count.inmailsDay', used, c)
        : t('banner.used.inmailsDay', { used: u, limit: l });
    default:
      // The invite dialog's own meter; no other meter is warned about on a composer.
      return limit === null
        ? t('banner.count.invitesWeek', used, c)
        : t('banner.used.invitesWeek', { used: u, limit: l });
  }
}

/** One banner line per warning. */
export function warningText(w: SendWarning, timeZone: string, now: number): string {
  const when = (at: number) => formatWhen(at, timeZone, now);
  const reset =
    w.resetsAt !== null
      ? w.meter.startsWith('inmails')
        ? t('banner.refills', { when: when(w.resetsAt) })
        : t('banner.resets', { when: when(w.resetsAt) })
      : w.nextFreeAt !== null
        ? t('banner.nextFree', { when: when(w.nextFreeAt) })
        : null;
  const withReset = (text: string) => (reset === null ? text : t('banner.withReset', { text, reset }));
  const limit = w.limit === null ? '?' : formatCount(w.limit);
  switch (w.reason) {
    case 'note-too-long':
      return t('banner.noteTooLong', { used: formatCount(w.used), limit });
    case 'note-quota':
      return withReset(t('banner.noteQuota', { used: formatCount(w.used), limit }));
    case 'no-credits':
      return withReset(t('banner.noCredits'));
    // LinkedIn Help, "Types of restrictions for sending invitations": both come from there
    case 'cooldown':
      return t('banner.cooldown', { when: when(w.nextFreeAt ?? now) });
    case 'connection-cap':
      return t('banner.connectionCap', { count: formatCount(w.used), cap: formatCount(w.limit ?? 0) });
    case 'refused':
      return withReset(refusalText(w.refusalCode ?? '', REFUSED_ACTION[w.meter]));
    default: {
      if (w.meter !== 'inmails-balance') return withReset(meterText(w.meter, w.used, w.limit));
      const left = w.remaining ?? 0;
      return withReset(t('banner.creditsLeft', left, { count: formatCount(left) }));
    }
  }
}

const CSS = `:host{all:initial;display:block;margin:6px 0;font:13px/1.4 system-ui,sans-serif;color:#1d1d1d}
.b{border:1px solid #e0a800;background:#fff8e1;border-radius:6px;padding:6px 10px}
.red{border-color:#c62828;background:#fdecea}
p{margin:0}
.q{margin-top:6px;display:flex;gap:8px;align-items:center;flex-wrap:wrap}
button{font:inherit;color:inherit;border-radius:12px;padding:2px 10px;cursor:pointer;border:1px solid #555;background:#fff}
button.s{background:#c62828;border-color:#c62828;color:#fff}
button:focus-visible{outline:2px solid #0a66c2;outline-offset:2px}
:host([data-theme=dark]){color:#e8e8e8}
:host([data-theme=dark]) .b{border-color:#c9a227;background:#3a3113}
:host([data-theme=dark]) .red{border-color:#ff7b72;background:#4a1d1b}
:host([data-theme=dark]) button{border-color:#aaa;background:#1d2226}
:host([data-theme=dark]) button.s{background:#d93025;border-color:#ff7b72;color:#fff}
:host([data-theme=dark]) button:focus-visible{outline-color:#71b7fb}`;

/** LinkedIn's theme: its class on <html> when it sets one, else the browser's preference. */
export function pageTheme(doc: Document = document): 'dark' | 'light' {
  const html = doc.documentElement;
  if (html.matches(DARK_THEME)) return 'dark';
  if (html.matches(LIGHT_THEME)) return 'light';
  try {
    return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

export interface Banner {
  host: HTMLElement;
  render(reply: SendWarningsReply, asking: boolean, now: number): void;
}

/** Pacer's banner element (not yet in the page). `onSend`/`onCancel` answer the "Send anyway?" prompt. */
export function createBanner(onSend: () => void, onCancel: () => void): Banner {
  const host = document.createElement('div');
  host.setAttribute('data-pacer-banner', '');
  const root = host.attachShadow({ mode: 'open' });
  const stop = (e: Event) => e.stopPropagation();
  // The banner sits inside LinkedIn's form/modal: its clicks and keys are Pacer's, not the page's.
  root.addEventListener('keydown', (e) => {
    stop(e);
    // Escape answers "Send anyway?" with Cancel (and does not close LinkedIn's dialog under it).
    if ((e as KeyboardEvent).key === 'Escape' && host.hasAttribute('data-pacer-confirm')) {
      e.preventDefault();
      try {
        onCancel();
      } catch {
        // never throw into the page
      }
    }
  });
  root.addEventListener('click', (e) => {
    stop(e);
    try {
      const act = (e.target as Element | null)?.closest?.('button')?.getAttribute('data-act');
      if (act === 'send') onSend();
      else if (act === 'cancel') onCancel();
    } catch {
      // never throw into the page
    }
  });
  return {
    host,
    render(reply, asking, now) {
      const zone = worstZone(reply.warnings) ?? 'warn';
      const red = zone !== 'warn';
      host.setAttribute('data-zone', zone);
      host.setAttribute('role', red ? 'alert' : 'status');
      host.setAttribute('data-theme', pageTheme(host.ownerDocument));
      // The question takes the focus when it opens, and keeps it across re-renders.
      const takeFocus = asking && (!host.hasAttribute('data-pacer-confirm') || root.activeElement !== null);
      if (asking) host.setAttribute('data-pacer-confirm', 'open');
      else host.removeAttribute('data-pacer-confirm');
      const box = document.createElement('div');
      box.className = red ? 'b red' : 'b';
      // Two meters refused by the same LinkedIn answer read the same: one line each, once.
      for (const line of new Set(reply.warnings.map((w) => warningText(w, reply.timeZone, now)))) {
        const p = document.createElement('p');
        p.textContent = line;
        box.append(p);
      }
      if (asking) {
        const q = document.createElement('div');
        q.className = 'q';
        const ask = document.createElement('strong');
        ask.textContent = t('banner.ask');
        q.setAttribute('role', 'group');
        q.setAttribute('aria-label', t('banner.ask'));
        const cancel = button('cancel', t('banner.cancel'), '');
        q.append(ask, button('send', t('banner.sendAnyway'), 's'), cancel);
        box.append(q);
        // After the page places the host (composer-watch puts it in just after rendering).
        if (takeFocus) queueMicrotask(() => cancel.isConnected && cancel.focus());
      }
      const style = document.createElement('style');
      style.textContent = CSS;
      root.replaceChildren(style, box);
    },
  };
}

function button(act: string, text: string, cls: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = cls;
  b.setAttribute('data-act', act);
  b.textContent = text;
  return b;
}
