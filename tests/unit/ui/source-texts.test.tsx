// @vitest-environment happy-dom
// Where the numbers come from, as a user reads it: every source is a public publisher and title
// (linked where its address is known), never an internal note, a section sign or a bare article id.
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { SourcesSection } from '../../../components/options-form';
import { SourceText } from '../../../components/source-text';
import {
  CITATIONS,
  CITES,
  ENGAGEMENT_SOURCE,
  LIMIT_SOURCES,
  meterSource,
  planSource,
  RAMP_UP_SOURCE,
  type SourceNote,
  STATEMENT_CITES,
} from '../../../lib/domain/limit-sources';
import { METER_IDS, PLANS } from '../../../lib/domain/limits';
import { defaultSettings } from '../../../lib/domain/settings';
import { citationText, sourceParts, sourceText } from '../../../lib/ui/source-parts';
import { untranslated, useLocale, usePseudoLocale } from '../i18n-setup';
import { mount } from './render';

/** Every source note a page can show, with where it is shown. */
function allSourceNotes(): [string, SourceNote][] {
  const out: [string, SourceNote][] = [
    ['ramp-up', RAMP_UP_SOURCE],
    ['engagement', ENGAGEMENT_SOURCE],
  ];
  const base = defaultSettings(new Date(0));
  for (const plan of PLANS) {
    for (const id of METER_IDS) {
      out.push([`${plan} ${id}`, planSource(plan, id)]);
      out.push([`${plan} ${id} (override)`, meterSource({ ...base, plan, overrides: { [id]: 7 } }, id)]);
    }
    const s = LIMIT_SOURCES[plan];
    out.push([`${plan} InMail grant`, s.inmail.monthlyCredits]);
    out.push([`${plan} InMail cap`, s.inmail.maxBalance]);
    out.push([`${plan} InMail expiry`, s.inmail.expiry]);
    out.push([`${plan} note length`, s.noteMaxLength]);
  }
  return out;
}

/** Every source text a page can show (in the current language), with where it is shown. */
function allSourceTexts(): [string, string][] {
  return allSourceNotes().map(([where, note]) => [where, sourceText(note)]);
}

/** What a user could not look up: internal notes, section signs, bare LinkedIn Help ids. */
const INTERNAL: [string, RegExp][] = [
  ['seed', /seed/i],
  ['research', /research/i],
  ['anchors', /anchors/i],
  ['§', /§/],
  ['a bare note id', /\bs\d{2}\b/i],
  ['a bare LinkedIn Help id', /\b(?:a\d{5,}|answer\/\d+)\b/i],
];

function expectPublic(where: string, text: string) {
  for (const [what, re] of INTERNAL) expect(text, `${where} cites ${what}: ${text}`).not.toMatch(re);
}

