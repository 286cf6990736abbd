// Page-world observer: wraps the page's own fetch/XHR at document_start, in every LinkedIn
// frame, and reports relevant exchanges to the isolated content script over the bridge.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isRelevantRequest } from '../lib/linkedin/prefilter';
import { absoluteUrlFor } from '../lib/observer/absolute-url';
import { emitExchange } from '../lib/observer/bridge';
import { wrapFetch } from '../lib/observer/wrap-fetch';
import { wrapXhr } from '../lib/observer/wrap-xhr';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://linkedin.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    const marker = Symbol.for('pacer.observer');
    const w = window as unknown as Record<symbol, boolean>;
    if (w[marker]) return; // never wrap twice (a re-injected script, an update)
    w[marker] = true;
    const absolute = absoluteUrlFor(location);
    const sink = emitExchange.bind(null, window);
    wrapFetch(window, absolute, isRelevantRequest, sink);
    wrapXhr(window, absolute, isRelevantRequest, sink);
  },
});
