import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { OptionsApp } from './app';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
