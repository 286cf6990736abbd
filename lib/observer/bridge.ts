// The page-world → isolated-world bridge: one namespaced DOM event carrying a JSON string
// (object details do not cross worlds reliably). The page can dispatch it too, so the
// receiving side treats every message as untrusted.
export const BRIDGE_EVENT = '__pacer:exchange';

export interface RawExchange {
  method: string;
  url: string;
  requestBody?: string;
  status: number;
  responseBody?: string;
}

export function emitExchange(target: EventTarget, exchange: RawExchange): void {
  target.dispatchEvent(new CustomEvent(BRIDGE_EVENT, { detail: JSON.stringify(exchange) }));
}
