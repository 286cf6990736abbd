// Pacer's in-page banner next to LinkedIn's Send button: its text (pure) and its element (own shadow
// root for style isolation), light or dark as LinkedIn is. "Send anyway?" takes the focus (on
// Cancel, the safe answer) and Escape cancels. Times are formatted with Intl: this script runs on
// every LinkedIn page.
import type { LimitAction } from '../../lib/domain/activity';
import type { MeterId } from '../../lib/domain/limits';
import type { SendWarning } from '../../lib/domain/send-warnings';
import { refusalText } from '../../lib/i18n/refusal-text';
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

/** "Mon 00:00" within the coming 6 days, else "Tue 1 Dec", in `timeZone` (host zone if invalid). */
export function formatWhen(at: number, timeZone: string, now: number): string {
  const soon = at - now < 6 * DAY_MS;
  const opts: Intl.DateTimeFormatOptions = soon
    ? { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
    : { weekday: 'short', day: 'numeric', month: 'short' };
  try {
    return new Intl.DateTimeFormat('en-GB', { ...opts, timeZone: timeZone || undefined }).format(at);
  } catch {
    return new Intl.DateTimeFormat('en-GB', opts).format(at);
  }
}

/** "Invites this week" → "invites this week"; "InMail credits" stays. */
const lower = (label: string) =>
  /^[A-Z][a-z]/.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label;

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

/** One banner line per warning. */
export function warningText(w: SendWarning, timeZone: string, now: number): string {
  const at = (t: number | null, verb: string) =>
    t === null ? '' : ` · ${verb} ${formatWhen(t, timeZone, now)}`;
  const reset =
    at(w.resetsAt, w.meter.startsWith('inmails') ? 'refills' : 'resets') || at(w.nextFreeAt, 'next free');
  const noun = lower(String(w.label || w.meter));
  switch (w.reason) {
    case 'note-too-long':
      return `Note is ${w.used} characters; your plan allows ${w.limit ?? '?'}`;
    case 'note-quota':
      return `${w.used}/${w.limit ?? '?'} personalized notes used this month${reset}`;
    case 'no-credits':
      return `No InMail credits left${reset}`;
    // LinkedIn Help, "Types of restrictions for sending invitations": both come from there
    case 'cooldown':
      return `Invitation to this person withdrawn less than 3 weeks ago: LinkedIn blocks a new one until ${formatWhen(w.nextFreeAt ?? now, timeZone, now)}`;
    case 'connection-cap':
      return `Pacer: ${w.used.toLocaleString('en-US')} of LinkedIn's ${(w.limit ?? 0).toLocaleString('en-US')} connections; at the cap the Connect button turns into Follow`;
    case 'refused':
      return `${refusalText(w.refusalCode ?? '', REFUSED_ACTION[w.meter])}${reset}`;
    default:
      if (w.meter === 'inmails-balance') return `Pacer: ${w.remaining ?? 0} InMail credits left${reset}`;
      return `Pacer: ${w.used}${w.limit === null ? '' : `/${w.limit}`} ${noun}${reset}`;
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
        ask.textContent = 'Send anyway?';
        q.setAttribute('role', 'group');
        q.setAttribute('aria-label', 'Send anyway?');
        const cancel = button('cancel', 'Cancel', '');
        q.append(ask, button('send', 'Send anyway', 's'), cancel);
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
