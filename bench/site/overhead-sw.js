// The page-overhead benchmark's service worker (bench/page-overhead.ts): answers the fixture page's
// irrelevant requests inside the browser, so a run measures the page and Pacer rather than the
// Playwright routing in the benchmark's Node process. Sends are not answered here: they go on to
// the network, where Playwright routing hands them to FakeLinkedIn (tests/e2e/support).
const FEED_ITEM = {
  $type: 'com.linkedin.voyager.dash.feed.Update',
  entityUrn: 'urn:li:fsd_update:(urn:li:activity:7260000000000000000,MAIN_FEED,EMPTY,DEFAULT,false)',
  actor: { name: { text: 'Someone Posting' }, description: { text: 'Head of Growth at Example' } },
  commentary: { text: { text: 'Excited to share that our team shipped the new release today. '.repeat(4) } },
  socialDetail: { totalSocialActivityCounts: { numLikes: 128, numComments: 14, numShares: 3 } },
};
const FEED = JSON.stringify({
  data: { paging: { start: 0, count: 10 } },
  included: Array(10).fill(FEED_ITEM),
});
const SMALL = JSON.stringify({
  data: { $type: 'com.linkedin.restli.common.EmptyRecord', count: 3 },
  included: [],
});
const JSON_TYPE = { 'content-type': 'application/json' };

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === '/li/track') {
    event.respondWith(new Response('', { status: 200 }));
  } else if (
    req.method === 'GET' &&
    url.pathname.startsWith('/voyager/api/') &&
    url.pathname !== '/voyager/api/me'
  ) {
    const feed = url.pathname.includes('feed') || url.search.includes('Feed');
    event.respondWith(new Response(feed ? FEED : SMALL, { status: 200, headers: JSON_TYPE }));
  }
});
