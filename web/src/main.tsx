import { render } from 'preact';
import { App } from './app.tsx';
import './styles.css';

const root = document.getElementById('app');
if (root) render(<App />, root);

// The built dashboard works offline for reading what it last loaded (web/pwa/sw.js); the dev server has none.
// MODE, not PROD: PROD follows NODE_ENV, which a test runner sets to "test" around a real build.
if (import.meta.env.MODE === 'production' && 'serviceWorker' in navigator)
  navigator.serviceWorker.register('/sw.js').catch(() => undefined);
