// Finds LinkedIn's open send composers (invite modal, message and InMail composers) in a DOM tree,
// open shadow roots included. Pure: DOM in, data out; reads only, never changes the page. Markup it
// does not recognise yields nothing. The selectors and words are data in ./selectors.ts.
import {
  DIALOGS,
  INMAIL_SUBJECT,
  INMAIL_SUBJECT_LABELS,
  INVITE_ADD_NOTE_LABELS,
  INVITE_MODAL_MARKERS,
  INVITE_NOTE_FIELD,
  INVITE_SEND_CLASS,
  INVITE_SEND_LABELS,
  INVITE_SEND_SUBMIT,
  MESSAGE_FIELD,
  MESSAGE_FORMS,
  MESSAGE_SEND,
  MESSAGING_DIALOG_LABELS,
  NOT_COMPOSERS,
  NOT_SEND_WORDS,
  PACER_BANNER,
  SEND_LABELS,
  SEND_WORDS,
  type SelectorList,
  SHADOW_HOSTS,
} from './selectors';
import type { SendSurface } from './vocabulary';

export interface Composer {
  surface: SendSurface;
  /** LinkedIn's own Send button. */
  sendButton: HTMLElement;
  /** The invite note textarea, or the message body box (where Enter may send). */
  noteField?: HTMLTextAreaElement | HTMLElement;
  /** The modal (invite) or the form (message, InMail): one composer per container. */
  container: Element;
}

const join = (s: SelectorList): string => (typeof s === 'string' ? s : s.join(','));

/** Lower-case, trimmed, single-spaced, curly apostrophes folded: how labels are compared. */
export function normalizeLabel(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const labelSet = (list: readonly string[]) => new Set(list.map(normalizeLabel));
const INVITE_LABELS = labelSet(INVITE_SEND_LABELS);
const GENERIC_SEND = labelSet(SEND_LABELS);
const ADD_NOTE = labelSet(INVITE_ADD_NOTE_LABELS);
const MESSAGING_LABELS = labelSet(MESSAGING_DIALOG_LABELS);
const SUBJECT_PREFIXES = INMAIL_SUBJECT_LABELS.map(normalizeLabel);

const DIALOG_SEL = join(DIALOGS);
const INVITE_CANDIDATES = join([...DIALOGS, ...INVITE_MODAL_MARKERS]);
const MESSAGE_FORM_SEL = join(MESSAGE_FORMS);
const MESSAGE_FIELD_SEL = join(MESSAGE_FIELD);
const EDITABLE = '[contenteditable="true"]';
const NOT_COMPOSER_SEL = join(NOT_COMPOSERS);
const MARKER_SEL = join(INVITE_MODAL_MARKERS);
const SUBJECT_SEL = join(INMAIL_SUBJECT);

/** Anything whose arrival may open or change a composer: what the DOM watcher reacts to. */
export const WATCH_SELECTOR = join([
  ...SHADOW_HOSTS,
  ...DIALOGS,
  ...INVITE_MODAL_MARKERS,
  ...INVITE_NOTE_FIELD,
  ...MESSAGE_FORMS,
  '[contenteditable="true"][role="textbox"]',
  ...INMAIL_SUBJECT,
]);

/** The element's accessible name as we read it: aria-label, else its text. */
function labelOf(el: Element): string {
  return normalizeLabel(el.getAttribute('aria-label') ?? el.textContent);
}

function all(scope: ParentNode, selector: string): Element[] {
  const found = Array.from(scope.querySelectorAll(selector));
  if (isElement(scope) && scope.matches(selector)) found.unshift(scope);
  return found;
}

function isElement(n: unknown): n is Element {
  return typeof n === 'object' && n !== null && (n as Node).nodeType === 1;
}

function buttons(scope: ParentNode): HTMLElement[] {
  return all(scope, 'button,[role="button"]') as HTMLElement[];
}

/** Every open shadow root under `root` (recursively), Pacer's own banners excluded. */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const walk = (scope: ParentNode) => {
    for (const el of all(scope, '*')) {
      const sr = el.shadowRoot;
      if (sr && !el.matches(PACER_BANNER)) {
        out.push(sr);
        walk(sr);
      }
    }
  };
  walk(root);
  return out;
}

/**
 * The open composers under `root`, searching open shadow roots too (`deep`, the default).
 * With `deep: false` only `root`'s own tree is searched (the caller tracks shadow roots itself).
 */
