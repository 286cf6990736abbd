// @vitest-environment happy-dom
// Selectors × DOM fixtures → which composers Pacer recognises (surface, Send button, note field).
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Composer,
  findComposers,
  normalizeLabel,
  openShadowRoots,
} from '../../../lib/linkedin/composers';
import * as S from '../../../lib/linkedin/selectors';
import { DOM_FIXTURES, type DomFixture, interopRoot, loadFixture, loadHtml } from './dom';

afterEach(() => {
  document.body.innerHTML = '';
});

interface Expected {
  surface: Composer['surface'];
  /** The Send button's aria-label, or its text when it has none. */
  send: string;
  /** The note field's tag (or none). */
  note: 'TEXTAREA' | 'DIV' | null;
  inShadow: boolean;
}

const EXPECTED: Record<DomFixture, Expected | null> = {
  'invite-shadow-en': { surface: 'invite', send: 'Send invitation', note: 'TEXTAREA', inShadow: true },
  'invite-shadow-en-prenote': { surface: 'invite', send: 'Send without a note', note: null, inShadow: true },
  'invite-shadow-fr': { surface: 'invite', send: 'Envoyer l’invitation', note: 'TEXTAREA', inShadow: true },
  'invite-shadow-fr-prenote': { surface: 'invite', send: 'Envoyer sans note', note: null, inShadow: true },
  'invite-shadow-de': { surface: 'invite', send: 'Einladung senden', note: 'TEXTAREA', inShadow: true },
  'invite-shadow-de-prenote': { surface: 'invite', send: 'Ohne Notiz senden', note: null, inShadow: true },
  'invite-shadow-es': { surface: 'invite', send: 'Enviar invitación', note: 'TEXTAREA', inShadow: true },
  'invite-shadow-es-prenote': { surface: 'invite', send: 'Enviar sin nota', note: null, inShadow: true },
  'invite-shadow-pt': { surface: 'invite', send: 'Enviar convite', note: 'TEXTAREA', inShadow: true },
  'invite-shadow-pt-prenote': { surface: 'invite', send: 'Enviar sem nota', note: null, inShadow: true },
  'invite-alertdialog': { surface: 'invite', send: 'Send without a note', note: null, inShadow: true },
  'invite-modal-legacy': { surface: 'invite', send: 'Send now', note: 'TEXTAREA', inShadow: false },
  'invite-modal-legacy-fr-prenote': {
    surface: 'invite',
    send: 'Envoyer maintenant',
    note: null,
    inShadow: false,
  },
  'invite-modal-legacy-de-prenote': { surface: 'invite', send: 'Jetzt senden', note: null, inShadow: false },
  'invite-modal-legacy-es-prenote': { surface: 'invite', send: 'Enviar ahora', note: null, inShadow: false },
  'invite-modal-legacy-pt-prenote': { surface: 'invite', send: 'Enviar agora', note: null, inShadow: false },
  'message-overlay': { surface: 'message', send: 'Send', note: 'DIV', inShadow: false },
  'inmail-composer': { surface: 'inmail', send: 'Send', note: 'DIV', inShadow: false },
  'inmail-composer-fr': { surface: 'inmail', send: 'Envoyer', note: 'DIV', inShadow: false },
  'inmail-composer-de': { surface: 'inmail', send: 'Senden', note: 'DIV', inShadow: false },
  'inmail-composer-es': { surface: 'inmail', send: 'Enviar', note: 'DIV', inShadow: false },
  'inmail-composer-pt': { surface: 'inmail', send: 'Enviar', note: 'DIV', inShadow: false },
  unrecognised: null,
};

const nameOf = (el: Element) => el.getAttribute('aria-label') ?? el.textContent?.trim();

