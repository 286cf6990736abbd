// The options page's backup I/O: an export reads the store (pages may read it) and hands the file to
// the browser as an ordinary download; an import reads the chosen file, validates it whole, and only
// then has the background, the only writer, replace all data with it.
import type { ExportOutcome } from '../../components/backup-section';
import { backupFileName, type ImportReply, MAX_BACKUP_BYTES } from '../../lib/backup/backup';
import { exportBackup, importBackup } from '../../lib/db/backup-store';
import type { PacerDb } from '../../lib/db/schema';
import { t } from '../../lib/i18n/t';
import type { ValidatedBackup } from '../../lib/messages/import-data';
import { sendMessage } from '../../lib/messaging';
import { formatCount } from '../../lib/ui/format';

/** Reads everything into a backup file named for `now`'s date in `timeZone`, and downloads it. */
export async function exportToFile(
  db: PacerDb,
  timeZone: string,
  now: Date = new Date(),
  download: (fileName: string, text: string) => void = saveFile,
): Promise<ExportOutcome> {
  const res = await exportBackup(db, now);
  if (!res.ok) return res;
  const fileName = backupFileName(now, timeZone);
  download(fileName, res.json);
  return { ok: true, fileName, counts: res.counts };
}

/**
 * Reads and validates `file`; a valid backup goes to `write` (the background's `importData`), which
 * replaces all data in one transaction. Anything else changes nothing.
 */
export async function importFile(
  file: File,
  write: (data: ValidatedBackup) => Promise<ImportReply> = (data) => sendMessage('importData', data),
): Promise<ImportReply> {
  // Refused before it is read: a file this large is not a backup, and reading it would stall the page.
  if (file.size > MAX_BACKUP_BYTES)
    return {
      ok: false,
      error: t('errors.fileTooLarge', { file: file.name, mb: formatCount(MAX_BACKUP_BYTES / 1024 / 1024) }),
    };
  return importBackup(await file.text(), write);
}

/** An ordinary page download: a Blob URL and an `<a download>` click. */
export function saveFile(fileName: string, text: string): void {
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
