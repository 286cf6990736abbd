// Backup on the options page: export everything as a JSON file (an ordinary page download) and
// import one. The page reads the store and the file and validates the file whole (zod); the
// background, the only writer, replaces all data in one transaction. An import's outcome shows in
// `role="status"` (success) or `role="alert"` (error).
import { useState } from 'preact/hooks';
import { type BackupCounts, backupFileName, type ExportReply, MAX_BACKUP_BYTES } from '../lib/backup/backup';
import { exportBackup, importBackup } from '../lib/db/backup-store';
import type { PacerDb } from '../lib/db/schema';
import { PLAN_LABELS } from '../lib/domain/limits';
import { sendMessage } from '../lib/messaging';

export interface BackupSectionProps {
  /** The store the export reads. */
  db: PacerDb;
  /** The zone the file name's date is in. */
  timeZone: string;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
  /** Hands the file to the browser (tests replace it). */
  download?: (fileName: string, text: string) => void;
}

type Outcome = { kind: 'status' | 'alert'; text: string } | null;

export function BackupSection({
  db,
  timeZone,
  now = () => new Date(),
  download = saveFile,
}: BackupSectionProps) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [exported, setExported] = useState('');
  const [busy, setBusy] = useState(false);

  const exportData = async () => {
    setOutcome(null);
    setExported('');
    try {
      const res: ExportReply = await exportBackup(db, now());
      if (!res.ok) return setOutcome({ kind: 'alert', text: `Export failed: ${res.error}` });
      const name = backupFileName(now(), timeZone);
      download(name, res.json);
      setExported(`Saved ${name}: ${countsText(res.counts)}.`);
    } catch (e) {
      setOutcome({ kind: 'alert', text: `Export failed: ${message(e)}` });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setOutcome(null);
    setExported('');
    setBusy(true);
    try {
      if (file.size > MAX_BACKUP_BYTES) {
        setOutcome({
          kind: 'alert',
          text: `Import failed, nothing was changed: ${file.name} is too large for a Pacer backup (over ${MAX_BACKUP_BYTES / 1024 / 1024} MB).`,
        });
        return;
      }
      const res = await importBackup(await file.text(), (data) => sendMessage('importData', data));
      setOutcome(
        res.ok
          ? {
              kind: 'status',
              text: `Imported ${file.name}: ${countsText(res.counts)}, plan ${PLAN_LABELS[res.plan]}. All earlier data was replaced.`,
            }
          : { kind: 'alert', text: `Import failed, nothing was changed: ${res.error}` },
      );
    } catch (e) {
      setOutcome({ kind: 'alert', text: `Import failed: ${message(e)}` });
    } finally {
      setBusy(false);
      // The same file can be chosen again.
      input.value = '';
    }
  };

  return (
    <section id="backup" class="backup-section" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup</h2>
      <p>
        Export saves your settings (your plan and when you chose it included) and everything Pacer counted to
        a file: no message or note text is in it. Import it here or in another browser to carry on where you
        left off.
      </p>
      <div class="backup-actions">
        <button type="button" data-action="export" onClick={() => void exportData()}>
          Export backup
        </button>
        <label class="backup-import">
          <span>Import a backup</span>
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
        Importing replaces all of Pacer's data in this browser (settings and counts) with the file's. A file
        that is not a valid Pacer backup changes nothing.
      </p>
      {exported ? <p class="backup-note">{exported}</p> : null}
      {busy ? <p class="backup-note">Importing…</p> : null}
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
  const n = (k: number, one: string) => `${k} ${one}${k === 1 ? '' : 's'}`;
  return `${n(c.events, 'event')} and ${n(c.accounts, 'account')}`;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** An ordinary page download: a Blob URL and an `<a download>` click. */
function saveFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the browser may still be reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
