// The few Markdown forms PRIVACY.md uses (headings, paragraphs, lists, tables, **bold**, `code`,
// [links](https://…)), read into plain data the privacy page renders as elements, never as HTML:
// one text, shown in the repository and in the extension alike.

export type Inline =
  | { t: 'text'; text: string }
  | { t: 'strong'; text: string }
  | { t: 'code'; text: string }
  | { t: 'link'; text: string; href: string };

export type Block =
  | { t: 'heading'; level: number; content: Inline[] }
  | { t: 'paragraph'; content: Inline[] }
  | { t: 'list'; items: Inline[][] }
  | { t: 'table'; head: Inline[][]; rows: Inline[][][] };

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Bold, code and links; anything else is text. A link to anything but https stays text. */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of source.matchAll(INLINE)) {
    if (m.index > last) out.push({ t: 'text', text: source.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ t: 'strong', text: m[1] });
    else if (m[2] !== undefined) out.push({ t: 'code', text: m[2] });
    else if (m[4]?.startsWith('https://')) out.push({ t: 'link', text: m[3] ?? '', href: m[4] });
    else out.push({ t: 'text', text: m[3] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < source.length) out.push({ t: 'text', text: source.slice(last) });
  return out;
}

const cells = (row: string): Inline[][] =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => parseInline(c.trim()));

/** Blocks are separated by blank lines; a list item or paragraph may wrap over several lines. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    const first = lines[0];
    if (first === undefined) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(first);
    if (heading && lines.length === 1) {
      blocks.push({ t: 'heading', level: heading[1]?.length ?? 1, content: parseInline(heading[2] ?? '') });
    } else if (first.startsWith('- ')) {
      const items: string[] = [];
      for (const line of lines) {
        if (line.startsWith('- ')) items.push(line.slice(2).trim());
        else items[items.length - 1] += ` ${line.trim()}`;
      }
      blocks.push({ t: 'list', items: items.map(parseInline) });
    } else if (first.startsWith('|') && lines.length >= 2) {
      // The second line is the |---|---| separator.
      blocks.push({ t: 'table', head: cells(first), rows: lines.slice(2).map(cells) });
    } else {
      blocks.push({ t: 'paragraph', content: parseInline(lines.map((l) => l.trim()).join(' ')) });
    }
  }
  return blocks;
}
