// Dates, times and numbers follow the browser's locale; the words around them its language.
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDuration,
  formatWhen,
  formatWhenWithCountdown,
  resetText,
} from '../../../lib/ui/format';
import { useLocale } from '../i18n-setup';

const MON = new Date('2026-11-30T00:00:00Z'); // Monday 00:00 UTC
const NOW = new Date('2026-11-27T20:00:00Z'); // the Friday before

describe('formatting in the browser’s locale', () => {
  it('reads 24-hour in en-GB and 12-hour in en-US', async () => {
    expect(formatWhen(MON, NOW, 'UTC')).toBe('Mon 00:00');
    await useLocale('en', 'en-US');
    expect(formatWhen(MON, NOW, 'UTC')).toBe('Mon 12:00 AM');
    expect(formatCount(30000)).toBe('30,000');
  });

  it('speaks French in fr-FR: day and month names, 24-hour, spaces in numbers', async () => {
    await useLocale('fr', 'fr-FR');
    expect(formatWhen(MON, NOW, 'UTC')).toBe('lun. 00:00');
    expect(formatWhen(MON, NOW, 'UTC', true)).toBe('lun. 30 nov. 00:00');
    expect(formatDuration(2 * 86_400_000 + 4 * 3_600_000)).toBe('2 j 4 h');
    expect(formatWhenWithCountdown(MON, NOW, 'UTC')).toBe('lun. 00:00 · dans 2 j 4 h');
    expect(formatCount(30000)).toMatch(/^30\s000$/u);
    expect(
      resetText({ window: 'week', resetsAt: MON, nextFreeAt: null, zone: 'ok', limit: 100 }, NOW, 'UTC'),
    ).toBe('remise à zéro lun. 00:00 · dans 2 j 4 h');
  });

  it('speaks German with its own date order', async () => {
    await useLocale('de', 'de-DE');
    expect(formatWhen(MON, NOW, 'Europe/Berlin', true)).toBe('Mo., 30. Nov., 01:00');
  });
});

describe('the pseudo-locale', () => {
  it('finds words that did not come through a message', async () => {
    const { untranslated, usePseudoLocale } = await import('../i18n-setup');
    await usePseudoLocale();
    const when = formatWhenWithCountdown(MON, NOW, 'UTC');
    expect(untranslated(`${when} 87 / 100`)).toEqual([]);
    expect(untranslated(`Invites ${when} LinkedIn`)).toEqual(['Invites']);
  });
});
