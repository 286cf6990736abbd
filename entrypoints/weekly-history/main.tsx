import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { HistoryApp } from './app';

const root = document.getElementById('app');
if (root) render(<HistoryApp />, root);
