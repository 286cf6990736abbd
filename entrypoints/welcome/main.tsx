import { render } from 'preact';
import '../../components/theme.css';
import '../options/style.css';
import './style.css';
import { ensureMessages } from '../../lib/i18n/ensure-messages';
import { t } from '../../lib/i18n/t';
import { WelcomeApp } from './app';

// Words first (lib/i18n/ensure-messages.ts): at once, unless the browser lost its bundle.
void ensureMessages().then(() => {
  // The page speaks the browser's language: its title, and its lang for screen readers.
  document.title = t('welcome.title');
  document.documentElement.lang = t('common.lang');

  const root = document.getElementById('app');
  if (root) render(<WelcomeApp />, root);
});
