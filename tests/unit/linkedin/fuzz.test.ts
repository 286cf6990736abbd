// Property tests: random and mutated exchanges never throw, never produce malformed observations,
// never leak text, and a request body that is not JSON never counts as anything. The classifier
// takes exchanges the worker checked with `exchangeSchema`, so every generated exchange goes through
// that schema first (and must pass it); what the schema refuses is a property of its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/linkedin/classify';
import { MAX_EXCHANGE_CHARS } from '../../../lib/linkedin/exchange-size';
import { type Exchange, exchangeSchema, type Observation } from '../../../lib/linkedin/vocabulary';
import { allCases, type FlowsFile, fixtureSecrets, readFixture, toExchange } from './helpers';

const RUNS = { anything: 4000, garbage: 3000, mutated: 3000, reads: 2000, refused: 3000 } as const;
// 15,000 property runs in all, plus the hostile-body sweep.

/** The exchange as the worker passes it on: checked by `exchangeSchema`, which it must pass. */
function checked(x: Record<string, unknown>): Exchange {
  const r = exchangeSchema.safeParse(x);
  if (!r.success) throw new Error(`the generator made an exchange the schema refuses: ${r.error.message}`);
  return r.data;
}

const exchanges: Exchange[] = [
  ...allCases().map(({ c }) => toExchange(c.exchange)),
  ...readFixture<FlowsFile>('flows.json').flows.flatMap((f) => f.steps.map((s) => toExchange(s.exchange))),
];
const urls = [...new Set(exchanges.map((x) => x.url))];
const sendUrls = [
  ...new Set(
    exchanges.filter((x) => x.method === 'POST' && !x.url.includes('/flagship-web/in/')).map((x) => x.url),
  ),
];
const requestBodies = exchanges.flatMap((x) => (x.requestBody ? [x.requestBody] : []));
const responseBodies = exchanges.flatMap((x) => (x.responseBody ? [x.responseBody] : []));
const secrets = fixtureSecrets().map((s) => s.trim());

const COUNTING = new Set([
  'invite',
  'invite-withdrawn',
  'message',
  'reply',
  'inmail',
  'open-profile-message',
  'limit-reached',
]);

function wellFormed(out: Observation[]): void {
  expect(Array.isArray(out)).toBe(true);
  const text = JSON.stringify(out);
  for (const s of secrets) expect(text.includes(s)).toBe(false);
  for (const o of out) {
    expect(typeof o.key).toBe('string');
    expect(o.key.startsWith(`${o.kind}:`)).toBe(true);
    expect(o.key.length).toBeLessThan(400);
  }
}

const isJson = (s: string): boolean => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};

// Within the schema's bounds: a method of 1–16 characters, a status 0–999, a linkedin.com URL.
const method = fc.oneof(
  fc.constantFrom('GET', 'POST', 'get', 'post', 'Post', 'PUT', 'DELETE'),
  fc.string({ minLength: 1, maxLength: 8 }),
);
const status = fc.oneof(
  fc.constantFrom(200, 201, 202, 204, 301, 400, 401, 403, 404, 406, 429, 500, 503),
  fc.integer({ min: 0, max: 999 }),
);
const linkedinOrigin = fc.constantFrom(
  'https://www.linkedin.com',
  'https://linkedin.com',
  'HTTPS://WWW.LinkedIn.COM',
);
const url = fc.oneof(
  fc.constantFrom(...urls),
  fc
    .tuple(linkedinOrigin, fc.webPath(), fc.option(fc.webQueryParameters(), { nil: undefined }))
    .map(([o, p, q]) => `${o}${p.startsWith('/') ? p : `/${p}`}${q === undefined ? '' : `?${q}`}`),
  fc.tuple(linkedinOrigin, fc.string()).map(([o, s]) => `${o}/${s}`),
  fc.tuple(fc.constantFrom(...urls), fc.string({ maxLength: 20 })).map(([u, s]) => u + s),
);
const truncated = fc
  .tuple(fc.constantFrom(...requestBodies, ...responseBodies), fc.nat())
  .map(([b, n]) => b.slice(0, b.length === 0 ? 0 : n % b.length));
const charFlip = fc
  .tuple(
    fc.constantFrom(...requestBodies, ...responseBodies),
    fc.nat(),
    fc.string({ minLength: 1, maxLength: 3 }),
  )
  .map(([b, n, s]) => {
    const i = b.length === 0 ? 0 : n % b.length;
    return b.slice(0, i) + s + b.slice(i + 1);
  });
/** A real body with one value swapped for random JSON: the shape may or may not survive. */
const leafSwap = fc
  .tuple(fc.constantFrom(...requestBodies.filter(isJson)), fc.nat(), fc.jsonValue({ maxDepth: 2 }))
  .map(([b, n, v]) => {
    const root = JSON.parse(b) as unknown;
    const nodes: Record<string, unknown>[] = [];
    const walk = (x: unknown) => {
      if (typeof x !== 'object' || x === null) return;
      nodes.push(x as Record<string, unknown>);
      for (const y of Object.values(x)) walk(y);
    };
    walk(root);
    const target = nodes[n % nodes.length];
    const keys = target ? Object.keys(target) : [];
    const k = keys[n % Math.max(1, keys.length)];
    if (target && k !== undefined) target[k] = v;
    return JSON.stringify(root);
  });
const body = fc.option(
  fc.oneof(fc.string(), fc.json(), truncated, charFlip, leafSwap, fc.constantFrom(...requestBodies)),
  { nil: undefined },
);

