// The options page: reads the settings from IndexedDB (read-only; the background saves them),
// keeps them live, and re-reads after each save.
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BackupSection } from '../../components/backup-section';
import { OptionsForm, SourcesSection } from '../../components/options-form';
import { openDb } from '../../lib/db/schema';
import { loadSettings } from '../../lib/db/settings-store';
import type { Settings } from '../../lib/domain/settings';

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function OptionsApp() {
  const db = useMemo(() => openDb(), []);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const scrolled = useRef(false);

  const reload = useCallback(async () => {
    try {
      setSettings(await loadSettings(db, new Date()));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [db]);

  useEffect(() => {
    const sub = liveQuery(() => loadSettings(db, new Date())).subscribe({
      next: (s) => setSettings(s),
      error: (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    });
    return () => {
      sub.unsubscribe();
      db.close();
    };
  }, [db]);

  // The page renders after the settings load, so the browser's own jump to #sources found nothing.
  useEffect(() => {
    if (!settings || scrolled.current) return;
    scrolled.current = true;
    if (location.hash === '#sources') {
      const el = document.getElementById('sources');
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
          <OptionsForm settings={settings} browserZone={browserZone()} onSaved={reload} />
          <SourcesSection settings={settings} />
        </>
      ) : null}
      {/* Shown even when the settings cannot be read: an import can put things right. */}
      <BackupSection db={db} timeZone={settings?.timeZone ?? browserZone()} />
    </main>
  );
}
