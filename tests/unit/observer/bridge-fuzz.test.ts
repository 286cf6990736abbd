// Property tests of the whole bridge path, as a hostile page could drive it: a bridge message
// (a CustomEvent detail) → the content script's `parseBridgeMessage` → the runtime message (a JSON
// round trip) → the worker's `exchangeSchema` → a fresh classifier's `observe`. Inputs: random strings, random JSON, random records,
// and real fixture exchanges mutated (status flips, truncation, other hosts, oversize, deep nesting,
// prototype-pollution keys, huge numbers, unicode, type swaps). Nothing throws, nothing hangs,
// oversize never passes, and garbage never counts.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createClassifier } from '../../../lib/linkedin/classify';
import { MAX_EXCHANGE_CHARS } from '../../../lib/linkedin/exchange-size';
import { LINKEDIN_URL } from '../../../lib/linkedin/prefilter';
import { type Exchange, exchangeSchema, type Observation } from '../../../lib/linkedin/vocabulary';
import { parseBridgeMessage } from '../../../lib/observer/exchange-schema';
import { allCases, type FlowsFile, readFixture, toExchange } from '../linkedin/helpers';

/** The worker's check at its boundary: the typed exchange, or null. */
function parseExchange(x: unknown): Exchange | null {
  const r = exchangeSchema.safeParse(x);
  return r.success ? r.data : null;
}

/** What a user did: the kinds a meter counts. */
const COUNTED = new Set(['invite', 'message', 'inmail', 'open-profile-message', 'profile-view']);
const SENDS = new Set(['invite', 'message', 'inmail', 'open-profile-message']);

const RUNS = {
  strings: 4000,
  json: 4000,
  records: 4000,
  mutated: 12_000,
  hostile: 2000,
  oversize: 200,
  deep: 200,
  differential: 4000,
  boundary: 400,
} as const;

/** Wall-clock caps: generous (a GC pause can take tens of ms), they only catch a hang or something quadratic. */
const PER_INPUT_MS = 1000;
const PER_PROPERTY_MS = 8000;

let tried = 0;
let slowest = 0;
const stats = { droppedByContent: 0, droppedByWorker: 0, classified: 0, counted: 0, nearCapContentOnly: 0 };

afterAll(() => {
  console.log(
    `bridge fuzz: ${tried} inputs tried (${stats.droppedByContent} dropped by the content script, ` +
      `${stats.droppedByWorker} by the worker, ${stats.classified} classified, ${stats.counted} counted; ` +
      `${stats.nearCapContentOnly} near-cap messages dropped by both sides); ` +
      `slowest input ${slowest.toFixed(1)} ms`,
  );
});

interface Outcome {
  stage: 'content' | 'worker' | 'classified';
  exchange?: Exchange;
  obs: Observation[];
}

/** The bridge path end to end. Any throw fails the property that called it. */
function pipeline(detail: unknown): Outcome {
  tried++;
  const start = performance.now();
  try {
    const forwarded = parseBridgeMessage(detail);
    if (!forwarded) {
      stats.droppedByContent++;
      return { stage: 'content', obs: [] };
    }
    // runtime.sendMessage serializes its data as JSON.
    const exchange = parseExchange(JSON.parse(JSON.stringify(forwarded)));
    if (!exchange) {
      stats.droppedByWorker++;
      return { stage: 'worker', obs: [] };
    }
    const obs = createClassifier({ now: () => 1_790_000_000_000 }).observe(exchange);
    stats.classified++;
    if (obs.some((o) => COUNTED.has(o.kind))) stats.counted++;
    return { stage: 'classified', exchange, obs };
  } finally {
    const ms = performance.now() - start;
    slowest = Math.max(slowest, ms);
    expect(ms).toBeLessThan(PER_INPUT_MS);
  }
}

function timed(name: string, body: () => void): void {
  const start = performance.now();
  body();
  const ms = performance.now() - start;
  expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(PER_PROPERTY_MS);
}

