// Blocks read by lib/ui/markdown.ts, as elements (text is never parsed as HTML).
import type { Block, Inline } from '../lib/ui/markdown';

function Inlines({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((n, i) => {
        const key = `${i}`;
        if (n.t === 'strong') return <strong key={key}>{n.text}</strong>;
        if (n.t === 'code') return <code key={key}>{n.text}</code>;
        if (n.t === 'link')
          return (
            <a key={key} href={n.href} target="_blank" rel="noreferrer">
              {n.text}
            </a>
          );
        return n.text;
      })}
    </>
  );
}

export function MarkdownView({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((b, i) => {
        const key = `${i}`;
        if (b.t === 'heading') {
          const H = `h${Math.min(b.level, 6)}` as 'h1';
          return (
            <H key={key}>
              <Inlines content={b.content} />
            </H>
          );
        }
        if (b.t === 'list')
          return (
            <ul key={key}>
              {b.items.map((item, j) => (
                <li key={`${j}`}>
                  <Inlines content={item} />
                </li>
              ))}
            </ul>
          );
        if (b.t === 'table')
          return (
            <table key={key}>
              <thead>
                <tr>
                  {b.head.map((c, j) => (
                    <th key={`${j}`} scope="col">
                      <Inlines content={c} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {b.rows.map((row, j) => (
                  <tr key={`${j}`}>
                    {row.map((c, k) => (
                      <td key={`${k}`}>
                        <Inlines content={c} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        return (
          <p key={key}>
            <Inlines content={b.content} />
          </p>
        );
      })}
    </>
  );
}
