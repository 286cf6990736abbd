// @vitest-environment happy-dom
// The welcome page in the browser's language: its sentences (links and emphasis inside them), the
// backfill form's labels, errors and status, in English, in French, and with nothing hard-coded.
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { BackfillResult } from '../../../components/backfill-form';
import { WelcomeView } from '../../../components/welcome-view';
import { BACKFILL_KINDS, BACKFILL_PERIODS, type BackfillProblem } from '../../../lib/domain/backfill';
import type { WeeklyMode } from '../../../lib/domain/settings';
import { readable, untranslated, useLocale, useStrictPseudoLocale } from '../i18n-setup';
import { mount, waitFor } from './render';

function page(onBackfill: () => Promise<BackfillResult>, weeklyMode: WeeklyMode = 'calendar-week') {
  return mount(
    <WelcomeView
      plan="free"
      onPlan={() => {}}
      planStatus=""
      weeklyMode={weeklyMode}
      onBackfill={onBackfill}
      addActivityHref="options.html#add-activity"
      activityHref="activity.html"
    />,
  );
}

async function fill(host: HTMLElement, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const input = host.querySelector(`input[name="${name}"]`) as HTMLInputElement;
    await act(() => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
}

async function submit(host: HTMLElement) {
  const form = host.querySelector('form[name="backfill"]') as HTMLFormElement;
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await Promise.resolve();
  });
}

const status = (host: HTMLElement) => host.querySelector('form [role="status"]')?.textContent ?? '';
const alerts = (host: HTMLElement) =>
  [...host.querySelectorAll('[role="alert"] li')].map((li) => li.textContent);

const shown = readable;

describe('the welcome page in English', () => {
  it('keeps its links inside their sentences and names each box', () => {
    const host = page(async () => ({ ok: true, added: 0 }));
    const link = host.querySelector('a[href="options.html#add-activity"]');
    expect(link?.textContent).toBe('add-activity form');
    expect(link?.parentElement?.textContent).toContain(
      "LinkedIn counts those against the same limits: add them by hand with the add-activity form (in Pacer's settings)",
    );
    expect(host.querySelector('a[href="activity.html"]')?.textContent).toBe('activity log');
    expect(host.querySelector('strong')?.textContent).toBe('in this browser');
    expect(host.querySelector('input[name="invite-week"]')?.getAttribute('aria-label')).toBe(
      'Invites, this week',
    );
    const rolling = page(async () => ({ ok: true, added: 0 }), 'rolling-7d');
    expect(rolling.querySelector('input[name="message-week"]')?.getAttribute('aria-label')).toBe(
      'Messages, last 7 days',
    );
    expect([...rolling.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'What',
      'Today',
      'Last 7 days',
      'This month',
    ]);
  });

  it('words the count’s errors and the worker’s, and what was added', async () => {
    const onBackfill = vi
      .fn<() => Promise<BackfillResult>>()
      .mockResolvedValueOnce({
        ok: false,
        errors: [
          { field: 'invite.week', problem: 'below-today', n: 5 },
          { field: 'count', message: 'count: must be at most 100' },
        ],
      })
      .mockResolvedValueOnce({ ok: true, added: 1 })
      .mockResolvedValueOnce({ ok: true, added: 1250 });
    const host = page(onBackfill);
    await fill(host, { 'inmail-today': '-1' });
    await submit(host);
    expect(alerts(host)).toEqual(['InMails, today: must be a whole number from 0 to 5,000']);
    expect(onBackfill).not.toHaveBeenCalled();
    await fill(host, { 'inmail-today': '' });
    await submit(host);
    await waitFor(() => alerts(host).length === 2, 'the errors');
    expect(alerts(host)).toEqual([
      "Invites, this week: must be at least today's 5",
      'count: must be at most 100',
    ]);
    await submit(host);
    await waitFor(() => status(host), 'the status');
    expect(status(host)).toBe('Added 1 action: the meters count it from now on.');
    await submit(host);
    await waitFor(() => status(host).includes('1,250'), 'the status');
    expect(status(host)).toBe('Added 1,250 actions: the meters count them from now on.');
  });
});