describe('findComposers on the DOM fixtures', () => {
  for (const name of DOM_FIXTURES) {
    it(`${name}`, () => {
      loadFixture(name);
      const found = findComposers(document);
      const want = EXPECTED[name];
      if (!want) {
        expect(found).toEqual([]);
        return;
      }
      expect(found).toHaveLength(1);
      const [c] = found as [Composer];
      expect(c.surface).toBe(want.surface);
      expect(nameOf(c.sendButton)).toBe(want.send);
      expect(c.noteField?.tagName ?? null).toBe(want.note);
      expect(c.container.contains(c.sendButton)).toBe(true);
      expect(c.sendButton.getRootNode() === interopRoot()).toBe(want.inShadow);
    });
  }

  it('finds the shadow-DOM invite only when shadow roots are searched', () => {
    loadFixture('invite-shadow-en');
    expect(findComposers(document, false)).toEqual([]);
    const sr = interopRoot();
    expect(sr).not.toBeNull();
    expect(openShadowRoots(document)).toContain(sr);
    expect(findComposers(sr as ShadowRoot, false)).toHaveLength(1);
  });

  it('searches shadow roots nested inside shadow roots', () => {
    loadHtml(
      '<div id="outer"><template shadowrootmode="open"><section><div id="interop-outlet">' +
        '<template shadowrootmode="open"><div role="dialog"><textarea id="custom-message"></textarea>' +
        '<button aria-label="Send invitation">Send</button></div></template></div></section></template></div>',
    );
    const [c] = findComposers(document);
    expect(c?.surface).toBe('invite');
    expect(c?.noteField?.id).toBe('custom-message');
  });

  it('ignores closed shadow roots (cannot be read) without throwing', () => {
    loadHtml(
      '<div id="interop-outlet"><template shadowrootmode="closed"><div role="dialog"><textarea id="custom-message">' +
        '</textarea><button aria-label="Send invitation">Send</button></div></template></div>',
    );
    expect(findComposers(document)).toEqual([]);
  });

  it('accepts an element as the root, including the dialog itself', () => {
    loadFixture('invite-modal-legacy');
    const dialog = document.querySelector('[role="dialog"]') as Element;
    expect(findComposers(dialog).map((c) => c.container)).toEqual([dialog]);
  });

  it('finds several composers at once (two message bubbles and an invite)', () => {
    loadHtml(
      [
        '<div role="dialog" aria-label="Messaging"><form id="msg-form-1"><div contenteditable="true" role="textbox"></div>',
        '<button type="submit">Send</button></form></div>',
        '<div role="dialog" aria-label="Messaging"><form id="msg-form-2"><div contenteditable="true" role="textbox"></div>',
        '<button type="submit">Send</button></form></div>',
        '<div class="artdeco-modal send-invite" role="dialog"><button class="artdeco-button--primary">Send now</button></div>',
      ].join(''),
    );
    const found = findComposers(document);
    expect(found.map((c) => c.surface).sort()).toEqual(['invite', 'message', 'message']);
  });

  it('resolves an outer overlay and its inner modal to one invite composer (the inner one)', () => {
    loadHtml(
      '<div role="dialog" id="outer"><div role="dialog" id="inner"><textarea id="custom-message"></textarea>' +
        '<div class="bar"><button aria-label="Send invitation">Send</button></div></div></div>',
    );
    const found = findComposers(document);
    expect(found).toHaveLength(1);
    expect(found[0]?.container.id).toBe('inner');
  });
});

describe('language independence', () => {
  // The first step of the invite modal has no textarea: only the localized labels mark it.
  const PRENOTE: Record<string, [addNote: string, sendWithout: string]> = {
    en: ['Add a note', 'Send without a note'],
    fr: ['Ajouter une note', 'Envoyer sans note'],
    de: ['Notiz hinzufügen', 'Ohne Notiz senden'],
    es: ['Añadir una nota', 'Enviar sin nota'],
    pt: ['Adicionar nota', 'Enviar sem nota'],
  };
  for (const [lang, [add, send]] of Object.entries(PRENOTE)) {
    it(`recognises the ${lang} invite modal before the note step`, () => {
      loadHtml(
        `<div role="dialog"><button aria-label="${add}">${add}</button>` +
          `<button aria-label="${send}">${send}</button></div>`,
      );
      const [c] = findComposers(document);
      expect(c?.surface).toBe('invite');
      expect(c?.sendButton.getAttribute('aria-label')).toBe(send);
    });
  }

  it('recognises the note step by structure alone (unknown language, no labels, no classes)', () => {
    loadHtml(
      '<div role="dialog"><textarea id="custom-message"></textarea>' +
        '<button type="button">取消</button><button type="submit">发送</button></div>',
    );
    const [c] = findComposers(document);
    expect(c?.surface).toBe('invite');
    expect(c?.sendButton.textContent).toBe('发送');
  });

  it('recognises a message form by id and role alone (no English anywhere)', () => {
    loadHtml(
      '<form id="msg-form-ember9"><div contenteditable="true" role="textbox" aria-label="Écrivez un message…"></div>' +
        '<button type="submit">Envoyer</button></form>',
    );
    expect(findComposers(document).map((c) => c.surface)).toEqual(['message']);
  });

  it('recognises an InMail by a localized subject placeholder when the field has no name', () => {
    loadHtml(
      '<div role="dialog" aria-label="Nachrichten"><form><input placeholder="Betreff (optional)">' +
        '<div contenteditable="true" role="textbox"></div><button type="submit">Senden</button></form></div>',
    );
    expect(findComposers(document).map((c) => c.surface)).toEqual(['inmail']);
  });

  it('prefers the exact invite label over a Dismiss button and the generic send words', () => {
    loadHtml(
      '<div role="dialog"><button aria-label="Schließen">×</button><button aria-label="Notiz hinzufügen">+</button>' +
        '<button aria-label="Ohne Notiz senden">Senden</button></div>',
    );
    expect(findComposers(document)[0]?.sendButton.getAttribute('aria-label')).toBe('Ohne Notiz senden');
  });

  it('never takes the messaging "send options" toggle for the Send button', () => {
    loadFixture('message-overlay');
    const [c] = findComposers(document);
    expect(c?.sendButton.classList.contains('msg-form__send-button')).toBe(true);
  });

  it('normalizes labels: case, spaces and curly apostrophes', () => {
    expect(normalizeLabel('  Envoyer   l’invitation ')).toBe("envoyer l'invitation");
    expect(normalizeLabel(null)).toBe('');
  });
});

