import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time under a file or folder, in ms. */
function newest(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), info.mtimeMs);
}

/**
 * Builds the dashboard (web/ → web/dist) with Vite when the build is missing or older than its
 * sources, so `npm start` always serves the current dashboard. About a second when needed.
 */
export async function ensureWebBuilt(
  repoRoot: string,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  const web = join(repoRoot, 'web');
  const built = join(web, 'dist', 'index.html');
  // shared/ too: the dashboard imports some of its rules (post links, captions) from there.
  const sources = [
    join(web, 'src'),
    join(web, 'index.html'),
    join(web, 'vite.config.ts'),
    join(web, 'pwa'),
    join(repoRoot, 'shared'),
  ].filter(existsSync);
  if (sources.length === 0) return;
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newest))) return;
  log('Building the dashboard (web/ → web/dist)…');
  const { build } = await import('vite');
  // Built aside and swapped in with two renames, so a page served meanwhile (or a second start)
  // never sees half a build; for an instant between the renames there is none.
  const aside = join(web, `.dist-${process.pid}`);
  await build({
    configFile: join(web, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: aside, emptyOutDir: true },
  });
  const old = join(web, `.dist-old-${process.pid}`);
  if (existsSync(join(web, 'dist'))) renameSync(join(web, 'dist'), old);
  try {
    renameSync(aside, join(web, 'dist'));
  } catch {
    // Another start swapped its identical build in first.
    rmSync(aside, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}
