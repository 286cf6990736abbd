import { render } from 'preact';
import '../../components/theme.css';
import '../options/style.css';
import './style.css';
import { WelcomeApp } from './app';

const root = document.getElementById('app');
if (root) render(<WelcomeApp />, root);
