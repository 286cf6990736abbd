// @vitest-environment happy-dom
// The options page in the user's language: French sentences with French dates and numbers, and, in
// the pseudo-locale, no word a message did not supply (text, aria-label, title, placeholder), in
// every state the surfaces can show: InMail or not, a refused value, the ramp running, an import
// refused, an entry added or refused.
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { AddActivityForm, type AddActivityResult } from '../../../components/add-activity-form';
import { BackupSection, type ExportOutcome } from '../../../components/backup-section';
import { EngagementRampSettings } from '../../../components/engagement-ramp-settings';
import { OptionsForm, type SaveResult, SourcesSection } from '../../../components/options-form';
import { buildBackup, type ImportReply, parseBackup, serializeBackup } from '../../../lib/backup/backup';
import {
  ENGAGEMENT_SOURCE,
  LIMIT_SOURCES,
  planSource,
  RAMP_UP_SOURCE,
} from '../../../lib/domain/limit-sources';
import { METER_IDS, PLANS, type PlanId } from '../../../lib/domain/limits';
import { defaultSettings, type Settings } from '../../../lib/domain/settings';
import { parseAddActivity } from '../../../lib/messages/add-activity';
import { applySettingsPatch } from '../../../lib/schemas/settings';
import { sourceText } from '../../../lib/ui/source-parts';
import { NOW as BACKUP_NOW, CONTENTS } from '../backup/sample';
import { readable, untranslated, useLocale, usePseudoLocale } from '../i18n-setup';
import { mount, waitFor } from './render';

const NOW = new Date('2026-11-27T18:56:00Z'); // a Friday
const ZONES = ['Europe/Paris', 'UTC'];
const ACCOUNT = 'Alice Martin (alice-martin)';

/** Proper names the page shows as they are: plans, zones, the account, and the public sources. */
function names(plan: PlanId): string[] {
  const sources = LIMIT_SOURCES[plan];
  return [
    ...ZONES,
    ACCOUNT,
    ...[
      ...METER_IDS.map((id) => planSource(plan, id)),
      sources.inmail.expiry,
      sources.inmail.maxBalance,
      sources.noteMaxLength,
      ENGAGEMENT_SOURCE,
      RAMP_UP_SOURCE,
    ].map(sourceText),
  ];
}

/**
 * The words no message supplied, `names` aside. The names go first, longest first: a source text
 * holds "LinkedIn", which `untranslated` would otherwise remove from it before matching it.
 */
function hardCoded(text: string, names: readonly string[] = []): string[] {
  let rest = text;
  for (const n of [...names].sort((a, b) => b.length - a.length)) rest = rest.split(n).join(' ');
  return untranslated(rest);
}

const settle = () =>
  act(async () => {
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
  });

