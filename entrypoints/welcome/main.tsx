import { render } from 'preact';
import '../../components/theme.css';
import '../options/style.css';
import './style.css';
import { t } from '../../lib/i18n/t';
import { WelcomeApp } from './app';

// The page speaks the browser's language: its title, and its lang for screen readers.
document.title = t('welcome.title');
document.documentElement.lang = t('common.lang');

const root = document.getElementById('app');
if (root) render(<WelcomeApp />, root);