describe('unrecognised or odd markup: nothing, and no throw', () => {
  const ODD = [
    '',
    '<div role="dialog"></div>',
    '<div role="dialog"><button></button></div>',
    '<div role="dialog"><textarea id="custom-message"></textarea></div>', // no Send button at all
    '<form id="msg-form-1"><button type="submit">Send</button></form>', // no text box
    '<form id="msg-form-1"><div contenteditable="true" role="textbox"></div></form>', // no Send button
    '<div class="ql-editor" contenteditable="true" role="textbox"></div><button type="submit">Post</button>',
    '<div role="dialog" aria-label="Share"><button>Send</button></div>',
    '<div role="dialog"><div contenteditable="true" role="textbox"></div><button aria-label="Send invitation"></button></div>',
    '<svg><foreignObject><div role="dialog"><button aria-label="Add a note"></button></div></foreignObject></svg>',
  ];
  for (const [i, html] of ODD.entries()) {
    it(`odd markup #${i}`, () => {
      loadHtml(html);
      expect(() => findComposers(document)).not.toThrow();
      const found = findComposers(document);
      if (i === ODD.length - 1) return; // an invite inside SVG is odd but harmless either way
      expect(found).toEqual([]);
    });
  }

  it('treats LinkedIn’s weekly-limit modal as no composer, even with an invite label in it', () => {
    loadHtml(
      '<div role="dialog" class="ip-fuse-limit-alert"><h2 id="ip-fuse-limit-alert__header">Limit</h2>' +
        '<button aria-label="Send invitation">Got it</button></div>',
    );
    expect(findComposers(document)).toEqual([]);
  });

  it('works on a detached fragment and an empty document fragment', () => {
    const frag = document.createDocumentFragment();
    expect(findComposers(frag)).toEqual([]);
    const div = document.createElement('div');
    div.innerHTML =
      '<div role="dialog"><textarea id="custom-message"></textarea><button type="submit">x</button></div>';
    expect(findComposers(div)).toHaveLength(1);
  });

  it('skips Pacer’s own banner (its shadow root is never searched)', () => {
    loadHtml('<div data-pacer-banner></div>');
    const host = document.querySelector('[data-pacer-banner]') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<div role="dialog"><textarea id="custom-message"></textarea><button>Send anyway</button></div>';
    expect(openShadowRoots(document)).toEqual([]);
    expect(findComposers(document)).toEqual([]);
  });
});

describe('selectors data', () => {
  it('every selector parses', () => {
    const lists = [
      S.SHADOW_HOSTS,
      S.DIALOGS,
      S.NOT_COMPOSERS,
      S.INVITE_MODAL_MARKERS,
      S.INVITE_NOTE_FIELD,
      S.INVITE_SEND_SUBMIT,
      S.INVITE_SEND_CLASS,
      S.MESSAGE_FORMS,
      S.MESSAGE_FIELD,
      S.MESSAGE_SEND,
      S.INMAIL_SUBJECT,
      [S.PACER_BANNER],
    ];
    for (const list of lists) for (const sel of list) expect(() => document.querySelector(sel)).not.toThrow();
  });

  it('keeps fr/de/es/pt variants of the send and add-note labels', () => {
    const labels = [...S.INVITE_SEND_LABELS, ...S.SEND_LABELS, ...S.INVITE_ADD_NOTE_LABELS].map(
      normalizeLabel,
    );
    for (const w of [
      'envoyer',
      'senden',
      'enviar',
      'ajouter une note',
      'notiz hinzufügen',
      'añadir una nota',
      'adicionar nota',
    ])
      expect(labels).toContain(w);
  });
});
