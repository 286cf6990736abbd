// The page-world → isolated-world bridge: one namespaced DOM event carrying a JSON string
// (object details do not cross worlds reliably). The page can dispatch it too, so the
// receiving side treats every message as untrusted.
import type { Exchange } from '../linkedin/vocabulary';

export const BRIDGE_EVENT = '__pacer:exchange';

// Taken when the observer starts (document_start, before any page script), so a page that later
// replaces these globals cannot change what the observer reports.
const dispatch = EventTarget.prototype.dispatchEvent;
const stringify = JSON.stringify;
const Custom = CustomEvent;

export function emitExchange(target: EventTarget, exchange: Exchange): void {
  dispatch.call(target, new Custom(BRIDGE_EVENT, { detail: stringify(exchange) }));
}
