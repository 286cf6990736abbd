// Every key Pacer keeps in extension storage (and the popup's localStorage), declared once.
// Who writes each: the worker, except the popup's own snapshot keys.

/** storage.local: the last storage error, while any write waits (the popup watches it). */
export const FAULT_KEY = 'storageFault';
/** storage.local: one key per event whose IndexedDB write failed, waiting for a retry. */
export const PENDING_PREFIX = 'pending:';
export const pendingKey = (eventKey: string): string => PENDING_PREFIX + eventKey;

/** storage.local: the unconfirmed sends and their diagnostics (lib/storage/unconfirmed-sends.ts). */
export const UNCONFIRMED_KEY = 'unconfirmedSends';

/** storage.session: which LinkedIn account each tab shows. */
export const TAB_ACCOUNT_PREFIX = 'tabAccount:';
export const tabAccountKey = (tabId: number): string => `${TAB_ACCOUNT_PREFIX}${tabId}`;
/** storage.session: the page each tab shows now, and the profile views waiting for its account. */
export const TAB_PAGE_PREFIX = 'tabPage:';
export const tabPageKey = (tabId: number): string => `${TAB_PAGE_PREFIX}${tabId}`;
/** storage.session: the tab in use and the account of the LinkedIn tab last in use (badge, popup). */
export const FOCUS_KEY = 'focus';

/** storage.session: the classifier's memory, one key per entry (`cm1:<map>:<key>`, `cm1:self`). */
export const CLASSIFIER_PREFIX = 'cm1:';

/** The popup's localStorage: its last rendered report, and the account picked in it. */
export const SNAPSHOT_KEY = 'pacer:snapshot';
export const ACCOUNT_PICK_KEY = 'pacer:account';
