import { render } from 'preact';

function App() {
  return <main>Pacer</main>;
}

const root = document.getElementById('app');
if (root) render(<App />, root);
