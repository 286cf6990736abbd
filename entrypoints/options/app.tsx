// The options page: owns its I/O. It reads the settings from IndexedDB (read-only; the background
// saves them), keeps them live, re-reads after each save, and hands the components callbacks that
// save a setting, export a backup and import one (settings-controller.ts, backup-controller.ts).
// Settings are shown and saved for the LinkedIn account picked at the top: at first the account of
// the LinkedIn tab in use, else the one seen most recently; none seen yet: the shared settings.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AccountPicker } from '../../components/account-picker';
import { BackupSection } from '../../components/backup-section';
import { EngagementRampSettings } from '../../components/engagement-ramp-settings';
import { LearnedCeilings } from '../../components/learned-ceilings';
import { OptionsForm, SourcesSection } from '../../components/options-form';
import { openDb } from '../../lib/db/schema';
import type { SeenAccount } from '../../lib/domain/account-report';
import type { Settings, SettingsPatch } from '../../lib/domain/settings';
import { t } from '../../lib/i18n/t';
import { readAccountInUse } from '../../lib/storage/account-in-use';
import { accountFullLabel } from '../../lib/ui/format';
import { AddActivitySection } from './add-activity-section';
import { exportToFile, importFile } from './backup-controller';
import { saveCeilings } from './ceilings-controller';
import { HealthPanel } from './health-panel';
import { readSettings, saveSettings, watchAccounts, watchSettings } from './settings-controller';

/** The account to show first: the one in use when Pacer knows it, else the one seen most recently. */
export function defaultAccount(accounts: readonly SeenAccount[], inUse: string | null): string | null {
  return accounts.find((a) => a.account === inUse)?.account ?? accounts[0]?.account ?? null;
}

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function OptionsApp() {
  const db = useMemo(() => openDb(), []);
  const [accounts, setAccounts] = useState<SeenAccount[] | null>(null);
  /** undefined: not decided yet; null: no account seen (the shared settings). */
  const [selected, setSelected] = useState<string | null | undefined>(undefined);
  /** The settings shown, and whose they are (a switch shows nothing stale meanwhile). */
  const [shown, setShown] = useState<{ account: string | null; settings: Settings } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const scrolled = useRef(false);
  const fail = useCallback((e: unknown) => setError(e instanceof Error ? e.message : String(e)), []);

  useEffect(() => watchAccounts(db, setAccounts, fail), [db, fail]);

  // Decide the account once the accounts are read, and again if the one shown is gone (an import)
  // or the first account appears while the page is open.
  useEffect(() => {
    if (accounts === null) return;
    const stale =
      selected === undefined ||
      (selected === null && accounts.length > 0) ||
      (selected !== null && !accounts.some((a) => a.account === selected));
    if (!stale) return;
    let closed = false;
    void readAccountInUse().then((inUse) => {
      if (!closed) setSelected(defaultAccount(accounts, inUse));
    });
    return () => {
      closed = true;
    };
  }, [accounts, selected]);

  useEffect(() => {
    if (selected === undefined) return;
    return watchSettings(db, selected, (settings) => setShown({ account: selected, settings }), fail);
  }, [db, selected, fail]);

  // Declared last: its cleanup runs after the subscriptions above stopped.
  useEffect(() => () => db.close(), [db]);

  const settings = shown && shown.account === selected ? shown.settings : null;
  const account = selected ? (accounts?.find((a) => a.account === selected) ?? null) : null;

  const reload = useCallback(async () => {
    if (selected === undefined) return;
    try {
      setShown({ account: selected, settings: await readSettings(db, selected) });
    } catch (e) {
      fail(e);
    }
  }, [db, selected, fail]);

  const onSave = useCallback((patch: SettingsPatch) => saveSettings(patch, selected), [selected]);

  // The file name's date is in the zone the settings choose.
  const zone = settings?.timeZone ?? browserZone();
  const onExport = useCallback(() => exportToFile(db, zone), [db, zone]);

  // The page renders after the settings load, so the browser's own jump to #sources found nothing.
  useEffect(() => {
    if (!settings || scrolled.current) return;
    scrolled.current = true;
    if (location.hash === '#sources' || location.hash === '#add-activity' || location.hash === '#health') {
      const el = document.getElementById(location.hash.slice(1));
      el?.scrollIntoView();
      el?.focus({ preventScroll: true });
    }
  }, [settings]);

  return (
    <main class="options">
      <header>
        <h1>{t('options.title')}</h1>
        <p class="lede">
          {t('options.lede')} <a href="#sources">{t('options.linkSources')}</a> ·{' '}
          <a href="weekly-history.html">{t('options.linkHistory')}</a> ·{' '}
          <a href="privacy.html">{t('options.linkPrivacy')}</a>
        </p>
      </header>
      {error ? (
        <p class="field-error" role="alert">
          {t('options.readFailed', { error })}
        </p>
      ) : null}
      {accounts !== null && selected !== undefined ? (
        <AccountPicker accounts={accounts} selected={selected} onSelect={setSelected} />
      ) : null}
      {settings ? (
        <>
          <OptionsForm
            key={selected ?? 'shared'}
            settings={settings}
            onSave={onSave}
            browserZone={browserZone()}
            onSaved={reload}
            accountName={account ? accountFullLabel(account) : null}
          />
          <EngagementRampSettings
            settings={settings}
            accountName={account ? accountFullLabel(account) : null}
            now={new Date()}
            timeZone={zone}
            onSave={onSave}
          />
          {selected ? (
            <LearnedCeilings
              account={selected}
              settings={settings}
              now={new Date()}
              timeZone={zone}
              onSave={saveCeilings}
            />
          ) : null}
          <HealthPanel db={db} account={selected ?? null} timeZone={zone} />
          <AddActivitySection db={db} browserZone={browserZone()} account={selected ?? null} />
          <SourcesSection settings={settings} />
        </>
      ) : null}
      {/* Shown even when the settings cannot be read: an import can put things right. */}
      <BackupSection onExport={onExport} onImport={importFile} />
    </main>
  );
}
