// Backup on the options page: export everything as a JSON file and import one. The page does the
// reading, validating (zod, the whole file) and writing through the background, the only writer;
// this section shows the two controls and what came of them: an import's outcome in `role="status"`
// (success) or `role="alert"` (error). Props in, callbacks out.
import { useState } from 'preact/hooks';
import type { BackupCounts, ImportReply } from '../lib/backup/backup';
import { t } from '../lib/i18n/t';
import { formatCount } from '../lib/ui/format';
import { planLabel } from '../lib/ui/meter-labels';

/** What an export came to: the file handed to the browser, or why there is none. */
export type ExportOutcome =
  | { ok: true; fileName: string; counts: BackupCounts }
  | { ok: false; error: string };

export interface BackupSectionProps {
  /** Reads everything and hands the file to the browser. A rejection shows as "Export failed". */
  onExport: () => Promise<ExportOutcome>;
  /**
   * Validates the chosen file and, only if it is a whole Pacer backup, replaces all data with it.
   * `{ ok: false }` means nothing was changed; a rejection (e.g. the background is unreachable) shows
   * as "Import failed".
   */
  onImport: (file: File) => Promise<ImportReply>;
}

type Outcome = { kind: 'status' | 'alert'; text: string } | null;

export function BackupSection({ onExport, onImport }: BackupSectionProps) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [exported, setExported] = useState('');
  const [busy, setBusy] = useState(false);

  const exportData = async () => {
    setOutcome(null);
    setExported('');
    try {
      const res = await onExport();
      if (!res.ok) return setOutcome({ kind: 'alert', text: t('backup.exportFailed', { error: res.error }) });
      setExported(t('backup.exported', { file: res.fileName, counts: countsText(res.counts) }));
    } catch (e) {
      setOutcome({ kind: 'alert', text: t('backup.exportFailed', { error: message(e) }) });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setOutcome(null);
    setExported('');
    setBusy(true);
    try {
      const res = await onImport(file);
      setOutcome(
        res.ok
          ? {
              kind: 'status',
              text: t('backup.imported', {
                file: file.name,
                counts: countsText(res.counts),
                plan: planLabel(res.plan),
              }),
            }
          : { kind: 'alert', text: t('backup.importRefused', { error: res.error }) },
      );
    } catch (e) {
      setOutcome({ kind: 'alert', text: t('backup.importFailed', { error: message(e) }) });
    } finally {
      setBusy(false);
      // The same file can be chosen again.
      input.value = '';
    }
  };

  return (
    <section id="backup" class="backup-section" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      <div class="backup-actions">
        <button type="button" data-action="export" onClick={() => void exportData()}>
          {t('backup.export')}
        </button>
        <label class="backup-import">
          <span>{t('backup.import')}</span>
          <input
            type="file"
            name="import"
            accept=".json,application/json"
            disabled={busy}
            aria-describedby="backup-warning"
            onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)}
          />
        </label>
      </div>
      <p id="backup-warning" class="backup-warning">
        {t('backup.warning')}
      </p>
      {exported ? <p class="backup-note">{exported}</p> : null}
      {busy ? <p class="backup-note">{t('backup.importing')}</p> : null}
      <p role="status" aria-live="polite" class="backup-outcome">
        {outcome?.kind === 'status' ? outcome.text : ''}
      </p>
      {outcome?.kind === 'alert' ? (
        <p role="alert" class="backup-outcome field-error">
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}

function countsText(c: BackupCounts): string {
  return t('backup.counts', {
    events: t('backup.events', c.events, { count: formatCount(c.events) }),
    accounts: t('backup.accounts', c.accounts, { count: formatCount(c.accounts) }),
  });
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
