import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from '../../../lib/ui/markdown';

describe('parseInline', () => {
  it('reads bold, code and https links, and leaves everything else as text', () => {
    expect(parseInline('a **b** `c` [d](https://e.example/f) [g](http://x.example) <i>h</i>')).toEqual([
      { t: 'text', text: 'a ' },
      { t: 'strong', text: 'b' },
      { t: 'text', text: ' ' },
      { t: 'code', text: 'c' },
      { t: 'text', text: ' ' },
      { t: 'link', text: 'd', href: 'https://e.example/f' },
      { t: 'text', text: ' ' },
      { t: 'text', text: 'g' },
      { t: 'text', text: ' <i>h</i>' },
    ]);
  });
});

describe('parseMarkdown', () => {
  it('reads headings, wrapped paragraphs and list items, and tables', () => {
    const md =
      '# Title\n\nOne\ntwo.\n\n- first\n  wraps\n- second\n\n| A | B |\n| --- | --- |\n| 1 | **2** |\n';
    expect(parseMarkdown(md)).toEqual([
      { t: 'heading', level: 1, content: [{ t: 'text', text: 'Title' }] },
      { t: 'paragraph', content: [{ t: 'text', text: 'One two.' }] },
      { t: 'list', items: [[{ t: 'text', text: 'first wraps' }], [{ t: 'text', text: 'second' }]] },
      {
        t: 'table',
        head: [[{ t: 'text', text: 'A' }], [{ t: 'text', text: 'B' }]],
        rows: [[[{ t: 'text', text: '1' }], [{ t: 'strong', text: '2' }]]],
      },
    ]);
  });

  it('reads all of PRIVACY.md: one title, its sections, and the retention table whole', () => {
    const blocks = parseMarkdown(readFileSync(resolve(import.meta.dirname, '../../../PRIVACY.md'), 'utf8'));
    const text = (c: { text: string }[]) => c.map((n) => n.text).join('');
    const headings = blocks.flatMap((b) => (b.t === 'heading' ? [`${b.level} ${text(b.content)}`] : []));
    expect(headings[0]).toBe('1 Pacer privacy policy');
    expect(headings.filter((h) => h.startsWith('1 '))).toHaveLength(1);
    expect(headings).toContain('2 Where, and for how long');
    const table = blocks.find((b) => b.t === 'table');
    expect(table?.t === 'table' && table.head.map(text)).toEqual(['What', 'Where', 'How long']);
    expect(table?.t === 'table' && table.rows.every((r) => r.length === 3)).toBe(true);
    expect(table?.t === 'table' && table.rows.map((r) => text(r[2] ?? [])).join(' ')).toMatch(/13 months/);
    // Every paragraph and list item came out as text: no Markdown syntax left over.
    const all = JSON.stringify(blocks.filter((b) => b.t !== 'heading'));
    expect(all).not.toMatch(/\*\*|\]\(|^#/);
  });
});
