// The privacy policy as an extension page: the repository's PRIVACY.md, bundled at build time, so
// the options page's link works offline and says exactly what the repository says.
import { render } from 'preact';
import { MarkdownView } from '../../components/markdown-view';
import { parseMarkdown } from '../../lib/ui/markdown';
import privacy from '../../PRIVACY.md?raw';
import '../../components/theme.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<MarkdownView blocks={parseMarkdown(privacy)} />, root);
