// LinkedIn's send controls, as data, for the pre-send banner. Order inside every list = preference:
// structure, ids and roles first, aria-label/text variants next, class names last. Text variants are
// compared case-insensitively after trimming, with curly apostrophes folded to straight ones.
// Each entry names the public code it was read from: dsmorgan/netkeeper docs/linkedin-messaging-shapes.md
// ("netkeeper"), eracle/OpenOutreach linkedin_cli/actions ("OpenOutreach"), jackwener/OpenCLI
// clis/linkedin/connect.js ("OpenCLI"), icypeas content.js, felladrin/linkedin-autoconnect-chrome-extension
// ("felladrin"), ItayRosen/LinkedIn-Mass-Connect; "2025-26 script" = unattributed public automation scripts
// for the shadow-DOM invite modal.
// Non-English labels marked "translation" are LinkedIn's usual wording in that language, not seen in
// public code: detection never depends on them alone (ids, roles and `type="submit"` come first).

export type SelectorList = string | readonly string[];

/** Pacer's own banner host: never treated as LinkedIn markup. */
export const PACER_BANNER = '[data-pacer-banner]';

/**
 * LinkedIn's chosen theme, as a class on <html> (`theme--dark`, `theme--light`; not yet confirmed
 * by a public capture). Pacer's banner follows it; without either class, the browser's
 * prefers-color-scheme (LinkedIn's "device settings" theme).
 */
export const DARK_THEME = 'html.theme--dark';
export const LIGHT_THEME = 'html.theme--light';

/** Elements whose open shadow root holds LinkedIn UI. All open shadow roots are searched anyway. */
export const SHADOW_HOSTS: readonly string[] = [
  '#interop-outlet', // "The invite modal lives in a SHADOW DOM under div#interop-outlet" (2025-26 script)
];

/** A modal or bubble that may hold a composer. */
export const DIALOGS: readonly string[] = [
  '[role="dialog"]', // netkeeper: messaging bubble div[role="dialog"]; the shadow-DOM invite modal
  '[role="alertdialog"]', // ARIA variant of a dialog (role, not seen in public code; harmless: needs invite markers too)
  '.artdeco-modal', // icypeas `.artdeco-modal.artdeco-modal--layer-default.send-invite` (class, last)
];

/** Dialogs that are LinkedIn's own limit notices, never a composer. */
export const NOT_COMPOSERS: readonly string[] = [
  '.ip-fuse-limit-alert', // OpenOutreach/ItayRosen weekly-limit modal `div.ip-fuse-limit-alert`
  '#ip-fuse-limit-alert__header', // OpenOutreach `h2#ip-fuse-limit-alert__header` "You’ve reached the weekly invitation limit"
  '[class*="ip-fuse-limit-alert__warning"]', // OpenOutreach `div[class*="ip-fuse-limit-alert__warning"]`
];

// ---------- Invite dialog ----------

/** Markup that says "this modal is the invite modal" without any words. */
export const INVITE_MODAL_MARKERS: readonly string[] = [
  '.send-invite', // icypeas `.artdeco-modal…send-invite`; felladrin `div.send-invite button.artdeco-button--primary`
];

/** The personalized-note box (present once "Add a note" was clicked). */
export const INVITE_NOTE_FIELD: readonly string[] = [
  'textarea#custom-message', // shadow-DOM invite modal (2025-26 script) and a second 2026 script
  'textarea[name="message"]', // a second 2026 script `textarea#custom-message, textarea[name="message"]`
];

/** aria-label / text of the invite modal's Send button, exact (compared normalized). These also mark the
 * modal as the invite modal. */
export const INVITE_SEND_LABELS: readonly string[] = [
  'Send invitation', // shadow-DOM modal (2025-26 script) `button[aria-label="Send invitation"]`
  'Send without a note', // a second 2026 script `button[aria-label="Send without a note"]`
  'Envoyer l’invitation', // translation (fr); icypeas matches `aria-label*="Envoyer"`
  'Envoyer sans note', // translation (fr)
  'Einladung senden', // translation (de)
  'Ohne Notiz senden', // translation (de)
  'Enviar invitación', // translation (es)
  'Enviar sin nota', // translation (es)
  'Enviar convite', // translation (pt)
  'Enviar sem nota', // translation (pt)
];

/** Generic Send labels, exact: pick the Send button once the modal is known, never mark it. */
export const SEND_LABELS: readonly string[] = [
  'Send', // OpenCLI /^send$/i
  'Send now', // OpenOutreach `button:has-text("Send now")`; OpenCLI /^send now$/i
  'Envoyer', // icypeas `button[aria-label*="Envoyer"]`
  'Envoyer maintenant', // translation (fr)
  'Senden', // translation (de)
  'Jetzt senden', // translation (de)
  'Enviar', // translation (es, pt)
  'Enviar ahora', // translation (es)
  'Enviar agora', // translation (pt)
];

