// The options page: owns its I/O. It reads the settings from IndexedDB (read-only; the background
// saves them), keeps them live, re-reads after each save, and hands the components callbacks that
// save a setting, export a backup and import one (settings-controller.ts, backup-controller.ts).
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BackupSection } from '../../components/backup-section';
import { LearnedCeilings } from '../../components/learned-ceilings';
import { OptionsForm, SourcesSection } from '../../components/options-form';
import { openDb } from '../../lib/db/schema';
import type { Settings } from '../../lib/domain/settings';
import { AddActivitySection } from './add-activity-section';
import { exportToFile, importFile } from './backup-controller';
import { saveCeilings, useAccountSettings } from './ceilings-controller';
import { readSettings, saveSettings, watchSettings } from './settings-controller';

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function OptionsApp() {
  const db = useMemo(() => openDb(), []);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const scrolled = useRef(false);
  // The account the page shows (null: the one seen most recently).
  const shown = useAccountSettings(db, null);

  const reload = useCallback(async () => {
    try {
      setSettings(await readSettings(db));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [db]);

  useEffect(() => {
    const stop = watchSettings(db, setSettings, (e) => setError(e instanceof Error ? e.message : String(e)));
    return () => {
      stop();
      db.close();
    };
  }, [db]);

  // The file name's date is in the zone the settings choose.
  const zone = settings?.timeZone ?? browserZone();
  const onExport = useCallback(() => exportToFile(db, zone), [db, zone]);

  // The page renders after the settings load, so the browser's own jump to #sources found nothing.
  useEffect(() => {
    if (!settings || scrolled.current) return;
    scrolled.current = true;
    if (location.hash === '#sources' || location.hash === '#add-activity') {
      const el = document.getElementById(location.hash.slice(1));
      el?.scrollIntoView();
      el?.focus({ preventScroll: true });
    }
  }, [settings]);

  return (
    <main class="options">
      <header>
        <h1>Pacer settings</h1>
        <p class="lede">
          Pacer only observes what you do on linkedin.com and keeps everything in this browser. Each setting
          is saved as soon as you change it. <a href="#sources">Where the numbers come from</a>
        </p>
      </header>
      {error ? (
        <p class="field-error" role="alert">
          Could not read the settings: {error}
        </p>
      ) : null}
      {settings ? (
        <>
          <OptionsForm
            settings={settings}
            onSave={saveSettings}
            browserZone={browserZone()}
            onSaved={reload}
          />
          {shown ? (
            <LearnedCeilings {...shown} now={new Date()} timeZone={zone} onSave={saveCeilings} />
          ) : null}
          <AddActivitySection db={db} browserZone={browserZone()} />
          <SourcesSection settings={settings} />
        </>
      ) : null}
      {/* Shown even when the settings cannot be read: an import can put things right. */}
      <BackupSection onExport={onExport} onImport={importFile} />
    </main>
  );
}
