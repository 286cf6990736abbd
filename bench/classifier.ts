// Classifier throughput in Node: how many exchanges per second `createClassifier().observe` takes.
// - irrelevant: what LinkedIn's pages request all day (feed, GraphQL, tracking, notifications,
//   other hosts) with realistic answer bodies; the classifier must drop them on cheap string checks;
// - relevant: every case of tests/fixtures/linkedin/*.json that passes the pre-filter (sends with
//   their answers, refusals, reads it learns from, garbage it must refuse), parsed for real: the
//   clock moves 11 minutes per call, so the replay memory (10 minutes) never short-cuts a parse.
// Each figure: a warm-up, then three samples of at least 1 s; the median counts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Classifier, createClassifier } from '../lib/linkedin/classify';
import { isRelevantRequest } from '../lib/linkedin/endpoints';
import type { Exchange } from '../lib/linkedin/vocabulary';
import { type Figure, figure, median } from './report';
import { ROOT } from './sizes';

const FIXTURES = join(ROOT, 'tests/fixtures/linkedin');

interface FixtureExchange {
  method: string;
  url: string;
  requestBody?: unknown;
  status: number;
  responseBody?: unknown;
}

const wire = (body: unknown) =>
  body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);

function toExchange(x: FixtureExchange): Exchange {
  return {
    method: x.method,
    url: x.url,
    status: x.status,
    requestBody: wire(x.requestBody),
    responseBody: wire(x.responseBody),
  };
}

/** Every fixture exchange (cases and flow steps) that the pre-filter lets through. */
export function relevantExchanges(): Exchange[] {
  const out: Exchange[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as {
      cases?: { exchange?: FixtureExchange }[];
      flows?: { steps: { exchange?: FixtureExchange }[] }[];
    };
    const all = [...(data.cases ?? []), ...(data.flows ?? []).flatMap((f) => f.steps)];
    for (const c of all) if (c.exchange) out.push(toExchange(c.exchange));
  }
  return out.filter((x) => isRelevantRequest(x.method, x.url));
}

const FEED_ITEM = {
  $type: 'com.linkedin.voyager.dash.feed.Update',
  entityUrn: 'urn:li:fsd_update:(urn:li:activity:7260000000000000000,MAIN_FEED,EMPTY,DEFAULT,false)',
  actor: { name: { text: 'Someone Posting' }, description: { text: 'Head of Growth at Example' } },
  commentary: { text: { text: 'Excited to share that our team shipped the new release today. '.repeat(4) } },
  socialDetail: { totalSocialActivityCounts: { numLikes: 128, numComments: 14, numShares: 3 } },
};
const FEED_BODY = JSON.stringify({
  data: { paging: { start: 0, count: 10 } },
  included: Array(10).fill(FEED_ITEM),
});
const SMALL_BODY = JSON.stringify({
  data: { $type: 'com.linkedin.restli.common.EmptyRecord' },
  included: [],
});