const isJsonObject = (s: string | undefined): boolean => {
  if (s === undefined) return false;
  try {
    const v = JSON.parse(s);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
};

const counted = (o: Outcome) => o.obs.filter((x) => COUNTED.has(x.kind));

/**
 * What holds for every input: a counted observation needs a message both validators accepted, a 2xx
 * answer from a linkedin.com URL, and, for a send, a request body that is a JSON object.
 */
function honestOrNothing(o: Outcome): void {
  const c = counted(o);
  if (c.length === 0) return;
  const x = o.exchange as Exchange;
  expect(o.stage).toBe('classified');
  expect(x.status >= 200 && x.status < 300).toBe(true);
  expect(LINKEDIN_URL.test(x.url)).toBe(true);
  expect(
    Object.keys(x).every((k) => ['method', 'url', 'status', 'requestBody', 'responseBody'].includes(k)),
  ).toBe(true);
  if (c.some((k) => SENDS.has(k.kind))) expect(isJsonObject(x.requestBody)).toBe(true);
}

// ---------------------------------------------------------------- the real exchanges

const fixtures: Exchange[] = [
  ...allCases().map(({ c }) => toExchange(c.exchange)),
  ...readFixture<FlowsFile>('flows.json').flows.flatMap((f) => f.steps.map((s) => toExchange(s.exchange))),
].filter((x) => JSON.stringify(x).length <= MAX_EXCHANGE_CHARS);
const urls = [...new Set(fixtures.map((x) => x.url))];
const sends = fixtures.filter((x) => x.method.toUpperCase() === 'POST' && isJsonObject(x.requestBody));
const bodies = fixtures.flatMap((x) => [x.requestBody, x.responseBody]).filter((b): b is string => !!b);

const real = fc.constantFrom(...fixtures);

// ---------------------------------------------------------------- building blocks

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const weirdChar = fc.oneof(
  fc.constantFrom('\u0000', '\u2028', '\u2029', '\u202e', '\u200b', '\ufeff', '"', '\\', '\n', '</script>'),
  loneSurrogate,
);
const unicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: weirdChar, maxLength: 4 }),
);

const otherHostUrl = fc.tuple(fc.constantFrom(...urls), fc.nat()).map(([u, n]) => {
  const rest = u.replace(/^https:\/\/(www\.)?linkedin\.com/i, '');
  const hosts = [
    'https://www.linkedin.com.evil.io',
    'https://evil.io',
    'http://www.linkedin.com',
    'https://www.linkedin.co',
    'https://wwwxlinkedin.com',
    'https://www.linkedin.com@evil.io',
    'https://evil.io/https://www.linkedin.com',
    'https://xn--linkedn-q4a.com',
    'https://www.1inkedin.com',
    'https://www.linkedin.com:443.evil.io',
    'HTTPS://www.linkedin.com\u202e',
    ' https://www.linkedin.com',
    '//www.linkedin.com',
    'javascript:fetch("https://www.linkedin.com',
  ];
  return (hosts[n % hosts.length] as string) + rest;
});

const statusAny = fc.oneof(
  fc.constantFrom(200, 201, 202, 204, 299, 300, 301, 400, 403, 429, 500, 999, 0),
  fc.integer({ min: -1000, max: 2000 }),
  fc.constantFrom(-0, 200.5, 1e21, 2 ** 53 + 1, -(2 ** 31), Number.MAX_VALUE, 1e308, 5e-324),
);

/** A random node of a JSON body edited (a leaf replaced, a key added); the body unchanged if it is not JSON. */
function editJson(
  body: string,
  n: number,
  edit: (node: Record<string, unknown>, key: string) => void,
): string {
  try {
    const root: unknown = JSON.parse(body);
    const nodes: Record<string, unknown>[] = [];
    const walk = (x: unknown) => {
      if (typeof x !== 'object' || x === null) return;
      nodes.push(x as Record<string, unknown>);
      for (const y of Object.values(x)) walk(y);
    };
    walk(root);
    const node = nodes[n % Math.max(1, nodes.length)];
    if (!node) return body;
    const keys = Object.keys(node);
    edit(node, keys[n % Math.max(1, keys.length)] ?? 'x');
    return JSON.stringify(root);
  } catch {
    // Not JSON, or nested too deep (by an earlier mutation) for a recursive walk.
    return body;
  }
}

const deepJson = fc
  .tuple(fc.integer({ min: 1, max: 30_000 }), fc.boolean())
  .map(([d, arr]) => (arr ? `${'['.repeat(d)}${']'.repeat(d)}` : `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`));
/** Number literals JSON.stringify never writes, none of them an integer in 0–999. */
const hugeStatus = fc.constantFrom(
  '1e308',
  '-1e308',
  '1e309',
  '-1e309',
  '18446744073709551617',
  '9007199254740993',
  '123456789012345678901234567890',
  '1e3',
  '200.5e0',
  '-1',
);
const POLLUTION = [
  '"__proto__":{"polluted":true,"status":200}',
  '"constructor":{"prototype":{"polluted":true}}',
  '"prototype":{"polluted":true}',
  '"__defineGetter__":1,"hasOwnProperty":"x","toString":"x","valueOf":{}',
];

