// @vitest-environment happy-dom
// The registry's meta-test: what Pacer recognises is data (routes in prefilter.ts/endpoints.ts,
// selectors in selectors.ts), and every entry of that data is backed by a fixture. A new route
// needs a fixture exchange; a new selector or label variant needs a DOM fixture it matches.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeLabel, openShadowRoots } from '../../../lib/linkedin/composers';
import { ENDPOINTS, type EndpointId } from '../../../lib/linkedin/endpoints';
import { matchEndpoint } from '../../../lib/linkedin/match-endpoint';
import { linkedinPathStart, READ_ROUTES, type Route, SEND_ROUTES } from '../../../lib/linkedin/prefilter';
import * as S from '../../../lib/linkedin/selectors';
import { DOM_FIXTURE_DIR, DOM_FIXTURES, loadFixture } from '../warning/dom';
import { allCases, type FixtureExchange, type FlowsFile, readFixture } from './helpers';

describe('endpoint registry: every endpoint has fixture cases', () => {
  const exchanges: FixtureExchange[] = [
    ...allCases().map(({ c }) => c.exchange),
    ...readFixture<FlowsFile>('flows.json').flows.flatMap((f) => f.steps.map((s) => s.exchange)),
  ];
  const matched = exchanges.map((x) => matchEndpoint(x.method, x.url)?.endpoint);

  it('sends and reads are told apart by the route data alone', () => {
    const ids = (routes: readonly (readonly [string, ...unknown[]])[]) => new Set(routes.map(([id]) => id));
    const sends = ids(SEND_ROUTES);
    for (const id of ids(READ_ROUTES)) expect(sends.has(id), id).toBe(false);
    for (const e of ENDPOINTS) expect(e.role).toBe(sends.has(e.id) ? 'send' : 'read');
  });

  // Per route row: two rows may share an id (two query names of one read), so each is checked apart.
  const rows = [...SEND_ROUTES, ...READ_ROUTES] as readonly Route[];
  it.each(rows.map((r) => [`${r[0]}: ${r[1]} ${r[2]}${r[3] ? ` (${r[3]})` : ''}`, r] as const))(
    '%s is matched by at least one fixture exchange',
    (_name, [id, method, path, needle]) => {
      const hits = exchanges.filter((x) => {
        const start = linkedinPathStart(x.url);
        return (
          start >= 0 &&
          x.method.toUpperCase() === method &&
          x.url.startsWith(path, start) &&
          (!needle || x.url.includes(needle, start)) &&
          matchEndpoint(x.method, x.url)?.endpoint.id === id
        );
      });
      expect(hits.length).toBeGreaterThan(0);
    },
  );

  it('every endpoint id has a fixture case', () => {
    const ids = new Set<EndpointId>(matched.flatMap((e) => (e ? [e.id] : [])));
    expect([...new Set(ENDPOINTS.map((e) => e.id))].filter((id) => !ids.has(id))).toEqual([]);
  });
});

// ---------------------------------------------------------------- selectors × DOM fixtures

/** Every element of the loaded fixture, open shadow roots included. */
function elements(): Element[] {
  return [document, ...openShadowRoots(document)].flatMap((scope) => Array.from(scope.querySelectorAll('*')));
}

const labelOf = (el: Element) => normalizeLabel(el.getAttribute('aria-label') ?? el.textContent);
const isButton = (el: Element) => el.matches('button,[role="button"]');

type Matcher = (variant: string, all: Element[]) => boolean;

const css: Matcher = (sel, all) => all.some((el) => el.matches(sel));
const buttonLabel: Matcher = (label, all) =>
  all.some((el) => isButton(el) && labelOf(el) === normalizeLabel(label));
const buttonWord: Matcher = (word, all) => all.some((el) => isButton(el) && labelOf(el).includes(word));
const dialogLabel: Matcher = (label, all) =>
  all.some(
    (el) =>
      el.matches(S.DIALOGS.join(',')) &&
      normalizeLabel(el.getAttribute('aria-label')) === normalizeLabel(label),
  );
const subjectLabel: Matcher = (label, all) =>
  all.some(
    (el) =>
      el.matches('input,textarea') &&
      normalizeLabel(el.getAttribute('aria-label') ?? el.getAttribute('placeholder')).startsWith(
        normalizeLabel(label),
      ),
  );

/** Each list of selectors.ts, and how composers.ts uses its entries. Pacer's own banner is not LinkedIn markup. */
const LISTS: Record<string, [readonly string[], Matcher]> = {
  SHADOW_HOSTS: [S.SHADOW_HOSTS, css],
  DIALOGS: [S.DIALOGS, css],
  NOT_COMPOSERS: [S.NOT_COMPOSERS, css],
  INVITE_MODAL_MARKERS: [S.INVITE_MODAL_MARKERS, css],
  INVITE_NOTE_FIELD: [S.INVITE_NOTE_FIELD, css],
  INVITE_SEND_LABELS: [S.INVITE_SEND_LABELS, buttonLabel],
  SEND_LABELS: [S.SEND_LABELS, buttonLabel],
  INVITE_ADD_NOTE_LABELS: [S.INVITE_ADD_NOTE_LABELS, buttonLabel],
  SEND_WORDS: [S.SEND_WORDS, buttonWord],
  NOT_SEND_WORDS: [S.NOT_SEND_WORDS, buttonWord],
  INVITE_SEND_SUBMIT: [S.INVITE_SEND_SUBMIT, css],
  INVITE_SEND_CLASS: [S.INVITE_SEND_CLASS, css],
  MESSAGE_FORMS: [S.MESSAGE_FORMS, css],
  MESSAGING_DIALOG_LABELS: [S.MESSAGING_DIALOG_LABELS, dialogLabel],
  MESSAGE_FIELD: [S.MESSAGE_FIELD, css],
  MESSAGE_SEND: [S.MESSAGE_SEND, css],
  INMAIL_SUBJECT: [S.INMAIL_SUBJECT, css],
  INMAIL_SUBJECT_LABELS: [S.INMAIL_SUBJECT_LABELS, subjectLabel],
};

describe('selector registry: every variant matches a DOM fixture', () => {
  it('every DOM fixture file is listed (and so has an expected composer in composers.test.ts)', () => {
    const files = readdirSync(DOM_FIXTURE_DIR).filter((f) => f.endsWith('.html'));
    expect(files.map((f) => f.slice(0, -'.html'.length)).sort()).toEqual([...DOM_FIXTURES].sort());
  });

  it('covers every list selectors.ts exports', () => {
    const exported = Object.entries(S)
      .filter(([, v]) => Array.isArray(v))
      .map(([k]) => k)
      .sort();
    expect(Object.keys(LISTS).sort()).toEqual(exported);
  });

  const variants = Object.entries(LISTS).flatMap(([list, [entries, match]]) =>
    entries.map((v) => [`${list}: ${v}`, v, match] as const),
  );
  it.each(variants)('%s', (_name, variant, match) => {
    const hits = DOM_FIXTURES.filter((f) => {
      loadFixture(f);
      return match(variant, elements());
    });
    expect(hits.length, `no DOM fixture in tests/fixtures/linkedin/dom matches ${variant}`).toBeGreaterThan(
      0,
    );
  });
});