export function findComposers(root: ParentNode, deep = true): Composer[] {
  const out: Composer[] = [];
  const scopes: ParentNode[] = [root, ...(deep ? openShadowRoots(root) : [])];
  for (const scope of scopes) {
    for (const c of composersIn(scope)) {
      if (!out.some((o) => o.sendButton === c.sendButton)) out.push(c);
    }
  }
  return out;
}

function composersIn(scope: ParentNode): Composer[] {
  const out: Composer[] = [];
  const forms = new Set<Element>(all(scope, MESSAGE_FORM_SEL));
  for (const d of all(scope, DIALOG_SEL)) {
    if (!MESSAGING_LABELS.has(normalizeLabel(d.getAttribute('aria-label')))) continue;
    for (const f of all(d, 'form')) if (f.querySelector(MESSAGE_FIELD_SEL)) forms.add(f);
  }
  for (const form of forms) {
    const c = messageComposer(form);
    if (c) out.push(c);
  }
  // Innermost candidates first: an outer overlay and its inner modal resolve to the same Send button.
  for (const d of all(scope, INVITE_CANDIDATES).reverse()) {
    const c = inviteComposer(d, forms);
    if (c && !out.some((o) => o.sendButton === c.sendButton)) out.push(c);
  }
  return out;
}

function messageComposer(form: Element): Composer | null {
  const sendButton = form.querySelector<HTMLElement>(join(MESSAGE_SEND));
  const noteField = firstOf<HTMLElement>(form, MESSAGE_FIELD);
  if (!sendButton || !noteField) return null;
  const around = form.closest(DIALOG_SEL) ?? form.parentElement;
  const inmail = hasSubject(form) || (around !== null && hasSubject(around));
  return { surface: inmail ? 'inmail' : 'message', sendButton, noteField, container: form };
}

function hasSubject(scope: Element): boolean {
  if (scope.querySelector(SUBJECT_SEL)) return true;
  for (const el of scope.querySelectorAll('input,textarea')) {
    const label = normalizeLabel(el.getAttribute('aria-label') ?? el.getAttribute('placeholder'));
    if (label && SUBJECT_PREFIXES.some((p) => label.startsWith(p))) return true;
  }
  return false;
}

function inviteComposer(d: Element, messageForms: Set<Element>): Composer | null {
  if (all(d, NOT_COMPOSER_SEL).length > 0) return null;
  // A dialog holding a message form or a rich-text box is a message composer, not the invite modal.
  for (const f of messageForms) if (d.contains(f)) return null;
  if (d.querySelector(EDITABLE)) return null;
  const noteField = firstOf<HTMLTextAreaElement>(d, INVITE_NOTE_FIELD);
  const btns = buttons(d);
  const marked =
    noteField !== null ||
    all(d, MARKER_SEL).length > 0 ||
    btns.some((b) => INVITE_LABELS.has(labelOf(b)) || ADD_NOTE.has(labelOf(b)));
  if (!marked) return null;
  const sendButton = inviteSend(d, btns);
  if (!sendButton) return null;
  return noteField
    ? { surface: 'invite', sendButton, noteField, container: d }
    : { surface: 'invite', sendButton, container: d };
}

function inviteSend(d: Element, btns: HTMLElement[]): HTMLElement | null {
  const byLabel = (set: Set<string>) => btns.find((b) => set.has(labelOf(b)));
  const exact = byLabel(INVITE_LABELS) ?? byLabel(GENERIC_SEND);
  if (exact) return exact;
  const submit = d.querySelector<HTMLElement>(join(INVITE_SEND_SUBMIT));
  if (submit) return submit;
  const worded = btns.find((b) => {
    const l = labelOf(b);
    return SEND_WORDS.some((w) => l.includes(w)) && !NOT_SEND_WORDS.some((w) => l.includes(w));
  });
  if (worded) return worded;
  const primary = all(d, join(INVITE_SEND_CLASS)).filter((b) => !ADD_NOTE.has(labelOf(b)));
  return (primary[primary.length - 1] as HTMLElement | undefined) ?? null;
}

function firstOf<T extends Element>(scope: ParentNode, list: readonly string[]): T | null {
  for (const s of list) {
    const el = scope.querySelector<T>(s);
    if (el) return el;
  }
  return null;
}
