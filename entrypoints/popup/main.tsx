import { render } from 'preact';
import '../../components/theme.css';
import { ensureMessages } from '../../lib/i18n/ensure-messages';
import { t } from '../../lib/i18n/t';
import './style.css';
import { PopupApp, readSnapshot } from './app';

// Words first (lib/i18n/ensure-messages.ts): at once, unless the browser lost its bundle.
void ensureMessages().then(() => {
  // The page speaks the language its messages are in (the browser's, else English): screen readers
  // pick their voice from it.
  document.documentElement.lang = t('common.lang');
  document.title = t('popup.title');

  const root = document.getElementById('app');
  if (root) {
    // Synchronous first paint from the previous open's snapshot; IndexedDB refreshes it right after.
    const now = new Date();
    render(<PopupApp initial={readSnapshot(now)} initialNow={now} />, root);
  }
});
