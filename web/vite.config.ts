import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The dashboard: Preact through Vite's built-in JSX transform, built to web/dist. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Nothing under public/ is copied: it holds only the pre-build placeholder page.
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 150,
  },
  logLevel: 'warn',
});
