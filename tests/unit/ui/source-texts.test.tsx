// @vitest-environment happy-dom
// Where the numbers come from, as a user reads it: every source is a public publisher and title
// (linked where its address is known), never an internal note, a section sign or a bare article id.
import { describe, expect, it } from 'vitest';
import { SourcesSection } from '../../../components/options-form';
import { SourceText } from '../../../components/source-text';
import { CITATIONS, LIMIT_SOURCES, meterSource, planSource } from '../../../lib/domain/limit-sources';
import { METER_IDS, PLANS } from '../../../lib/domain/limits';
import { defaultSettings } from '../../../lib/domain/settings';
import { sourceParts } from '../../../lib/ui/source-parts';
import { mount } from './render';

/** Every source text a page can show, with where it is shown. */
function allSourceTexts(): [string, string][] {
  const out: [string, string][] = [];
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

  it('name at least one public source for every plan default', () => {
    for (const [where, text] of allSourceTexts()) {
      if (where.endsWith('(override)')) continue;
      expect(
        CITATIONS.some((c) => text.includes(c.label)),
        `${where}: ${text}`,
      ).toBe(true);
    }
  });

  it('use every citation, link LinkedIn Help to LinkedIn, and give only https addresses', () => {
    const texts = allSourceTexts().map(([, t]) => t);
    for (const c of CITATIONS) {
      expect(
        texts.some((t) => t.includes(c.label)),
        `unused: ${c.label}`,
      ).toBe(true);
      expectPublic(c.label, c.label);
      if (c.href !== undefined) expect(c.href, c.label).toMatch(/^https:\/\/[^\s]+$/);
      if (c.label.startsWith('LinkedIn '))
        expect(c.href, c.label).toMatch(/^https:\/\/www\.linkedin\.com\/help\//);
    }
  });

  it('cut into parts that join back into the text, each known address a link', () => {
    for (const [where, text] of allSourceTexts()) {
      const parts = sourceParts(text);
      expect(parts.map((p) => p.text).join(''), where).toBe(text);
      for (const c of CITATIONS) {
        if (!c.href || !text.includes(c.label)) continue;
        expect(
          parts.some((p) => p.text === c.label && p.href === c.href),
          `${where}: ${c.label}`,
        ).toBe(true);
      }
      for (const p of parts)
        if (p.href) expect(CITATIONS.find((c) => c.label === p.text)?.href, where).toBe(p.href);
    }
  });
});

describe('SourceText', () => {
  it('renders the text with each public source it names as a link opening in a new tab', () => {
    const text = planSource('free', 'invite-notes-month');
    const root = mount(<SourceText text={text} />);
    expect(root.textContent).toBe(text);
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://www.linkedin.com/help/linkedin/answer/a550555',
    ]);
    expect(links[0]?.textContent).toBe('LinkedIn Help, “Invitation limit reached”');
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(links[0]?.getAttribute('rel')).toContain('noopener');
  });

  it('renders a text naming no linked source as plain text', () => {
    const root = mount(<SourceText text="Your setting (plan default: 100)." />);
    expect(root.textContent).toBe('Your setting (plan default: 100).');
    expect(root.querySelector('a')).toBeNull();
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
