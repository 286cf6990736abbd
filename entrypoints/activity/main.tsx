import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { t } from '../../lib/i18n/t';
import { ActivityApp } from './app';

document.title = t('log.pageTitle');
document.documentElement.lang = t('common.lang');

const root = document.getElementById('app');
if (root) render(<ActivityApp />, root);
