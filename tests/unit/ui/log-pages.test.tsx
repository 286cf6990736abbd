// @vitest-environment happy-dom
// The activity log, history and privacy pages with their own chrome (headings, ledes, links,
// errors), read from a real store: in French, and in a pseudo-locale that finds any text no
// message supplied. The views' own states are covered in activity-log and history-view tests.
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActivityApp } from '../../../entrypoints/activity/app';
import { PrivacyPage } from '../../../entrypoints/privacy/app';
import { HistoryApp } from '../../../entrypoints/weekly-history/app';
import { openDb, type PacerDb } from '../../../lib/db/schema';
import { sendMessage } from '../../../lib/messaging';
import { intlDateWords, readable, untranslated, useLocale, usePseudoLocale } from '../i18n-setup';
import { waitFor } from './render';

vi.mock('../../../lib/messaging', () => ({ sendMessage: vi.fn() }));

const ME = 'urn:li:fsd_profile:ACoAAPages';
const send = vi.mocked(sendMessage);
let host: HTMLElement | null = null;
let db: PacerDb;

function mount(node: preact.ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
}

const words = readable;

// Dates and zones the locale words (Intl), not messages.
const months = intlDateWords();
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

beforeEach(() => {
  db = openDb();
});
afterEach(async () => {
  if (host) {
    const root = host;
    await act(() => render(null, root));
    root.remove();
    host = null;
  }
  await db.delete();
});

describe('the activity log page', () => {
  it('speaks French, the sentence and its link included, and words a removal', async () => {
    await useLocale('fr', 'fr-FR');
    await db.events.add({
      key: 'invite:9',
      account: ME,
      kind: 'invite',
      at: Date.now() - 60_000,
      withNote: false,
    });
    send.mockResolvedValue({ ok: true } as never);
    const root = mount(<ActivityApp />);
    const row = await waitFor(() => root.querySelector('[data-activity="invite:9"]'), 'the row');
    expect(root.querySelector('h1')?.textContent).toBe('Ce que Pacer a compté');
    const lede = root.querySelector('.lede')?.textContent ?? '';
    expect(lede).toContain(
      'Quelque chose que Pacer n’a pas pu voir (l’application mobile, un autre ordinateur) ?',
    );
    expect(root.querySelector('a[href="options.html#add-activity"]')?.textContent).toBe(
      'Ajoutez-le à la main.',
    );
    expect(row.textContent).toContain('sans note');
    await act(() => (row.querySelector('button[data-action="remove"]') as HTMLButtonElement).click());
    await waitFor(
      () => root.querySelector('[role="status"]')?.textContent?.startsWith('Supprimé.'),
      'the status',
    );
    expect(send).toHaveBeenCalledWith('removeActivity', { key: 'invite:9' });
  });

  it('has no text that no message supplied: empty, a row, a failed removal', async () => {
    await usePseudoLocale();
    const root = mount(<ActivityApp />);
    await waitFor(() => root.textContent?.includes('⟦Nothing counted yet.⟧'), 'the empty log');
    expect(untranslated(words(root), [zone])).toEqual([]);
    await db.events.add({
      key: 'invite:8',
      account: ME,
      kind: 'invite',
      at: Date.now() - 60_000,
      unconfirmed: true,
    });
    const row = await waitFor(() => root.querySelector('[data-activity="invite:8"]'), 'the row');
    send.mockRejectedValue(new Error('⟦gone⟧'));
    await act(() => (row.querySelector('button[data-action="remove"]') as HTMLButtonElement).click());
    await waitFor(() => root.querySelector('[role="status"]')?.textContent, 'the status');
    expect(untranslated(words(root), [zone, ...months])).toEqual([]);
  });
});

describe('the history page', () => {
  it('speaks French', async () => {
    await useLocale('fr', 'fr-FR');
    await db.accounts.add({ account: ME, firstSeenAt: 0, lastSeenAt: 1, slug: 'pat-pacer' });
    const root = mount(<HistoryApp />);
    await waitFor(() => root.querySelector('svg[data-chart="history"]'), 'the chart');
    expect(root.querySelector('h1')?.textContent).toBe('Historique');
    expect(root.querySelector('.lede')?.textContent).toContain(
      'Les 12 dernières semaines d’un compte, face à la limite qu’utilise son compteur aujourd’hui.',
    );
    expect(root.querySelector('a[href="activity.html"]')?.textContent).toBe('Ce qui a été compté');
  });

  it('has no text that no message supplied: no account yet, then a chart', async () => {
    await usePseudoLocale();
    const root = mount(<HistoryApp />);
    await waitFor(() => root.querySelector('[role="note"]'), 'the no-account note');
    expect(untranslated(words(root), [zone])).toEqual([]);
    await db.accounts.add({ account: ME, firstSeenAt: 0, lastSeenAt: 1, slug: 'pat-pacer' });
    await waitFor(() => root.querySelector('svg[data-chart="history"]'), 'the chart');
    expect(untranslated(words(root), [zone, 'pat-pacer', ...months])).toEqual([]);
  });
});

describe('the privacy page', () => {
  const policy = readFileSync('PRIVACY.md', 'utf8');

  it('shows the policy as written, with no language note in English', () => {
    const root = mount(<PrivacyPage markdown={policy} />);
    expect(root.querySelector('h1')?.textContent).toBe('Pacer privacy policy');
    expect(root.querySelector('.policy-language')).toBeNull();
  });

  it('in French, says in French that the policy is in English, marked as French', async () => {
    await useLocale('fr', 'fr-FR');
    const root = mount(<PrivacyPage markdown={policy} />);
    const note = root.querySelector('.policy-language');
    expect(note?.textContent).toBe('Cette politique est rédigée en anglais.');
    expect(note?.getAttribute('lang')).toBe('fr');
    // The policy itself stays the reviewed English text.
    expect(root.querySelector('h1')?.textContent).toBe('Pacer privacy policy');
  });
});