describe('source texts', () => {
  it('the checks catch what they are meant to catch', () => {
    for (const bad of ['Seed 001 table', 'research §3', 'LinkedIn Help a550555', 'answer/75', 'see s05'])
      expect(
        INTERNAL.some(([, re]) => re.test(bad)),
        bad,
      ).toBe(true);
  });

  it('cite no internal material, anywhere a page shows them', () => {
    const texts = allSourceTexts();
    expect(texts.length).toBeGreaterThan(100);
    for (const [where, text] of texts) expectPublic(where, text);
  });

  it('name at least one public source for every plan default, by publisher and title', () => {
    for (const [where, note] of allSourceNotes()) {
      if (where.endsWith('(override)')) continue;
      const text = sourceText(note);
      expect(note.cites.length, where).toBeGreaterThan(0);
      for (const name of note.cites) {
        const c = CITES[name];
        expect(text, `${where}: ${name}`).toContain(c.publisher);
        if (c.title !== undefined) expect(text, `${where}: ${name}`).toContain(`“${c.title}”`);
      }
    }
  });

  it('use every citation, link LinkedIn Help to LinkedIn, and give only https addresses', () => {
    const cited = new Set(allSourceNotes().flatMap(([, n]) => n.cites.map((name) => CITES[name])));
    for (const c of CITATIONS) {
      const label = citationText(c);
      expect(cited.has(c), `unused: ${label}`).toBe(true);
      expectPublic(label, label);
      if (c.href !== undefined) expect(c.href, label).toMatch(/^https:\/\/[^\s]+$/);
      if (c.publisher.startsWith('LinkedIn '))
        expect(c.href, label).toMatch(/^https:\/\/www\.linkedin\.com\/help\//);
    }
  });

  it('cut into parts, each cited source with a known address a link', () => {
    for (const [where, note] of allSourceNotes()) {
      const parts = sourceParts(note);
      expect(parts.map((p) => p.text).join(''), where).toBe(sourceText(note));
      for (const name of note.cites) {
        const c = CITES[name];
        const named = parts.filter((p) => p.text === citationText(c));
        expect(named.length, `${where}: ${name}`).toBe(1);
        expect(named[0]?.href, `${where}: ${name}`).toBe(c.href);
      }
      expect(parts.filter((p) => p.href).length, where).toBe(
        note.cites.filter((name) => CITES[name].href !== undefined).length,
      );
    }
  });

  it('are messages naming exactly the sources the data says, each once', async () => {
    const en = await parseMessagesFile('lib/i18n/locales/en.yml');
    const message = (id: string) => {
      const m = en.find((x) => x.key.join('.') === `sources.${id}`);
      return m && m.type !== 'plural' ? m.message : '';
    };
    for (const [id, cites] of Object.entries(STATEMENT_CITES)) {
      const names = [...message(id).matchAll(/\{(\w+)\}/g)].map((x) => x[1]);
      expect(names, id).toEqual([...cites]);
    }
  });
});

describe('SourceText', () => {
  it('renders the text with each public source it names as a link opening in a new tab', () => {
    const note = planSource('free', 'invite-notes-month');
    const root = mount(<SourceText text={note} />);
    expect(root.textContent).toBe(
      'LinkedIn Help, “Invitation limit reached”: free members may personalize 5 invitations per calendar month.',
    );
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://www.linkedin.com/help/linkedin/answer/a550555',
    ]);
    expect(links[0]?.textContent).toBe('LinkedIn Help, “Invitation limit reached”');
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(links[0]?.getAttribute('rel')).toContain('noopener');
  });

  it('renders the user’s own setting as plain text, with the plan default', () => {
    const base = defaultSettings(new Date(0));
    const root = mount(
      <SourceText text={meterSource({ ...base, overrides: { 'invites-week': 60 } }, 'invites-week')} />,
    );
    expect(root.textContent).toBe('Your setting (plan default: 100).');
    expect(root.querySelector('a')).toBeNull();
    const unlimited = meterSource(
      { ...base, plan: 'premium-career', overrides: { 'invite-notes-month': 9 } },
      'invite-notes-month',
    );
    expect(sourceText(unlimited)).toBe('Your setting (plan default: unlimited).');
  });

  it('speaks French around the proper names, which stay as published, still linked', async () => {
    await useLocale('fr', 'fr-FR');
    const root = mount(<SourceText text={planSource('free', 'invites-day')} />);
    expect(root.textContent).toBe(
      'Estimation : le budget hebdomadaire ÷ 5 jours ouvrés (PhantomBuster, « How Many Messages Can You Send on LinkedIn in 2025? » : « 15–20 par jour » pour les comptes gratuits).',
    );
    const help = mount(<SourceText text={planSource('free', 'invite-notes-month')} />);
    const link = help.querySelector('a');
    expect(link?.textContent).toBe('LinkedIn Help, « Invitation limit reached »');
    expect(link?.getAttribute('href')).toBe('https://www.linkedin.com/help/linkedin/answer/a550555');
    const base = defaultSettings(new Date(0));
    expect(sourceText(meterSource({ ...base, overrides: { 'invites-week': 60 } }, 'invites-week'))).toBe(
      'Votre réglage (par défaut pour l’abonnement : 100).',
    );
  });

  it('says nothing that no message supplied, on every note', async () => {
    await usePseudoLocale();
    for (const [where, note] of allSourceNotes()) {
      const root = mount(<SourceText text={note} />);
      expect(untranslated(root.textContent ?? ''), where).toEqual([]);
      for (const a of root.querySelectorAll('a')) expect(a.textContent, where).toMatch(/^⟦.*⟧$/);
    }
  });
});

describe('the options page’s sources table', () => {
  it.each(PLANS)('reads as public sources, linked, on %s', (plan) => {
    const root = mount(<SourcesSection settings={{ ...defaultSettings(new Date(0)), plan }} />);
    expectPublic(plan, root.textContent ?? '');
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(CITATIONS.some((c) => c.href === href)).toBe(true);
  });
});
