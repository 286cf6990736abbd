// A source text cut into plain runs and the citations it names, so a page can link each public
// source whose address is known. Pure; the texts and citations are lib/domain/limit-sources.ts's.
import { CITATIONS, type Citation } from '../domain/limit-sources';

export type SourcePart = { text: string; href?: string };

function literal(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Longest first: a label that begins another never cuts it short.
const LINKED = CITATIONS.filter((c): c is Required<Citation> => c.href !== undefined).sort(
  (a, b) => b.label.length - a.label.length,
);
const HREF = new Map(LINKED.map((c) => [c.label, c.href]));
const PATTERN = new RegExp(`(${LINKED.map((c) => literal(c.label)).join('|')})`);

/** `text` as parts whose texts join back into it; a part naming a citation with an address has its href. */
export function sourceParts(text: string): SourcePart[] {
  if (LINKED.length === 0) return [{ text }];
  return text
    .split(PATTERN)
    .filter((t) => t !== '')
    .map((t) => {
      const href = HREF.get(t);
      return href ? { text: t, href } : { text: t };
    });
}