/** What a LinkedIn tab requests besides the few exchanges Pacer reads. */
export function irrelevantExchanges(): Exchange[] {
  const api = 'https://www.linkedin.com/voyager/api';
  const get = (url: string, responseBody = SMALL_BODY): Exchange => ({
    method: 'GET',
    url,
    status: 200,
    responseBody,
  });
  const post = (url: string, requestBody: string, responseBody = SMALL_BODY): Exchange => ({
    method: 'POST',
    url,
    status: 200,
    requestBody,
    responseBody,
  });
  return [
    get(`${api}/feed/updatesV2?count=10&q=chronFeed&start=0`, FEED_BODY),
    get(
      `${api}/graphql?includeWebMetadata=true&variables=(start:10,count:10,sortOrder:RELEVANCE)&queryId=voyagerFeedDashMainFeed.7a50ef8ba7a2a4bf5cbc9d9ef4b5b2b5`,
      FEED_BODY,
    ),
    get(
      `${api}/graphql?variables=(vanityName:ana-example)&queryId=voyagerIdentityDashProfiles.b5c27c04968c409fc0ed3546575b9b7a`,
    ),
    get(`${api}/identity/dash/profiles?q=memberIdentity&memberIdentity=ana-example&decorationId=x-93`),
    get(`${api}/voyagerNotificationsDashBadgingItemCounts?q=viewerAndFilter`),
    get(`${api}/relationships/invitationsSummary`),
    get(
      `${api}/voyagerIdentityDashProfileCards?q=profileTabInitialCards&profileUrn=urn%3Ali%3Afsd_profile%3AX`,
    ),
    get(`${api}/premium/featureAccess?name=reactivationFeaturesEligible`),
    get('https://www.linkedin.com/feed/', '<!doctype html><html><body>feed</body></html>'),
    post('https://www.linkedin.com/li/track', JSON.stringify([{ eventBody: { pageInstance: 'x' } }])),
    post('https://www.linkedin.com/sensorCollect/', 'a=1&b=2'),
    post(`${api}/voyagerMessagingDashMessengerConversations?action=typing`, '{"conversationUrn":"x"}'),
    post(`${api}/feed/dash/reactions?action=react`, '{"reactionType":"LIKE"}'),
    get('https://static.licdn.com/aero-v1/sc/h/abc123.js', 'void 0'),
    get('https://media.licdn.com/dms/image/v2/D4E03AQ/profile-displayphoto-shrink_100_100/0/1.jpg', ''),
    get('https://www.google-analytics.com/collect?v=1', ''),
  ];
}

interface Rate {
  opsPerSecond: number;
  samples: number[];
  /** Observations returned per call, over every call made. */
  observationsPerCall: number;
}

/** Calls `observe` over `inputs` round-robin: warm-up, then three ≥ 1 s samples. */
function rate(make: () => Classifier, inputs: readonly Exchange[]): Rate {
  const classifier = make();
  let results = 0;
  let calls = 0;
  const run = (ms: number): number => {
    const end = process.hrtime.bigint() + BigInt(ms * 1e6);
    const start = process.hrtime.bigint();
    let ops = 0;
    let now = start;
    while (now < end) {
      for (let i = 0; i < 1000; i++)
        results += classifier.observe(inputs[ops++ % inputs.length] as Exchange).length;
      now = process.hrtime.bigint();
    }
    calls += ops;
    return ops / (Number(now - start) / 1e9);
  };
  run(300);
  const samples = [run(1000), run(1000), run(1000)];
  return {
    opsPerSecond: median(samples),
    samples: samples.map(Math.round),
    observationsPerCall: results / calls,
  };
}

export function benchClassifier(): Figure[] {
  const irrelevant = irrelevantExchanges();
  const relevant = relevantExchanges();
  if (irrelevant.some((x) => isRelevantRequest(x.method, x.url)))
    throw new Error('an "irrelevant" exchange passes the pre-filter');
  let t = Date.parse('2026-03-02T09:00:00Z');
  // Each call 11 minutes later: no replay short-cut (REPLAY_TTL_MS is 10 minutes).
  const clock = () => (t += 11 * 60_000);
  const irr = rate(() => createClassifier({ now: clock }), irrelevant);
  const rel = rate(() => createClassifier({ now: clock }), relevant);
  if (irr.observationsPerCall !== 0) throw new Error('irrelevant exchanges produced observations');
  return [
    figure({
      id: 'classifier.irrelevant',
      group: 'Classifier',
      label: 'irrelevant exchanges (Node)',
      value: irr.opsPerSecond,
      unit: 'ops/s',
      budget: { op: '>=', value: 500_000 },
      detail: { kinds: irrelevant.length, samplesOpsPerSecond: irr.samples },
    }),
    figure({
      id: 'classifier.relevant',
      group: 'Classifier',
      label: 'relevant exchanges, parsed (Node)',
      value: rel.opsPerSecond,
      unit: 'ops/s',
      budget: { op: '>=', value: 20_000 },
      detail: {
        fixtureExchanges: relevant.length,
        samplesOpsPerSecond: rel.samples,
        observationsPerCall: Number(rel.observationsPerCall.toFixed(2)),
      },
    }),
  ];
}
