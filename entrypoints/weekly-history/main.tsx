import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { openDb } from '../../lib/db/schema';
import { ensureMessages } from '../../lib/i18n/ensure-messages';
import { t } from '../../lib/i18n/t';
import { readAccountInUse } from '../../lib/storage/account-in-use';
import { HistoryApp } from './app';

// The reads first: the database opens and the account in use is asked while the words load.
const db = openDb();
db.open().catch(() => {}); // a failure surfaces again, shown, at the page's first read
const early = { db, inUse: readAccountInUse() };

// Words first (lib/i18n/ensure-messages.ts): at once, unless the browser lost its bundle.
void ensureMessages().then(() => {
  document.title = t('history.pageTitle');
  document.documentElement.lang = t('common.lang');

  const root = document.getElementById('app');
  if (root) render(<HistoryApp early={early} />, root);
});
