// Every shipped language says everything English says: same keys, same substitutions, and a
// plural wherever English has one. A key English has and another locale lacks fails here, before
// a French user meets an English sentence (or, for a substitution, a raw "{count}").
import { readdirSync } from 'node:fs';
import { type ParsedMessage, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { SHIPPED_LOCALES } from '../../../lib/i18n/locale';

const DIR = 'lib/i18n/locales';
const load = async (lang: string) => {
  const parsed = await parseMessagesFile(`${DIR}/${lang}.yml`);
  return new Map<string, ParsedMessage>(parsed.map((m) => [m.key.join('.'), m]));
};
const texts = (m: ParsedMessage): string[] => (m.type === 'plural' ? Object.values(m.plurals) : [m.message]);
const named = (m: ParsedMessage) =>
  [...new Set(texts(m).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].sort();

describe('locale files', () => {
  it('are exactly the shipped locales', () => {
    const files = readdirSync(DIR)
      .map((f) => f.replace(/\.yml$/, ''))
      .sort();
    expect(files).toEqual([...SHIPPED_LOCALES].sort());
  });

  for (const lang of SHIPPED_LOCALES.filter((l) => l !== 'en')) {
    describe(lang, () => {
      it('has every key English has, and no other', async () => {
        const [en, other] = await Promise.all([load('en'), load(lang)]);
        const missing = [...en.keys()].filter((k) => !other.has(k));
        const extra = [...other.keys()].filter((k) => !en.has(k));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('keeps each message’s substitutions and plural forms', async () => {
        const [en, other] = await Promise.all([load('en'), load(lang)]);
        const wrong: string[] = [];
        for (const [key, m] of en) {
          const o = other.get(key);
          if (!o) continue; // reported above
          if (named(o).join() !== named(m).join()) wrong.push(`${key}: {${named(o)}} ≠ {${named(m)}}`);
          if (o.substitutions !== m.substitutions)
            wrong.push(`${key}: $${o.substitutions} ≠ $${m.substitutions}`);
          if ((o.type === 'plural') !== (m.type === 'plural')) wrong.push(`${key}: plural differs`);
          if (texts(o).some((s) => s.trim() === '')) wrong.push(`${key}: empty`);
        }
        expect(wrong).toEqual([]);
      });
    });
  }
});
