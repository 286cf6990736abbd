// Page-overhead instrumentation (bench/page-overhead.ts), added to both browsers as an init script:
// it runs when the bench page's document is created, with or before Pacer's document_start
// observer. It counts what is done to the page's requests: Response.prototype.clone calls,
// `loadend` listeners added to XHRs, and bridge events (Pacer's page → content script messages),
// split into the page's sends ("relevant") and everything else. A wrapper installed first is also
// what an observer would capture if it kept the natives aside; one installed after it still sees
// calls made through the prototypes.
(() => {
  if (location.origin !== 'https://www.linkedin.com' || !location.search.includes('pacerBench')) return;
  const probe = {
    // Whether Pacer's observer had already wrapped fetch when this script ran.
    observerFirst: !/\[native code\]/.test(Function.prototype.toString.call(window.fetch)),
    counts: {},
    relevant: new Set(),
    bridged: [],
    touched: [],
    reset() {
      probe.counts = {
        clonesRelevant: 0,
        clonesIrrelevant: 0,
        xhrListenersRelevant: 0,
        xhrListenersIrrelevant: 0,
        bridgeRelevant: 0,
        bridgeIrrelevant: 0,
      };
      probe.relevant.clear();
      probe.bridged.length = 0;
      probe.touched.length = 0;
    },
  };
  probe.reset();
  const nativeClone = Response.prototype.clone;
  Response.prototype.clone = function clone() {
    if (probe.relevant.has(this.url)) probe.counts.clonesRelevant++;
    else {
      probe.counts.clonesIrrelevant++;
      probe.touched.push(this.url);
    }
    return nativeClone.call(this);
  };
  const nativeAdd = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function addEventListener(type, ...rest) {
    if (type === 'loadend' && this instanceof XMLHttpRequest && this.__benchUrl !== undefined) {
      if (probe.relevant.has(this.__benchUrl)) probe.counts.xhrListenersRelevant++;
      else {
        probe.counts.xhrListenersIrrelevant++;
        probe.touched.push(this.__benchUrl);
      }
    }
    return nativeAdd.call(this, type, ...rest);
  };
  // Kept now, read after the run: nothing is parsed on the page while it is timed.
  nativeAdd.call(window, '__BRIDGE_EVENT__', (e) => probe.bridged.push(e.detail));
  window.__pacerProbe = probe;
})();
