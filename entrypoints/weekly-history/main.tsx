import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { t } from '../../lib/i18n/t';
import { HistoryApp } from './app';

document.title = t('history.pageTitle');
document.documentElement.lang = t('common.lang');

const root = document.getElementById('app');
if (root) render(<HistoryApp />, root);
