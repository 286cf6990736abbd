// A source note in the user's language, cut into plain runs and the citations it names, so a page
// can link each public source whose address is known. The statement is a message; each citation
// (publisher and title, proper names kept as published) is worded on its own and put in its place:
// a translator may move it anywhere in the sentence.
import {
  CITES,
  type Citation,
  type CiteName,
  type SourceNote,
  type StatementId,
} from '../domain/limit-sources';
import { t } from '../i18n/t';
import { limitText } from './format';

export type SourcePart = { text: string; href?: string };

/** How a source is named: "LinkedIn Help, “Invitation limit reached”", or its publisher and subject. */
export function citationText(c: Citation): string {
  if (c.title !== undefined) return t('sources.titled', { publisher: c.publisher, title: c.title });
  const publisher = c.publisher;
  switch (c.subject) {
    case 'messageLimits':
      return t('sources.subject.messageLimits', { publisher });
    case 'connectionLimits':
      return t('sources.subject.connectionLimits', { publisher });
    case 'inmailFaq':
      return t('sources.subject.inmailFaq', { publisher });
    case 'inmailCredits':
      return t('sources.subject.inmailCredits', { publisher });
    case 'openProfile':
      return t('sources.subject.openProfile', { publisher });
    case 'inmailBalance':
      return t('sources.subject.inmailBalance', { publisher });
  }
}

// Each citation enters its sentence as a private-use marker, found again after translation.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = new RegExp(`${OPEN}(\\w+)${CLOSE}`);

// The statements' keys, checked against en.yml by tests/unit/ui/source-texts.test.tsx (every
// statement names exactly its sources): `t` cannot type a key chosen at run time.
const statement = t as unknown as (key: `sources.${StatementId}`, subs: Record<string, string>) => string;

/**
 * A message that names public sources, as parts: `word` words it with a marker in place of each
 * citation (`{ valley: '…' }`), which then becomes that citation's own part, linked when known.
 */
export function citedParts<N extends string>(
  cites: Readonly<Record<N, Citation>>,
  word: (marks: Record<N, string>) => string,
): SourcePart[] {
  const marks = {} as Record<N, string>;
  for (const name of Object.keys(cites) as N[]) marks[name] = `${OPEN}${name}${CLOSE}`;
  return word(marks)
    .split(MARKER)
    .flatMap((run, i): SourcePart[] => {
      if (i % 2 === 0) return run === '' ? [] : [{ text: run }];
      const c: Citation | undefined = cites[run as N];
      if (!c) return [{ text: run }];
      const text = citationText(c);
      return c.href ? [{ text, href: c.href }] : [{ text }];
    });
}

/** The note as parts whose texts join into its sentence; a citation with an address has its href. */
export function sourceParts(note: SourceNote): SourcePart[] {
  if (note.id === 'override')
    return [{ text: t('sources.override', { default: limitText(note.planDefault) }) }];
  const id = note.id;
  const cites = Object.fromEntries(note.cites.map((name) => [name, CITES[name]])) as Record<
    CiteName,
    Citation
  >;
  return citedParts(cites, (marks) => statement(`sources.${id}`, marks));
}

/** The note as one plain sentence (a tooltip, a test). */
export function sourceText(note: SourceNote): string {
  return sourceParts(note)
    .map((p) => p.text)
    .join('');
}
