import { render } from 'preact';
import { App } from './app.tsx';
import { setLanguage, startingLanguage } from './i18n/i18n.ts';
import './styles.css';

// The reader's language (and its catalogue) before the first paint, so no page flashes in another.
await setLanguage(startingLanguage());
const root = document.getElementById('app');
if (root) render(<App />, root);

// The built dashboard works offline for reading what it last loaded (web/pwa/sw.js); the dev server has none.
// MODE, not PROD: PROD follows NODE_ENV, which a test runner sets to "test" around a real build.
if (import.meta.env.MODE === 'production' && 'serviceWorker' in navigator)
  navigator.serviceWorker.register('/sw.js').catch(() => undefined);
