// The worker words the manual-entry refusals of the pure domain (English) in the browser's
// language, each one the domain can give, and an entry it cannot word stays as the domain said it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { untranslated, useLocale, usePseudoLocale } from '../i18n-setup';
import { type TestWorker, testWorker } from './test-worker';

const NOW = Date.parse('2026-11-25T09:00:00Z');

let w: TestWorker;
beforeEach(() => {
  fakeBrowser.reset();
  w = testWorker({ clock: () => NOW, timeZone: () => 'Europe/Paris' });
});
afterEach(() => w.dispose());

const add = (date: string, more: Record<string, unknown> = {}) =>
  w.worker.addActivity({ account: null, kind: 'message', count: 1, date, ...more } as never);

describe('manual entries refused in the user’s language', () => {
  it('in French: a future day, a day too old, a note on a message, an unseen account', async () => {
    await useLocale('fr', 'fr-FR');
    expect(await add('2026-11-26')).toEqual({
      ok: false,
      errors: [{ field: 'date', message: 'date: ne doit pas être dans le futur' }],
    });
    expect(await add('2020-01-01', { withNote: true })).toEqual({
      ok: false,
      errors: [
        { field: 'withNote', message: 'withNote: seule une invitation peut avoir une note' },
        { field: 'date', message: 'date: doit dater des 13 derniers mois' },
      ],
    });
    expect(await add('2026-11-25', { account: 'urn:li:fsd_profile:Nobody' })).toEqual({
      ok: false,
      errors: [{ field: 'account', message: 'account: compte que Pacer n’a jamais vu' }],
    });
    expect(await w.db.events.count()).toBe(0);
  });

  it('with no hard-coded words, whichever field the domain refuses', async () => {
    await usePseudoLocale();
    const replies = [
      await add('2026-11-26'),
      await add('2020-02-30', { withNote: true }),
      await add('2020-01-01', { kind: 'poke', count: 0 }),
    ];
    const messages = replies.flatMap((r) => (r.ok ? [] : r.errors.map((e) => e.message)));
    expect(messages.length).toBeGreaterThanOrEqual(5);
    // The field names before ": " are the message's own data names, not words.
    expect(untranslated(messages.map((m) => m.replace(/^\w+: /, '')).join(' '))).toEqual([]);
  });
});
