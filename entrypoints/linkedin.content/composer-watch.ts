// The pre-send warning: watches for LinkedIn's invite modal and message/InMail composers, works out
// the matching warnings (ask-warnings.ts) and shows Pacer's banner next to the Send button. In the red,
// the user's own Send click (or Enter in a message) first asks "Send anyway?"; "Send anyway" lets that
// click through to LinkedIn's own button. Pacer never sends anything itself and never blocks silently.
// Anything unrecognised: do nothing. Nothing here may throw into the page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type Composer, findComposers, openShadowRoots, WATCH_SELECTOR } from '../../lib/linkedin/composers';
import { PACER_BANNER } from '../../lib/linkedin/selectors';
import type { SendWarningsReply } from '../../lib/messaging';
import { askSendWarnings } from './ask-warnings';
import { type Banner, createBanner, isRed } from './banner';

const SCAN_DELAY_MS = 100;
const CLICK_RESCAN_MS = 400;
const NOTE_DEBOUNCE_MS = 250;
const AFTER_SEND_MS = 1500;

type Timer = ReturnType<typeof setTimeout>;

interface Tracked {
  c: Composer;
  reply: SendWarningsReply | null;
  banner: Banner | null;
  /** Bumped per query: an older answer arriving late is ignored. */
  seq: number;
  noteLength: number | undefined;
  /** The "Send anyway?" prompt is showing. */
  asking: boolean;
  /** The next Send click is the confirmed one: let it through. */
  pass: boolean;
  noteTimer: Timer | null;
}

function safe(fn: () => void): void {
  try {
    fn();
  } catch {
    // Never break LinkedIn's page.
  }
}

const isElement = (n: Node): n is Element => n.nodeType === 1;

/** Text length in code points, as the meter counts a note. */
export function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function textOf(el: Element | undefined): string {
  if (!el) return '';
  return typeof (el as HTMLTextAreaElement).value === 'string'
    ? (el as HTMLTextAreaElement).value
    : (el.textContent ?? '');
}

/**
 * `beforeAsk`: resolves once this tab's own sends so far are stored (the meters include them).
 * `onSend`: the user's own click on a composer's Send went through to LinkedIn.
 */
export function watchComposers(
  ctx: ContentScriptContext,
  beforeAsk = () => Promise.resolve(),
  onSend: (c: Composer) => void = () => {},
): void {
  safe(() => watch(ctx, beforeAsk, onSend));
}

