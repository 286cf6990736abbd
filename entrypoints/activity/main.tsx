import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { ensureMessages } from '../../lib/i18n/ensure-messages';
import { t } from '../../lib/i18n/t';
import { ActivityApp } from './app';

// Words first (lib/i18n/ensure-messages.ts): at once, unless the browser lost its bundle.
void ensureMessages().then(() => {
  document.title = t('log.pageTitle');
  document.documentElement.lang = t('common.lang');

  const root = document.getElementById('app');
  if (root) render(<ActivityApp />, root);
});
