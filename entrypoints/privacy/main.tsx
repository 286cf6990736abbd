// The privacy policy as an extension page: the repository's PRIVACY.md, bundled at build time, so
// the options page's link works offline and says exactly what the repository says.
import { render } from 'preact';
import { ensureMessages } from '../../lib/i18n/ensure-messages';
import { t } from '../../lib/i18n/t';
import privacy from '../../PRIVACY.md?raw';
import { PrivacyPage } from './app';
import '../../components/theme.css';
import './style.css';

// Words first (lib/i18n/ensure-messages.ts): at once, unless the browser lost its bundle.
void ensureMessages().then(() => {
  document.title = t('privacy.pageTitle');

  const root = document.getElementById('app');
  if (root) render(<PrivacyPage markdown={privacy} />, root);
});
