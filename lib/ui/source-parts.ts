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
const say = t as unknown as (key: `sources.${StatementId}`, subs: Record<string, string>) => string;

/** The note's sentence with each citation's marker in its place. */
function sentence(note: SourceNote): string {
  if (note.id === 'override') return t('sources.override', { default: limitText(note.planDefault) });
  const subs: Record<string, string> = {};
  for (const name of note.cites) subs[name] = `${OPEN}${name}${CLOSE}`;
  return say(`sources.${note.id}`, subs);
}

/** The note as parts whose texts join into its sentence; a citation with an address has its href. */
export function sourceParts(note: SourceNote): SourcePart[] {
  return sentence(note)
    .split(MARKER)
    .flatMap((run, i): SourcePart[] => {
      if (i % 2 === 0) return run === '' ? [] : [{ text: run }];
      const c: Citation | undefined = CITES[run as CiteName];
      if (!c) return [{ text: run }];
      const text = citationText(c);
      return c.href ? [{ text, href: c.href }] : [{ text }];
    });
}

/** The note as one plain sentence (a tooltip, a test). */
export function sourceText(note: SourceNote): string {
  return sourceParts(note)
    .map((p) => p.text)
    .join('');
}
