// What a user of another language would still read in English: the English messages' own words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './browser';

type Messages = Record<string, { message: string }>;

/** The built extension's messages in `lang` (`_locales/<lang>/messages.json`). */
export function builtMessages(lang: string): Messages {
  return JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales', lang, 'messages.json'), 'utf8'));
}

/**
 * Fragments of English messages (between substitutions, plural forms) of two words or more that
 * the `lang` translation of the same message does not also contain: seen on a page in `lang`, they
 * are English left behind.
 */
export function englishOnlyFragments(lang: string): string[] {
  const en = builtMessages('en');
  const other = builtMessages(lang);
  const out = new Set<string>();
  for (const [key, { message }] of Object.entries(en)) {
    const translated = other[key]?.message ?? '';
    for (const fragment of message.split(/\{\w+\}|\$\d| \| /)) {
      const f = fragment.trim();
      if (f.split(/\s+/).length >= 2 && f.length >= 8 && !translated.includes(f)) out.add(f);
    }
  }
  return [...out];
}

/** The English fragments found in `text`. */
export function englishIn(text: string, fragments: string[]): string[] {
  return fragments.filter((f) => text.includes(f));
}
