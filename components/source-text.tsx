// A source text with each public source it names linked where its address is known. Pacer only
// shows these links; it never fetches them.
import { sourceParts } from '../lib/ui/source-parts';

export function SourceText({ text }: { text: string }) {
  return (
    <>
      {sourceParts(text).map((p, i) =>
        p.href ? (
          // The parts of one fixed text, never reordered: their index is a stable key.
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