/** aria-label / text of the "Add a note" button: marks the invite modal before the note step. */
export const INVITE_ADD_NOTE_LABELS: readonly string[] = [
  'Add a note', // shadow-DOM modal (2025-26 script) `button[aria-label="Add a note"]`; OpenCLI /add a note/i
  'Ajouter une note', // translation (fr)
  'Notiz hinzufügen', // translation (de)
  'Añadir una nota', // translation (es)
  'Agregar una nota', // translation (es, Latin America)
  'Adicionar nota', // translation (pt)
  'Adicionar uma nota', // translation (pt)
];

/** Words a Send button's label contains, in any position (fallback after exact labels and type=submit). */
export const SEND_WORDS: readonly string[] = [
  'send', // icypeas `aria-label*="Send"`; OpenOutreach `aria-label*="Send without"`, `*="Send invitation"`
  'envoyer', // icypeas `aria-label*="Envoyer"`
  'senden', // translation (de)
  'enviar', // translation (es, pt)
];

/** Buttons that contain a send word but do not send. */
export const NOT_SEND_WORDS: readonly string[] = [
  'option', // LinkedIn's "Open send options" toggle next to the messaging Send (netkeeper: "Press Enter to Send" setting)
  'dismiss', // shadow-DOM modal (2025-26 script) `button[aria-label="Dismiss"]`
];

/** The invite modal's Send button by structure (after exact labels, before words). */
export const INVITE_SEND_SUBMIT: readonly string[] = [
  'button[type="submit"]', // structure: a form's send control (netkeeper: messaging `button[type="submit"]`)
];

/** The invite modal's Send button by class: the very last resort (the last primary button). */
export const INVITE_SEND_CLASS: readonly string[] = [
  'button.artdeco-button--primary', // felladrin `div.send-invite button.artdeco-button--primary`
];

// ---------- Messaging overlay / page composer ----------

/** The message form. */
export const MESSAGE_FORMS: readonly string[] = [
  'form[id^="msg-form"]', // netkeeper: composer "inside form#msg-form-<ember id>"
  'form.msg-form', // OpenOutreach `button[type="submit"][class*="msg-form"]` (class family msg-form)
  'form[class*="msg-form"]', // same class family, renamed variants (class, last)
];

/** Localized aria-label of the messaging bubble: lets a plain form in it count when ids/classes change. */
export const MESSAGING_DIALOG_LABELS: readonly string[] = [
  'Messaging', // netkeeper bubble `div[role="dialog"][aria-label="Messaging"]`
  'Messagerie', // translation (fr)
  'Nachrichten', // translation (de)
  'Mensajes', // translation (es)
  'Mensagens', // translation (pt)
];

/** The message body box (Enter-to-send happens here). */
export const MESSAGE_FIELD: readonly string[] = [
  '[contenteditable="true"][role="textbox"]', // netkeeper `div[contenteditable="true"][role="textbox"][aria-multiline="true"]`
  'div[role="textbox"]', // OpenOutreach `div[role="textbox"][aria-label*="Write a message"]`
  '[contenteditable="true"]', // structure: any rich-text box in the form
  'textarea', // structure: a plain-text body (older/SN-style composers)
];

/** The message form's Send button. */
export const MESSAGE_SEND: readonly string[] = [
  'button[type="submit"]', // netkeeper "Send = the form's button[type="submit"]"
  'button[class*="msg-form__send-button"]', // OpenOutreach `button[type="submit"][class*="msg-form"]` (class, last)
];

/** A subject field means the composer sends an InMail (netkeeper: the compose view context's `showSubjectField`). */
export const INMAIL_SUBJECT: readonly string[] = [
  'input[name="subject"]', // InMail carries `subject`; compose view context `showSubjectField` (netkeeper)
  'textarea[name="subject"]', // same, multi-line variant
  '[class*="msg-form__subject"]', // msg-form class family (OpenOutreach) + subject (class, last)
];

/** aria-label / placeholder prefixes of the subject field (fallback when it has no name). */
export const INMAIL_SUBJECT_LABELS: readonly string[] = [
  'Subject', // LinkedIn Help a554514 (InMail FAQ): a subject of up to 200 characters
  'Objet', // translation (fr)
  'Betreff', // translation (de)
  'Asunto', // translation (es)
  'Assunto', // translation (pt)
];
