import { render } from 'preact';
import '../../components/theme.css';
import { t } from '../../lib/i18n/t';
import './style.css';
import { PopupApp, readSnapshot } from './app';

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
