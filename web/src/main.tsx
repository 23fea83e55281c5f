import { render } from 'preact';
import { App } from './app.tsx';
import { setLanguage, startingLanguage } from './i18n/i18n.ts';
import './styles.css';

// The reader's language (and its catalogue) before the first paint, so no page flashes in another.
await setLanguage(startingLanguage());
const root = document.getElementById('app');
if (root) render(<App />, root);
