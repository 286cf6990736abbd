// Isolated-world content script on LinkedIn: receives the page-world observer's exchanges,
// validates them, and forwards them to the background; reports navigation for profile views.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { bootstrapExchanges } from '../../lib/linkedin/bootstrap';
import { sendMessage } from '../../lib/messaging';
import { BRIDGE_EVENT } from '../../lib/observer/bridge';
import { createExchangeQueue } from '../../lib/observer/exchange-queue';
import { parseBridgeMessage } from '../../lib/observer/exchange-schema';
import { forwardWithRetry } from '../../lib/observer/forward';
import { watchComposers } from './composer-watch';
import { createSendChecks } from './send-check';

const hasText = (el: Element | undefined): boolean =>
  !!el && ((el as HTMLTextAreaElement).value ?? el.textContent ?? '').trim() !== '';

/** Longest the in-page warning waits for the tab's own sends to be stored before it asks. */
const SETTLE_MAX_MS = 2000;

export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://linkedin.com/*'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    const exchanges = createExchangeQueue((batch) => sendMessage('reportExchanges', batch), ctx.signal);
    // A tab closed right after a send: what still waits leaves now, not after the answer before it.
    ctx.addEventListener(window, 'pagehide', () => exchanges.flush());
    ctx.addEventListener(window, BRIDGE_EVENT as keyof WindowEventMap, (event) => {
      const exchange = parseBridgeMessage((event as CustomEvent).detail);
      if (exchange) exchanges.push(exchange);
    });

    // The warning counts the tab's own sends still on their way, but never waits on them for long.
    const settled = () =>
      Promise.race([exchanges.settle(), new Promise<void>((done) => setTimeout(done, SETTLE_MAX_MS))]);
    // A Send that no classified send or refusal follows is counted as unconfirmed (send-check.ts).
    const checks = createSendChecks(ctx.signal);
    watchComposers(ctx, settled, (c) => checks.clicked(c.surface, hasText(c.noteField), c.sendButton));

    if (window.top !== window) return;
    // A navigation event fires before the address changes: report the destination, not location.href.
    // `doc` stands in for the sender's documentId where the browser has none (Firefox).
    const doc = crypto.randomUUID();
    const reportNavigation = (url: string) =>
      forwardWithRetry(() => sendMessage('reportNavigation', { url, doc }), ctx.signal);
    reportNavigation(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', (event) => reportNavigation(event.newUrl.href));

    // The identity may come embedded in the first HTML instead of over the network.
    const readBootstrap = () => {
      for (const exchange of bootstrapExchanges(document)) exchanges.push(exchange);
    };
    if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', readBootstrap);
    else readBootstrap();
  },
});
