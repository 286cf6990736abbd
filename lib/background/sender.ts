// Who may send what: LinkedIn tabs report observations, extension pages change settings.
// Types in the protocol map prove nothing at run time; these checks do.
import { LINKEDIN_ORIGINS } from '../linkedin/prefilter';
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
  /** The sending document (Chromium; absent elsewhere). */
  documentId?: string;
}

/** A content script of this extension in a linkedin.com tab (any frame, about:blank ones included). */
export function isLinkedInTab(sender: SenderLike, extensionId: string): boolean {
  if (sender.id !== extensionId || typeof sender.tab?.id !== 'number') return false;
  return onLinkedIn(sender);
}

/**
 * A report of what a LinkedIn page sent: from a LinkedIn tab, or from one that has just closed.
 * Firefox gives a message that arrives after its tab was removed (what the content script sent on
 * `pagehide`) no `tab` and no `frameId`; only this extension's own scripts reach its onMessage, so
 * its id and a LinkedIn origin still say it is Pacer's content script.
 */
export function isLinkedInReport(sender: SenderLike, extensionId: string): boolean {
  if (isLinkedInTab(sender, extensionId)) return true;
  return (
    sender.id === extensionId &&
    sender.tab === undefined &&
    sender.frameId === undefined &&
    onLinkedIn(sender)
  );
}

function onLinkedIn(sender: SenderLike): boolean {
  if (sender.origin !== undefined) return (LINKEDIN_ORIGINS as readonly string[]).includes(sender.origin);
  return typeof sender.url === 'string' && LINKEDIN_ORIGINS.some((o) => sender.url?.startsWith(`${o}/`));
}

/**
 * One of this extension's own pages (popup, options). `pagesBase` is where they live
 * (`runtime.getURL('/')`): Firefox serves them from `moz-extension://<per-install uuid>/`, not the id.
 */
export function isExtensionPage(
  sender: SenderLike,
  extensionId: string,
  pagesBase = `chrome-extension://${extensionId}/`,
): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(pagesBase);
}
