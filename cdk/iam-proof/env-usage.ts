import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Which of the env module's variables a deployed bundle reads. Every read in our code is a
 * property of the parsed `env` object (shared/platform/env.ts is the one place that touches
 * `process.env`), and esbuild's minifier keeps property names: a read is `x.TABLE_NAME` or
 * `x["TABLE_NAME"]` in the bundle or one of its lazy chunks. The schema itself spells the names
 * as object keys (`{TABLE_NAME:…`), which this does not count. A read on a path that a given
 * request never takes still counts: the function needs the variable on some path.
 */
export function bundleEnvReads(bundleDir: string, names: readonly string[]): Set<string> {
  const code = filesUnder(bundleDir)
    .filter((file) => file.endsWith('.mjs'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  return new Set(names.filter((name) => new RegExp(`\\.${name}\\b|\\[["'\`]${name}["'\`]\\]`).test(code)));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
