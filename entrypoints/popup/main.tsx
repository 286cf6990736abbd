import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { PopupApp, readSnapshot } from './app';

const root = document.getElementById('app');
if (root) {
  // Synchronous first paint from the previous open's snapshot; IndexedDB refreshes it right after.
  const now = new Date();
  render(<PopupApp initial={readSnapshot(now)} initialNow={now} />, root);
}
