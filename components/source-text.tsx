// A source note in the user's language, with each public source it names linked where its address
// is known. Pacer only shows these links; it never fetches them.
import type { SourceNote } from '../lib/domain/limit-sources';
import { type SourcePart, sourceParts } from '../lib/ui/source-parts';

/** `text`: the note to word (lib/domain/limit-sources.ts), e.g. `planSource(plan, id)`. */
export function SourceText({ text }: { text: SourceNote }) {
  return <SourceParts parts={sourceParts(text)} />;
}

/** Any text naming public sources (lib/ui/source-parts.ts's `citedParts`), each linked when known. */
export function SourceParts({ parts }: { parts: readonly SourcePart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.href ? (
          // The parts of one fixed sentence, never reordered: their index is a stable key.
          <a key={i} href={p.href} target="_blank" rel="noopener noreferrer">
            {p.text}
          </a>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
