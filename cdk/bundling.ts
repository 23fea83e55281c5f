import type { BuildOptions } from 'esbuild';

/**
 * How every function is bundled, in one place: the CDK's NodejsFunction takes these, and the
 * bundle budget test and the cold-start benchmark build with exactly the same esbuild options.
 */
export const BUNDLING = {
  format: 'esm',
  // Some CommonJS dependencies call require() inside the ESM bundle; give them one.
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  // Prefer packages' ESM builds, so the bundle is ESM throughout and tree-shakes better.
  mainFields: ['module', 'main'],
  minify: true,
  target: 'node22',
} as const;

/** The esbuild options the CDK derives from {@link BUNDLING} for one entry. */
export function esbuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: BUNDLING.format,
    banner: { js: BUNDLING.banner },
    mainFields: [...BUNDLING.mainFields],
    minify: BUNDLING.minify,
    target: BUNDLING.target,
    metafile: true,
    logLevel: 'silent',
  };
}
