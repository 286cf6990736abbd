import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { ActivityApp } from './app';

const root = document.getElementById('app');
if (root) render(<ActivityApp />, root);