describe('fuzz: the classifier never throws and never counts garbage', () => {
  it(`random exchanges (${RUNS.anything} runs)`, () => {
    const classifier = createClassifier();
    fc.assert(
      fc.property(
        method,
        url,
        body,
        status,
        fc.option(fc.oneof(fc.string(), truncated, charFlip, fc.constantFrom(...responseBodies)), {
          nil: undefined,
        }),
        (m, u, req, st, res) => {
          wellFormed(
            classifier.observe(
              checked({ method: m, url: u, requestBody: req, status: st, responseBody: res }),
            ),
          );
        },
      ),
      { numRuns: RUNS.anything },
    );
  });

  it(`a request body that is not JSON never counts (${RUNS.garbage} runs)`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sendUrls),
        fc.constantFrom('POST', 'post'),
        fc.oneof(fc.string(), truncated, charFlip).filter((s) => !isJson(s)),
        status,
        fc.option(fc.constantFrom(...responseBodies), { nil: undefined }),
        (u, m, req, st, res) => {
          const out = createClassifier().observe(
            checked({ method: m, url: u, requestBody: req, status: st, responseBody: res }),
          );
          wellFormed(out);
          expect(out.filter((o) => COUNTING.has(o.kind))).toEqual([]);
        },
      ),
      { numRuns: RUNS.garbage },
    );
  });

  it(`real bodies with a value swapped stay well-formed (${RUNS.mutated} runs)`, () => {
    const classifier = createClassifier();
    fc.assert(
      fc.property(
        fc.constantFrom(...sendUrls),
        leafSwap,
        status,
        fc.option(fc.constantFrom(...responseBodies), { nil: undefined }),
        (u, req, st, res) => {
          wellFormed(
            classifier.observe(
              checked({ method: 'POST', url: u, requestBody: req, status: st, responseBody: res }),
            ),
          );
        },
      ),
      { numRuns: RUNS.mutated },
    );
  });

  it(`mutated read answers never throw (${RUNS.reads} runs)`, () => {
    const readUrls = urls.filter((u) => !sendUrls.includes(u));
    const classifier = createClassifier();
    fc.assert(
      fc.property(
        fc.constantFrom(...readUrls),
        fc.oneof(truncated, charFlip, fc.json(), fc.string()),
        status,
        (u, res, st) => {
          wellFormed(classifier.observe(checked({ method: 'GET', url: u, status: st, responseBody: res })));
          wellFormed(classifier.observe(checked({ method: 'POST', url: u, status: st, responseBody: res })));
        },
      ),
      { numRuns: RUNS.reads },
    );
  });

  it('huge, deep and hostile bodies are refused quietly', () => {
    const c = createClassifier();
    const invite = exchanges.find(
      (x) => x.url.includes('verifyQuotaAndCreateV2') && x.status < 300,
    ) as Exchange;
    // Past the 64 KB cap the worker never passes it on; and the classifier's own rule refuses a
    // body of a megabyte whole, should one ever reach it by another path.
    const padded = `${invite.requestBody?.slice(0, -1)},"pad":"${'x'.repeat(1_100_000)}"}`;
    expect(exchangeSchema.safeParse({ ...invite, requestBody: padded }).success).toBe(false);
    expect(c.observe({ ...invite, requestBody: padded })).toEqual([]);
    // As deep as fits under the cap, in both bodies.
    const deep = `${'['.repeat(15_000)}${']'.repeat(15_000)}`;
    const deepObj = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    for (const x of exchanges) {
      if (x.url.length + deep.length + deepObj.length > MAX_EXCHANGE_CHARS) continue;
      expect(() => c.observe(checked({ ...x, requestBody: deep, responseBody: deepObj }))).not.toThrow();
      expect(() => c.observe(checked({ ...x, responseBody: deep }))).not.toThrow();
    }
    const proto = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';
    for (const x of exchanges) c.observe(checked({ ...x, requestBody: proto, responseBody: proto }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it(`what the schema refuses never reaches the classifier (${RUNS.refused} runs)`, () => {
    // One field of a real exchange broken: the schema must refuse it. Each is something the
    // classifier once checked itself (types, ranges, other hosts) and now leaves to the schema.
    const bad = fc.oneof(
      fc.constantFrom<[string, unknown]>(
        ['method', ''],
        ['method', 'POST'.repeat(5)],
        ['method', 1],
        ['method', null],
        ['url', 'https://www.linkedin.com.evil.io/voyager/api/me'],
        ['url', 'http://www.linkedin.com/voyager/api/me'],
        ['url', 'https://www.linkedin.com:443/voyager/api/me'],
        ['url', 'https://user@www.linkedin.com/voyager/api/me'],
        ['url', `https://www.linkedin.com/${'x'.repeat(4096)}`],
        ['url', 42],
        ['status', 200.5],
        ['status', Number.NaN],
        ['status', Number.POSITIVE_INFINITY],
        ['status', '200'],
        ['requestBody', { a: 1 }],
        ['responseBody', ['x']],
        ['account', 'urn:li:fsd_profile:forged'],
      ),
      fc.tuple(fc.constant('status'), fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: 1000 }))),
      fc.tuple(fc.constant('method'), fc.string({ minLength: 17, maxLength: 40 })),
      fc.tuple(
        fc.constant('url'),
        fc.oneof(fc.webUrl(), fc.string()).filter((u) => !/^https:\/\/(www\.)?linkedin\.com\//i.test(u)),
      ),
      fc.tuple(
        fc.constantFrom('requestBody', 'responseBody'),
        fc.jsonValue().filter((v) => typeof v !== 'string' && v !== null),
      ),
      fc.tuple(fc.constant('responseBody'), fc.constant('x'.repeat(MAX_EXCHANGE_CHARS))),
    );
    fc.assert(
      fc.property(fc.constantFrom(...exchanges), bad, (x, [k, v]) => {
        expect(exchangeSchema.safeParse({ ...x, [k]: v }).success).toBe(false);
      }),
      { numRuns: RUNS.refused },
    );
  });
});