type Mutation = (x: Exchange, n: number, extra: string) => Exchange;

/** Each mutation keeps the message well-typed; whether it still counts is the oracle's business. */
const MUTATIONS: Record<string, Mutation> = {
  status: (x, n) => ({
    ...x,
    status: [200, 201, 204, 299, 300, 302, 400, 401, 403, 404, 429, 500, 503][n % 13] as number,
  }),
  truncateRequest: (x, n) => ({
    ...x,
    requestBody: x.requestBody?.slice(0, n % (x.requestBody.length || 1)),
  }),
  truncateResponse: (x, n) => ({
    ...x,
    responseBody: x.responseBody?.slice(0, n % (x.responseBody.length || 1)),
  }),
  dropResponse: (x) => ({ ...x, responseBody: undefined }),
  dropRequest: (x) => ({ ...x, requestBody: undefined }),
  method: (x, n) => ({
    ...x,
    method: ['GET', 'PUT', 'DELETE', 'OPTIONS', 'post', 'POST ', 'P0ST'][n % 7] as string,
  }),
  unicodeInBody: (x, n, s) => {
    const b = x.requestBody ?? '';
    const i = n % (b.length + 1);
    return { ...x, requestBody: b.slice(0, i) + s + b.slice(i) };
  },
  unicodeInResponse: (x, n, s) => {
    const b = x.responseBody ?? '';
    const i = n % (b.length + 1);
    return { ...x, responseBody: b.slice(0, i) + s + b.slice(i) };
  },
  unicodeInUrl: (x, n, s) => {
    const i = 24 + (n % Math.max(1, x.url.length - 23));
    return { ...x, url: x.url.slice(0, i) + s + x.url.slice(i) };
  },
  unicodeInLeaf: (x, n, s) => ({
    ...x,
    requestBody:
      x.requestBody && editJson(x.requestBody, n, (node, k) => (node[k] = `${String(node[k])}${s}`)),
  }),
  hugeNumberLeaf: (x, n) => ({
    ...x,
    requestBody:
      x.requestBody &&
      editJson(x.requestBody, n, (node, k) => (node[k] = '\u0000HUGE\u0000')).replace(
        '"\\u0000HUGE\\u0000"',
        ['1e308', '-0', '18446744073709551617', '1e999'][n % 4] as string,
      ),
  }),
  pollutionKey: (x, n) => ({
    ...x,
    requestBody: x.requestBody?.startsWith('{')
      ? `{${POLLUTION[n % POLLUTION.length]},${x.requestBody.slice(1)}`
      : x.requestBody,
    responseBody: x.responseBody?.startsWith('{')
      ? `{${POLLUTION[(n + 1) % POLLUTION.length]},${x.responseBody.slice(1)}`
      : x.responseBody,
  }),
  deepLeaf: (x, n) => ({
    ...x,
    requestBody:
      x.requestBody &&
      editJson(x.requestBody, n, (node, k) => (node[k] = '\u0000DEEP\u0000')).replace(
        '"\\u0000DEEP\\u0000"',
        `${'['.repeat(500 + (n % 5000))}${']'.repeat(500 + (n % 5000))}`,
      ),
  }),
  swapBodies: (x) => ({ ...x, requestBody: x.responseBody, responseBody: x.requestBody }),
  otherBody: (x, n) => ({ ...x, requestBody: bodies[n % bodies.length] }),
  otherUrl: (x, n) => ({ ...x, url: urls[n % urls.length] as string }),
  // Fields beyond the exchange's: a forged account or tab never rides along (both sides drop the message).
  extraKeys: (x) => ({ ...x, account: 'urn:li:fsd_profile:Forged', tabId: 1, kind: 'invite' }) as Exchange,
};
const mutationNames = Object.keys(MUTATIONS);

/** 1–3 mutations of a real exchange. */
const mutated = fc
  .tuple(
    real,
    fc.array(fc.tuple(fc.constantFrom(...mutationNames), fc.nat(), unicode), { minLength: 1, maxLength: 3 }),
  )
  .map(([x, steps]) => steps.reduce((acc, [m, n, s]) => (MUTATIONS[m] as Mutation)(acc, n, s), x));

