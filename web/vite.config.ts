import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { pwa } from './pwa/plugin.ts';

/** The dashboard: Preact through Vite's built-in JSX transform, built to web/dist. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Nothing under public/ is copied: it holds only the pre-build placeholder page.
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // Installable, and readable offline: the manifest, its icons and the service worker.
  plugins: [pwa()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 150,
  },
  // `npm run dev:web`: Vite's dev server with hot reload, in front of a running `npm start`.
  server: {
    proxy: Object.fromEntries(
      ['/api', '/r/', '/cognito', '/config.json', '/dev/outbox', '/s3'].map((prefix) => [
        prefix,
        { target: process.env.EMBASSY_API ?? 'http://localhost:3000', changeOrigin: true },
      ]),
    ),
  },
  logLevel: 'warn',
});