describe('the welcome page in French', () => {
  it('says its sentences, box names, errors and status in French, numbers the French way', async () => {
    await useLocale('fr', 'fr-FR');
    const onBackfill = vi
      .fn<() => Promise<BackfillResult>>()
      .mockResolvedValueOnce({ ok: false, errors: [{ field: 'invite.week', problem: 'below-today', n: 5 }] })
      .mockResolvedValueOnce({ ok: true, added: 1250 });
    const host = page(onBackfill);
    expect(host.querySelector('h1')?.textContent).toBe('Bienvenue dans Pacer');
    expect(host.querySelector('a[href="activity.html"]')?.parentElement?.textContent).toContain(
      "Le journal d'activité liste tout ce qui est compté",
    );
    expect(host.querySelector('input[name="invite-week"]')?.getAttribute('aria-label')).toBe(
      'Invitations, cette semaine',
    );
    await fill(host, { 'inmail-today': '-1' });
    await submit(host);
    expect(alerts(host)).toEqual([
      expect.stringMatching(/^InMails, aujourd'hui : doit être un nombre entier de 0 à 5\s000$/u),
    ]);
    await fill(host, { 'inmail-today': '' });
    await submit(host);
    await waitFor(() => alerts(host)[0]?.startsWith('Invitations'), 'the error');
    expect(alerts(host)).toEqual(["Invitations, cette semaine : doit valoir au moins les 5 d'aujourd'hui"]);
    await submit(host);
    await waitFor(() => status(host), 'the status');
    expect(status(host)).toMatch(/^1\s250 actions ajoutées : les compteurs les comptent désormais\.$/u);
  });
});

describe('the welcome page says nothing a message did not supply', () => {
  // LinkedIn's product names stay as they are.
  const names = ['Sales Navigator', 'Recruiter', 'Premium', 'InMail', 'Open Profile'];
  const PROBLEMS: BackfillProblem[] = [
    'not-whole',
    'below-today',
    'below-month',
    'below-week',
    'week-began-today',
    'month-began-today',
    'month-began-this-week',
    'notes-over-invites',
  ];

  it.each(['calendar-week', 'rolling-7d'] as const)('the page as it opens (%s)', async (mode) => {
    await useStrictPseudoLocale();
    const host = page(async () => ({ ok: true, added: 0 }), mode);
    expect(shown(host)).toContain('⟦');
    expect(untranslated(shown(host), names)).toEqual([]);
  });

  it('every error, the status and a failure', async () => {
    await useStrictPseudoLocale();
    const onBackfill = vi
      .fn<() => Promise<BackfillResult>>()
      .mockResolvedValueOnce({
        ok: false,
        errors: PROBLEMS.map((problem, i) => ({
          field: `${BACKFILL_KINDS[i % 5] ?? 'invite'}.${BACKFILL_PERIODS[i % 3] ?? 'today'}` as const,
          problem,
          n: 7,
        })),
      })
      .mockResolvedValueOnce({ ok: true, added: 0 })
      .mockResolvedValueOnce({ ok: true, added: 3 })
      .mockRejectedValueOnce(new Error('⟦boom⟧'));
    const host = page(onBackfill);
    await fill(host, { 'inmail-today': '-1' });
    await submit(host);
    expect(alerts(host)).toHaveLength(1);
    expect(untranslated(shown(host), names)).toEqual([]);
    await fill(host, { 'inmail-today': '' });
    await submit(host);
    await waitFor(() => alerts(host).length === PROBLEMS.length, 'the errors');
    expect(untranslated(shown(host), names)).toEqual([]);
    for (let i = 0; i < 2; i++) {
      const before = status(host);
      await submit(host);
      await waitFor(() => status(host) && status(host) !== before, 'the status');
      expect(untranslated(shown(host), names)).toEqual([]);
    }
    await submit(host);
    await waitFor(() => alerts(host).length === 1, 'the failure');
    expect(untranslated(shown(host), names)).toEqual([]);
  });
});