const detailOf = (x: unknown) => JSON.stringify(x);
/** JSON with sorted keys: the two validators return the same fields in different orders. */
const canonical = (x: object | undefined) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(x ?? {})
        .filter(([, v]) => v !== undefined)
        .sort(),
    ),
  );

// ---------------------------------------------------------------- the properties

describe('bridge fuzz: never throws, never hangs, never counts garbage', () => {
  it(`random strings (${RUNS.strings} runs) are dropped and count nothing`, () => {
    timed('strings', () =>
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ maxLength: 200 }),
            fc.string({ unit: 'binary', maxLength: 200 }),
            fc.string({ unit: weirdChar, maxLength: 50 }),
            fc.constantFrom('', '{', '}', 'null', 'true', '[]', '{}', '"x"', '1e400', '{"__proto__":{}}'),
          ),
          (s) => {
            expect(counted(pipeline(s))).toEqual([]);
          },
        ),
        { numRuns: RUNS.strings },
      ),
    );
  });

  it(`random JSON and non-string details (${RUNS.json} runs) count nothing`, () => {
    timed('json', () =>
      fc.assert(
        fc.property(
          fc.oneof(
            fc.json({ maxDepth: 4 }),
            fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
            fc.anything({ maxDepth: 3 }),
            fc.constantFrom(null, undefined, 0, Number.NaN, Symbol('x'), () => 1, new ArrayBuffer(4)),
          ),
          (d) => {
            expect(counted(pipeline(d))).toEqual([]);
          },
        ),
        { numRuns: RUNS.json },
      ),
    );
  });

  it(`random records on real URLs (${RUNS.records} runs): no send from a random body`, () => {
    timed('records', () =>
      fc.assert(
        fc.property(
          fc.record(
            {
              method: fc.oneof(fc.constantFrom('GET', 'POST', 'post'), fc.string({ maxLength: 20 })),
              url: fc.oneof(fc.constantFrom(...urls), fc.webUrl(), otherHostUrl),
              status: statusAny,
              requestBody: fc.oneof(fc.json({ maxDepth: 3 }), fc.string(), unicode, fc.constant(undefined)),
              responseBody: fc.oneof(fc.json({ maxDepth: 3 }), fc.string(), fc.constant(undefined)),
            },
            { requiredKeys: ['url'] },
          ),
          (r) => {
            const out = pipeline(detailOf(r));
            honestOrNothing(out);
            // A random body is never a send. A profile view is a 2xx answer to a profile URL: that is honest.
            expect(out.obs.filter((o) => SENDS.has(o.kind))).toEqual([]);
          },
        ),
        { numRuns: RUNS.records },
      ),
    );
  });

  it(`mutated real exchanges (${RUNS.mutated} runs): only honest-looking ones count`, () => {
    let countedMutants = 0;
    timed('mutated', () =>
      fc.assert(
        fc.property(mutated, (x) => {
          const out = pipeline(detailOf(x));
          honestOrNothing(out);
          if (counted(out).length) countedMutants++;
        }),
        { numRuns: RUNS.mutated },
      ),
    );
    // Not vacuous: mutations that keep an exchange honest (a truncated answer, a note in another
    // script) still count.
    expect(countedMutants).toBeGreaterThan(RUNS.mutated / 50);
  });

  it(`hostile message shapes (${RUNS.hostile} runs) are dropped by the content script`, () => {
    const hostile = fc.oneof(
      // another host
      fc.tuple(real, otherHostUrl).map(([x, url]) => detailOf({ ...x, url })),
      // wrong types
      fc
        .tuple(
          real,
          fc.constantFrom('method', 'url', 'status', 'requestBody', 'responseBody'),
          fc.oneof(
            fc.constantFrom(null, true, 1, [], {}, '200', ''),
            fc.jsonValue({ maxDepth: 2 }).filter((v) => typeof v !== 'string'),
          ),
        )
        .filter(
          ([, k, v]) =>
            !(k === 'status' && typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 999) &&
            !(k === 'method' && typeof v === 'string' && v.length >= 1 && v.length <= 16) &&
            !((k === 'requestBody' || k === 'responseBody') && typeof v === 'string'),
        )
        .map(([x, k, v]) => detailOf({ ...x, [k]: v })),
      // out-of-range or non-integer status
      fc
        .tuple(real, fc.constantFrom(-1, 1000, 200.5, 1e21, 1e308, 2 ** 53 + 1, -(2 ** 31)))
        .map(([x, status]) => detailOf({ ...x, status })),
      // non-finite status (JSON writes null) and huge literals JSON.stringify would never write
      fc
        .tuple(real, hugeStatus)
        .map(([x, n]) => detailOf({ ...x, status: 0 }).replace('"status":0', `"status":${n}`)),
      // the fields only under a prototype-pollution key
      real.map((x) => `{"__proto__":${detailOf(x)}}`),
      real.map((x) => `{"constructor":{"prototype":${detailOf(x)}}}`),
      // a method too long, a URL too long
      real.map((x) => detailOf({ ...x, method: 'POST'.repeat(5) })),
      real.map((x) =>
        detailOf({ ...x, url: `${x.url}${x.url.includes('?') ? '&' : '?'}p=${'x'.repeat(4096)}` }),
      ),
      // the message wrapped, or an array of messages
      real.map((x) => detailOf({ exchange: x })),
      real.map((x) => detailOf([x, x])),
    );
    timed('hostile', () =>
      fc.assert(
        fc.property(hostile, (d) => {
          const out = pipeline(d);
          expect(out.stage).toBe('content');
        }),
        { numRuns: RUNS.hostile },
      ),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it(`oversize messages (${RUNS.oversize} runs) are dropped, by both validators`, () => {
    const oversize = fc
      .tuple(
        real,
        fc.constantFrom('requestBody', 'responseBody', 'both'),
        fc.integer({ min: 1, max: 3 * MAX_EXCHANGE_CHARS }),
        fc.constantFrom('x', ' ', '"', '\u00e9', '\ud83d\ude00'),
      )
      .map(([x, where, extra, ch]) => {
        // Padding inside a real JSON body keeps it otherwise honest: only the size is wrong.
        const pad = ch.repeat(Math.ceil((MAX_EXCHANGE_CHARS + extra) / ch.length));
        const padBody = (b: string | undefined) =>
          b?.startsWith('{') ? `{"pad":"${pad.replaceAll('"', '\\"')}",${b.slice(1)}` : `${b ?? ''}${pad}`;
        return {
          ...x,
          status: 200,
          requestBody: where === 'responseBody' ? x.requestBody : padBody(x.requestBody),
          responseBody: where === 'requestBody' ? x.responseBody : padBody(x.responseBody),
        };
      });
    timed('oversize', () =>
      fc.assert(
        fc.property(oversize, (x) => {
          expect(pipeline(detailOf(x)).stage).toBe('content');
          // The worker refuses it too, should it ever arrive by another path.
          expect(parseExchange(JSON.parse(detailOf(x)))).toBeNull();
        }),
        { numRuns: RUNS.oversize },
      ),
    );
  });

  it(`deeply nested JSON (${RUNS.deep} runs), as the message and as bodies, counts nothing`, () => {
    timed('deep', () =>
      fc.assert(
        fc.property(
          real,
          deepJson,
          fc.constantFrom('message', 'requestBody', 'responseBody', 'both'),
          (x, deep, where) => {
            if (where === 'message') {
              expect(counted(pipeline(deep))).toEqual([]);
              return;
            }
            const y = {
              ...x,
              requestBody: where === 'responseBody' ? x.requestBody : deep,
              responseBody: where === 'requestBody' ? x.responseBody : deep,
            };
            const out = pipeline(detailOf(y));
            honestOrNothing(out);
            if (where !== 'responseBody') expect(out.obs.filter((o) => SENDS.has(o.kind))).toEqual([]);
          },
        ),
        { numRuns: RUNS.deep },
      ),
    );
  });

  it('the unmutated fixtures pass the bridge intact: the fuzzing is not vacuous', () => {
    let countedOriginals = 0;
    for (const x of fixtures) {
      const out = pipeline(detailOf(x));
      expect(out.stage).toBe('classified');
      expect(canonical(out.exchange)).toBe(canonical(x));
      honestOrNothing(out);
      if (counted(out).length) countedOriginals++;
    }
    expect(countedOriginals).toBeGreaterThan(sends.length / 3);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// ---------------------------------------------------------------- content side vs worker side

/** A value of the right type or of a wrong one, with the edge cases of each check. */
const field = {
  method: fc.oneof(
    fc.string({ minLength: 0, maxLength: 18 }),
    fc.constantFrom('POST', 'GET', 'x'.repeat(16), 'x'.repeat(17), ''),
    fc.constantFrom(null, 1, true, ['POST'], { m: 'POST' }),
  ),
  url: fc.oneof(
    fc.constantFrom(...urls),
    otherHostUrl,
    fc.webUrl(),
    fc.nat({ max: 80 }).map((n) => `https://www.linkedin.com/${'a'.repeat(4096 - 25 + n - 40)}`),
    fc.constantFrom(null, 404, {}),
  ),
  status: fc.oneof(statusAny, fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, '200', null, true)),
  body: fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: weirdChar, maxLength: 30 }),
    fc.constantFrom(...bodies),
    fc.constantFrom(null, 0, {}, [], false),
  ),
};

const typedRecord = (body: fc.Arbitrary<unknown>) =>
  fc.record(
    { method: field.method, url: field.url, status: field.status, requestBody: body, responseBody: body },
    { requiredKeys: [] },
  );

const sizeOfFields = (r: Record<string, unknown>) =>
  ['url', 'requestBody', 'responseBody'].reduce(
    (n, k) => n + (typeof r[k] === 'string' ? (r[k] as string).length : 0),
    0,
  );

describe('bridge fuzz: the content script and the worker agree', () => {
  it(`same verdict on generated objects, extra fields included (${RUNS.differential} runs)`, () => {
    const extra = fc.option(
      fc.tuple(
        fc.constantFrom('account', 'tabId', 'kind', '__proto__', 'constructor', 'Method'),
        fc.jsonValue(),
      ),
      { nil: undefined, freq: 4 },
    );
    const verdicts = { accepted: 0, droppedForExtra: 0 };
    timed('differential', () =>
      fc.assert(
        fc.property(fc.oneof(typedRecord(field.body), real), extra, (typed, more) => {
          const r: Record<string, unknown> = more ? { ...typed, [more[0]]: more[1] } : typed;
          tried++;
          const content = parseBridgeMessage(JSON.stringify(r));
          const worker = parseExchange(r);
          expect(content === null).toBe(worker === null);
          if (content && worker) expect(canonical(content)).toBe(canonical(worker));
          if (content) verdicts.accepted++;
          if (more && parseBridgeMessage(JSON.stringify(typed))) verdicts.droppedForExtra++;
        }),
        { numRuns: RUNS.differential },
      ),
    );
    // Not vacuous: both sides accepted many, and dropped many only for a field beyond the exchange's.
    expect(verdicts.accepted).toBeGreaterThan(RUNS.differential / 20);
    expect(verdicts.droppedForExtra).toBeGreaterThan(RUNS.differential / 100);
  });

  it(`near the 64 KB cap (${RUNS.boundary} runs): what the content script forwards, the worker accepts`, () => {
    const bigBody = fc
      .tuple(
        fc.integer({ min: MAX_EXCHANGE_CHARS / 2 - 600, max: MAX_EXCHANGE_CHARS / 2 + 100 }),
        fc.constantFrom('x', '"', '\u0001'),
      )
      .map(([n, ch]) => ch.repeat(n));
    timed('boundary', () =>
      fc.assert(
        fc.property(fc.constantFrom(...urls), bigBody, bigBody, (url, requestBody, responseBody) => {
          tried++;
          const r = { method: 'POST', url, status: 200, requestBody, responseBody };
          const content = parseBridgeMessage(JSON.stringify(r));
          const worker = parseExchange(r);
          // Never forwarded and then refused (a refusal makes the content script retry it).
          if (content) expect(worker).not.toBeNull();
          // Over the cap by the worker's measure: dropped by both.
          if (sizeOfFields(r) > MAX_EXCHANGE_CHARS) expect(content).toBeNull();
          // Both sides measure the cap the same way: the same verdict near it too.
          expect(content === null).toBe(worker === null);
          if (content === null) stats.nearCapContentOnly++;
        }),
        { numRuns: RUNS.boundary },
      ),
    );
  });

  // Both sides measure the 64 KB cap on the decoded URL and bodies (not on the escaped JSON text).
  it('both sides measure the 64 KB cap the same way', () => {
    const url = 'https://www.linkedin.com/voyager/api/me';
    const cases = [
      { method: 'GET', url, status: 200, responseBody: 'x'.repeat(MAX_EXCHANGE_CHARS - url.length - 10) },
      { method: 'GET', url, status: 200, responseBody: '"'.repeat(40_000) },
    ];
    for (const r of cases)
      expect(parseBridgeMessage(JSON.stringify(r)) === null).toBe(parseExchange(r) === null);
  });
});