function watch(
  ctx: ContentScriptContext,
  beforeAsk: () => Promise<void>,
  onSend: (c: Composer) => void,
): void {
  const tracked = new Map<Element, Tracked>();
  const observed = new WeakSet<Node>();
  const timers = new Set<Timer>();
  let scanTimer: Timer | null = null;
  const alive = () => !ctx.signal.aborted;

  const later = (fn: () => void, ms: number): Timer => {
    const id = setTimeout(() => {
      timers.delete(id);
      if (alive()) safe(fn);
    }, ms);
    timers.add(id);
    return id;
  };
  const cancel = (id: Timer | null) => {
    if (id === null) return;
    clearTimeout(id);
    timers.delete(id);
  };
  const schedule = (ms = SCAN_DELAY_MS) => {
    if (scanTimer === null)
      scanTimer = later(() => {
        scanTimer = null;
        scan();
      }, ms);
  };

  const observer = new MutationObserver((records) => safe(() => records.some(relevant) && schedule()));
  const observe = (n: Node) => {
    if (observed.has(n)) return;
    observed.add(n);
    observer.observe(n, { childList: true, subtree: true });
  };

  /** Cheap filter: only nodes that are or hold a dialog/form/shadow host, or a tracked composer leaving. */
  function relevant(r: MutationRecord): boolean {
    for (const n of r.addedNodes) {
      if (!isElement(n) || n.matches(PACER_BANNER)) continue;
      if (n.shadowRoot || n.matches(WATCH_SELECTOR) || n.querySelector(WATCH_SELECTOR)) return true;
    }
    if (r.removedNodes.length > 0) {
      for (const t of tracked.values()) if (!t.c.sendButton.isConnected) return true;
    }
    return false;
  }

  function scan(): void {
    const scopes: ParentNode[] = [document];
    for (const sr of openShadowRoots(document)) {
      observe(sr);
      scopes.push(sr);
    }
    const seen = new Set<Element>();
    for (const scope of scopes) {
      for (const c of findComposers(scope, false)) {
        if (seen.has(c.container)) continue;
        seen.add(c.container);
        safe(() => update(c));
      }
    }
    for (const t of [...tracked.values()]) if (!seen.has(t.c.container)) drop(t);
  }

  function update(c: Composer): void {
    let t = tracked.get(c.container);
    if (t && t.c.surface !== c.surface) {
      drop(t);
      t = undefined;
    }
    if (!t) {
      const fresh: Tracked = {
        c,
        reply: null,
        banner: null,
        seq: 0,
        noteLength: noteLength(c),
        asking: false,
        pass: false,
        noteTimer: null,
      };
      tracked.set(c.container, fresh);
      query(fresh);
      return;
    }
    const moved = t.c.sendButton !== c.sendButton;
    t.c = c;
    if (moved) place(t);
    const n = noteLength(c);
    if (n !== t.noteLength) {
      t.noteLength = n;
      query(t);
    }
  }

  function drop(t: Tracked): void {
    t.seq++;
    cancel(t.noteTimer);
    t.banner?.host.remove();
    t.banner = null;
    if (tracked.get(t.c.container) === t) tracked.delete(t.c.container);
  }

  function noteLength(c: Composer): number | undefined {
    return c.surface === 'invite' && c.noteField ? codePoints(textOf(c.noteField)) : undefined;
  }

  function query(t: Tracked): void {
    const seq = ++t.seq;
    const data =
      t.noteLength === undefined
        ? { surface: t.c.surface }
        : { surface: t.c.surface, noteLength: t.noteLength };
    safe(() => {
      beforeAsk()
        .then(() => askSendWarnings(data))
        .then(
          (answer) =>
            safe(() => {
              if (seq !== t.seq || !alive() || tracked.get(t.c.container) !== t) return;
              t.reply = answer;
              if (!mustAsk(t)) t.asking = false;
              render(t);
            }),
          () => {}, // background asleep or gone: no banner
        );
    });
  }

  function render(t: Tracked): void {
    const reply = t.reply;
    if (!reply || reply.warnings.length === 0) {
      t.banner?.host.remove();
      t.banner = null;
      t.asking = false;
      return;
    }
    t.banner ??= createBanner(
      () => safe(() => sendAnyway(t)),
      () => safe(() => ask(t, false)),
    );
    t.banner.render(reply, t.asking, Date.now());
    place(t);
  }

  /** Pacer's only change to the page: its banner, just before the Send button's container. */
  function place(t: Tracked): void {
    const host = t.banner?.host;
    if (!host) return;
    const button = t.c.sendButton;
    const parent = button.parentElement;
    const anchor = parent && parent !== t.c.container ? parent : button;
    if (host.nextSibling !== anchor) anchor.before(host);
  }

  const mustAsk = (t: Tracked): boolean => t.reply?.confirm === true && isRed(t.reply.warnings);

  function ask(t: Tracked, asking: boolean): void {
    t.asking = asking;
    render(t);
  }

  function sendAnyway(t: Tracked): void {
    ask(t, false);
    // LinkedIn may have re-rendered its button while the prompt was open.
    if (!t.c.sendButton.isConnected) scan();
    const now = tracked.get(t.c.container) ?? t;
    now.pass = true;
    try {
      now.c.sendButton.click();
    } finally {
      now.pass = false;
    }
  }

  function afterSend(t: Tracked): void {
    later(() => tracked.get(t.c.container) === t && query(t), AFTER_SEND_MS);
  }

  function hit(e: Event, pick: (t: Tracked) => Element | undefined): Tracked | undefined {
    const path = e.composedPath();
    for (const t of tracked.values()) {
      const el = pick(t);
      if (el && path.includes(el)) return t;
    }
    return undefined;
  }

  const stop = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  // Capture phase on window: runs before LinkedIn's own (delegated or direct) handlers.
  ctx.addEventListener(
    window,
    'click',
    (e) =>
      safe(() => {
        let t = hit(e, (x) => x.c.sendButton);
        if (!t) {
          schedule(CLICK_RESCAN_MS); // a click may open a composer (shadow roots included)
          // A Send clicked before the scan found its composer (a quick hand): look now, so it counts.
          if (!e.composedPath().some((n) => n instanceof Element && n.matches('button,[role="button"]')))
            return;
          scan();
          t = hit(e, (x) => x.c.sendButton);
          if (!t) return;
        }
        // The user's own click (or Pacer's "Send anyway", which is theirs), never a page script's.
        const own = e.isTrusted || t.pass;
        if (t.pass) {
          t.pass = false;
        } else if (mustAsk(t)) {
          stop(e);
          return ask(t, true);
        }
        afterSend(t);
        if (own && !t.c.sendButton.matches(':disabled,[aria-disabled="true"]')) safe(() => onSend(t.c));
      }),
    { capture: true },
  );

  // Enter (or Ctrl/⌘+Enter) in a message body may send: same question in the red.
  ctx.addEventListener(
    window,
    'keydown',
    (e) =>
      safe(() => {
        if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.isComposing) return;
        const t = hit(e, (x) => (x.c.surface === 'invite' ? undefined : x.c.noteField));
        if (!t || t.pass || !mustAsk(t) || !textOf(t.c.noteField).trim()) return;
        stop(e);
        ask(t, true);
      }),
    { capture: true },
  );

  ctx.addEventListener(
    window,
    'input',
    (e) =>
      safe(() => {
        const t = hit(e, (x) => (x.c.surface === 'invite' ? x.c.noteField : undefined));
        if (!t) return;
        cancel(t.noteTimer);
        t.noteTimer = later(() => {
          t.noteTimer = null;
          const n = noteLength(t.c);
          if (n !== t.noteLength && tracked.get(t.c.container) === t) {
            t.noteLength = n;
            query(t);
          }
        }, NOTE_DEBOUNCE_MS);
      }),
    { capture: true },
  );

  ctx.onInvalidated(() =>
    safe(() => {
      observer.disconnect();
      for (const id of timers) clearTimeout(id);
      timers.clear();
      for (const t of [...tracked.values()]) drop(t);
    }),
  );

  observe(document);
  schedule(0);
}
