import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const here = (file: string) => new URL(file, import.meta.url);

/** The theme: the brand blue of the dashboard's header. */
export const THEME_COLOUR = '#1f3a8a';

/**
 * Makes the dashboard installable: a web app manifest, its icons (rendered from icon.svg with
 * sharp at build time) and the service worker (sw.js, with the build's version and the list of
 * the app's files put at its top). Only `vite build` runs it; the dev server has no worker.
 */
export function pwa(): Plugin {
  return {
    name: 'embassy-pwa',
    apply: 'build',
    // After Vite's own steps, which drop the empty script of a chunk that is only a stylesheet.
    enforce: 'post',
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/icon-192.png' }, injectTo: 'head' },
    ],
    async generateBundle(_options, bundle) {
      const { default: sharp } = await import('sharp');
      const svg = readFileSync(here('./icon.svg'));
      const png = (size: number, padding = 0) =>
        sharp(svg)
          .resize(size - 2 * padding, size - 2 * padding)
          .extend({ top: padding, bottom: padding, left: padding, right: padding, background: THEME_COLOUR })
          .png()
          .toBuffer();
      // A maskable icon keeps what matters inside the middle 80 % (the safe zone launchers crop to).
      const icons = [
        { file: 'icons/icon-192.png', size: 192, purpose: 'any', image: await png(192) },
        { file: 'icons/icon-512.png', size: 512, purpose: 'any', image: await png(512) },
        { file: 'icons/maskable-512.png', size: 512, purpose: 'maskable', image: await png(512, 52) },
      ];
      for (const icon of icons) this.emitFile({ type: 'asset', fileName: icon.file, source: icon.image });
      const manifest = {
        name: 'Embassy',
        short_name: 'Embassy',
        description: 'Your brand ambassador programs: challenges, posts, rewards and earnings.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f4f6fa',
        theme_color: THEME_COLOUR,
        icons: icons.map((icon) => ({
          src: `/${icon.file}`,
          sizes: `${icon.size}x${icon.size}`,
          type: 'image/png',
          purpose: icon.purpose,
        })),
      };
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.webmanifest',
        source: `${JSON.stringify(manifest, null, 2)}\n`,
      });
      // The app's own files: every script and stylesheet of this build, and the page itself.
      const files = Object.keys(bundle).filter((file) => /\.(js|css)$/.test(file));
      const shell = ['/index.html', ...files.map((file) => `/${file}`), ...icons.map((i) => `/${i.file}`)];
      const version = createHash('sha256').update(files.sort().join('\n')).digest('hex').slice(0, 12);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `const VERSION = ${JSON.stringify(version)};\nconst SHELL = ${JSON.stringify(shell)};\n${readFileSync(here('./sw.js'), 'utf8')}`,
      });
    },
  };
}