async function change(el: HTMLInputElement | HTMLSelectElement, value: string) {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

function form(settings: Settings, onSave = vi.fn(async (): Promise<SaveResult> => ({ ok: true }))) {
  return mount(
    <>
      <OptionsForm
        settings={settings}
        onSave={onSave}
        browserZone="Europe/Paris"
        timeZones={ZONES}
        now={() => NOW}
        accountName={ACCOUNT}
      />
      <SourcesSection settings={settings} />
    </>,
  );
}

const withInmail = (): Settings => ({
  ...defaultSettings(NOW),
  plan: 'premium-career',
  inmail: { refillDay: 1, expires: true, calibration: { balance: 1250, at: NOW.getTime() } },
});

describe('the options form in French', () => {
  it('words legends, hints and placeholders in French, with French dates and numbers', async () => {
    await useLocale('fr', 'fr-FR');
    const root = form(withInmail());
    const text = root.textContent ?? '';
    expect(text).toContain(`Limites de ${ACCOUNT}`);
    expect(text).toContain('Laissez un champ vide pour utiliser la valeur par défaut de votre abonnement');
    // 1 250 with the narrow no-break space French puts between thousands.
    expect(text).toMatch(
      /Le ven\. 27 nov\., solde fixé à 1\s250\. Saisissez le nombre affiché par LinkedIn/u,
    );
    const week = root.querySelector<HTMLInputElement>('[name="limit-invites-week"]');
    expect(week?.placeholder).toBe('par défaut : 100');
    expect(root.querySelector('label[for="field-limit-invites-week"]')?.textContent).toBe(
      'Invitations cette semaine',
    );
    expect(text).toContain('Expiration des crédits InMail');
    expect(text).toContain('90 jours');
  });

  it('refuses a value with a French message, from the form and from the schema', async () => {
    await useLocale('fr', 'fr-FR');
    const onSave = vi.fn(async (): Promise<SaveResult> => ({ ok: true }));
    const root = form(withInmail(), onSave);
    await change(root.querySelector<HTMLInputElement>('[name="zone-warn"]') as HTMLInputElement, '');
    expect(root.querySelector('#zone-warn-error')?.textContent).toBe(
      'saisissez un pourcentage entre 1 et 100',
    );
    await change(root.querySelector<HTMLInputElement>('[name="zone-red"]') as HTMLInputElement, '150');
    expect(root.querySelector('#zone-red-error')?.textContent).toBe('doit être compris entre 1 et 100');
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('the options page has no hard-coded words (pseudo-locale)', () => {
  it('with InMail, a calibration and a refused value', async () => {
    await usePseudoLocale();
    const root = form(withInmail());
    await change(root.querySelector<HTMLInputElement>('[name="zone-red"]') as HTMLInputElement, '150');
    await change(
      root.querySelector<HTMLInputElement>('[name="limit-invites-week"]') as HTMLInputElement,
      '-3',
    );
    await change(root.querySelector<HTMLInputElement>('[name="inmail-balance"]') as HTMLInputElement, 'x');
    expect(root.querySelectorAll('.field-error').length).toBe(3);
    expect(hardCoded(readable(root), names('premium-career'))).toEqual([]);
  });

  it('for every plan (InMail hidden where the plan has none), and for the shared settings', async () => {
    await usePseudoLocale();
    for (const plan of PLANS) {
      const root = mount(
        <>
          <OptionsForm
            settings={{ ...defaultSettings(NOW), plan }}
            onSave={async () => ({ ok: true })}
            browserZone="Europe/Paris"
            timeZones={ZONES}
            now={() => NOW}
            accountName={null}
          />
          <SourcesSection settings={{ ...defaultSettings(NOW), plan }} />
        </>,
      );
      expect(hardCoded(readable(root), names(plan)), plan).toEqual([]);
    }
  });

  it('the schema’s own refusals, as the worker words them', async () => {
    await usePseudoLocale();
    const s = defaultSettings(NOW);
    const bad = applySettingsPatch(s, { zones: { warn: 95, red: 90 }, weeklyMode: 'x' as never }, NOW);
    expect(bad.ok).toBe(false);
    const messages = bad.ok ? [] : bad.errors.map((e) => e.message.replace(/^[\w.()]+: /, ''));
    expect(messages.length).toBeGreaterThan(0);
    expect(hardCoded(messages.join(' '))).toEqual([]);
  });
});

describe('engagement and ramp-up', () => {
  const ramping: Settings = {
    ...defaultSettings(NOW),
    rampUp: { startedAt: Date.parse('2026-11-20T09:00:00Z'), heldDays: 0, heldSince: null },
  };
  const view = (s: Settings, onSave = vi.fn(async () => ({ ok: true as const }))) =>
    mount(
      <EngagementRampSettings settings={s} accountName={ACCOUNT} now={NOW} timeZone="UTC" onSave={onSave} />,
    );

  it('reads in French, with a French date', async () => {
    await useLocale('fr', 'fr-FR');
    const root = view(ramping);
    expect(root.querySelector('.ramp-status')?.textContent).toMatch(
      /^Commencée le ven\. 20 nov\. : semaine 2 sur 6\. Tant que votre taux d’acceptation est orange ou rouge/u,
    );
    expect(root.querySelector('[data-action="stop-ramp"]')?.textContent).toBe('Arrêter la montée en charge');
  });

  it('has no hard-coded words, ramp on or off, and after a refused save', async () => {
    await usePseudoLocale();
    expect(hardCoded(readable(view(ramping)), names('free'))).toEqual([]);
    const root = view(
      defaultSettings(NOW),
      vi.fn(async () => ({ ok: false as const, errors: [{ message: '⟦refused⟧' }] })) as never,
    );
    await act(async () => root.querySelector<HTMLButtonElement>('[data-action="start-ramp"]')?.click());
    await settle();
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
    expect(hardCoded(readable(root), names('free'))).toEqual([]);
  });
});

describe('the add-activity form', () => {
  async function submit(root: HTMLElement) {
    await act(async () => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await settle();
  }
  const set = async (root: HTMLElement, selector: string, value: string) =>
    act(async () => {
      const el = root.querySelector(selector) as HTMLInputElement;
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });

  it('says what was added in French, with a French date and plural', async () => {
    await useLocale('fr', 'fr-FR');
    const onAdd = vi.fn(async (): Promise<AddActivityResult> => ({ ok: true, added: 3, at: 0 }));
    const root = mount(
      <AddActivityForm account={null} accountName="alice" today="2026-11-27" onAdd={onAdd} />,
    );
    await set(root, 'input[name="count"]', '3');
    await set(root, 'input[name="date"]', '2026-11-20');
    await submit(root);
    await waitFor(() => root.querySelector('[role="status"]')?.textContent, 'the status');
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Ajouté pour le ven. 20 nov. : 3 invitations.',
    );
    await set(root, 'input[name="count"]', '501');
    await submit(root);
    expect(root.querySelector('#add-count-error')?.textContent).toBe('doit être un nombre entier de 1 à 500');
  });

  it('shows the worker’s refusal in French', async () => {
    await useLocale('fr', 'fr-FR');
    const refused = parseAddActivity({ account: null, kind: 'poke', count: 1, date: 'soon' });
    expect(refused.ok).toBe(false);
    const onAdd = vi.fn(
      async (): Promise<AddActivityResult> => (refused.ok ? { ok: true, added: 0, at: 0 } : refused),
    );
    const root = mount(<AddActivityForm account={null} today="2026-11-27" onAdd={onAdd} />);
    await submit(root);
    expect(root.querySelector('#add-date-error')?.textContent).toBe('doit être une date (AAAA-MM-JJ)');
  });

  it('has no hard-coded words: empty, added, refused by the form, the worker, or a failure', async () => {
    await usePseudoLocale();
    const refused = parseAddActivity({ account: null, kind: 'poke', count: 0, date: 'soon', extra: 1 });
    const replies: AddActivityResult[] = [
      { ok: true, added: 2, at: 0 },
      refused.ok ? { ok: true, added: 0, at: 0 } : refused,
    ];
    const onAdd = vi.fn(async () => {
      const next = replies.shift();
      if (!next) throw new Error('⟦offline⟧');
      return next;
    });
    const root = mount(
      <AddActivityForm account={null} accountName="alice" today="2026-11-27" onAdd={onAdd} />,
    );
    const allowed = ['alice'];
    expect(hardCoded(readable(root), allowed)).toEqual([]);
    await submit(root); // added
    expect(root.querySelector('[role="status"]')?.textContent).not.toBe('');
    expect(hardCoded(readable(root), allowed)).toEqual([]);
    await submit(root); // refused by the worker
    expect(root.querySelectorAll('.field-error').length).toBeGreaterThan(0);
    expect(hardCoded(readable(root), allowed)).toEqual([]);
    await set(root, 'input[name="count"]', '0'); // refused by the form
    await submit(root);
    expect(hardCoded(readable(root), allowed)).toEqual([]);
    await set(root, 'input[name="count"]', '1'); // the worker unreachable
    await submit(root);
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
    expect(hardCoded(readable(root), allowed)).toEqual([]);
  });
});

describe('the backup section', () => {
  async function choose(root: HTMLElement, name: string) {
    const input = root.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], name)], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
  }
  const refusal = (text: string): ImportReply => {
    const r = parseBackup(text);
    if (r.ok) throw new Error('expected a refusal');
    return r;
  };

  it('reports an import and a refused file in French', async () => {
    await useLocale('fr', 'fr-FR');
    const onImport = vi
      .fn<(file: File) => Promise<ImportReply>>()
      .mockResolvedValueOnce({
        ok: true,
        counts: { events: 1250, accounts: 1 },
        exportedAt: '',
        plan: 'free',
      })
      .mockImplementationOnce(async () => refusal('not json'));
    const root = mount(<BackupSection onExport={vi.fn()} onImport={onImport} />);
    await choose(root, 'a.json');
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(
      /^a\.json importé : 1\s250 événements et 1 compte, abonnement Gratuit \(Basique\)\./u,
    );
    await choose(root, 'b.json');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Échec de l’import, rien n’a été modifié : Ce n’est pas une sauvegarde Pacer : le fichier n’est pas du JSON',
    );
  });

  it('has no hard-coded words: exported, imported, refused (every kind of file), failed', async () => {
    await usePseudoLocale();
    /** A valid backup, broken by `wreck`: the frozen format's own refusals. */
    const broken = (
      wreck: (b: {
        events: [Record<string, unknown>, Record<string, unknown>];
        settings: Record<string, unknown>;
        accounts: unknown;
      }) => void,
    ) => {
      const b = JSON.parse(serializeBackup(buildBackup(CONTENTS, BACKUP_NOW)));
      wreck(b);
      return JSON.stringify(b);
    };
    const files = [
      broken((b) => {
        b.events[0].kind = 'poke';
      }),
      broken((b) => {
        b.events[1].key = b.events[0].key;
      }),
      broken((b) => {
        b.settings.timeZone = 'Mars/Olympus';
      }),
      broken((b) => {
        b.events[0].at = -1;
        b.events[1].extra = 1;
        b.accounts = 'none';
      }),
      broken((b) => {
        b.settings.zones = { warn: 95, red: 90 };
      }),
      '',
      'not json',
      '[]',
      '{"format":"pacer-backup"}',
      '{"format":"pacer-backup","version":99}',
      '{"format":"pacer-backup","version":3,"settings":{}}',
    ];
    const onExport = vi
      .fn<() => Promise<ExportOutcome>>()
      .mockResolvedValueOnce({ ok: true, fileName: 'p.json', counts: { events: 1, accounts: 0 } });
    const onImport = vi.fn<(file: File) => Promise<ImportReply>>();
    const root = mount(<BackupSection onExport={onExport} onImport={onImport} />);
    const allowed = ['p.json', 'b.json'];
    expect(hardCoded(readable(root), allowed)).toEqual([]);
    await act(async () => root.querySelector<HTMLButtonElement>('[data-action="export"]')?.click());
    await settle();
    expect(root.querySelector('.backup-note')?.textContent).not.toBe('');
    expect(hardCoded(readable(root), allowed)).toEqual([]);
    onImport.mockResolvedValueOnce({
      ok: true,
      counts: { events: 2, accounts: 1 },
      exportedAt: '',
      plan: 'free',
    });
    await choose(root, 'b.json');
    expect(hardCoded(readable(root), allowed)).toEqual([]);
    for (const text of files) {
      onImport.mockImplementationOnce(async () => refusal(text));
      await choose(root, 'b.json');
      const alert = root.querySelector('[role="alert"]')?.textContent ?? '';
      expect(alert, text).not.toBe('');
      // The field names a refusal quotes are the file's own ("settings.zones"): data, not words.
      expect(hardCoded(alert.replace(/"[^"]*"|\b\w+(\.\w+)+\b/g, ' '), allowed), text).toEqual([]);
    }
    onImport.mockRejectedValueOnce(new Error('⟦gone⟧'));
    await choose(root, 'b.json');
    expect(hardCoded(readable(root), allowed)).toEqual([]);
  });
});
