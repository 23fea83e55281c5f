import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The scripts the first page load fetches (`/assets/…`): the entry and what it preloads, not lazy chunks. */
export function firstLoadFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
}

export type ChunkWeight = {
  /** The chunk's name without its hash: the view or library it holds. */
  chunk: string;
  /** The chunk alone, gzipped. */
  ownBytes: number;
  /** What opening it fetches after the first load: it and the chunks it imports that the first load lacks, gzipped. */
  loadBytes: number;
};

/**
 * The dashboard's weight in gzipped JavaScript: the first load, and each chunk loaded on use
 * (a view, uPlot, the QR code, the German catalogue) with what opening it adds. Read from the
 * built files: a chunk's static imports are its `from"./…"` and `import"./…"`, a lazy chunk a
 * `import(\`./…\`)` of a chunk already reachable.
 */
export function dashboardWeight(dist: string): { firstLoadBytes: number; chunks: ChunkWeight[] } {
  const assets = join(dist, 'assets');
  const code = new Map<string, string>();
  const read = (file: string) => {
    if (!code.has(file)) code.set(file, readFileSync(join(assets, file), 'utf8'));
    return code.get(file) as string;
  };
  const gzipped = new Map<string, number>();
  const gz = (file: string) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(read(file)).length);
    return gzipped.get(file) as number;
  };
  const staticImports = (file: string) =>
    [...read(file).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((match) => match[1] as string);
  const lazyImports = (file: string) =>
    [...read(file).matchAll(/import\(`\.\/([^`]+\.js)`\)/g)].map((match) => match[1] as string);
  const closure = (roots: string[]) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imported of staticImports(file)) visit(imported);
    };
    for (const root of roots) visit(root);
    return seen;
  };
  const first = closure(firstLoadFiles(dist).map((src) => src.replace(/^\/assets\//, '')));
  const lazy = new Set<string>();
  const pending = [...first];
  const reached = new Set(first);
  while (pending.length > 0) {
    const file = pending.pop() as string;
    for (const target of lazyImports(file)) {
      if (!first.has(target)) lazy.add(target);
      for (const next of closure([target]))
        if (!reached.has(next)) {
          reached.add(next);
          pending.push(next);
        }
    }
  }
  const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gz(file), 0);
  const bare = (file: string) => file.replace(/-[\w-]{8}\.js$/, '');
  const named = [...lazy].map(bare);
  // Two views in one file name (the ambassador's rewards and the manager's) keep their hash.
  const nameOf = (file: string) =>
    named.filter((name) => name === bare(file)).length > 1 ? file.replace(/\.js$/, '') : bare(file);
  return {
    firstLoadBytes: sum(first),
    chunks: [...lazy]
      .map((file) => ({
        chunk: nameOf(file),
        ownBytes: gz(file),
        loadBytes: sum([...closure([file])].filter((dep) => !first.has(dep))),
      }))
      .sort((a, b) => b.loadBytes - a.loadBytes || (a.chunk < b.chunk ? -1 : 1)),
  };
}
