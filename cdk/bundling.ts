import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';
import { FUNCTIONS, type FunctionName } from '../shared/routes.ts';

const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * How every function is bundled, in one place: the stack deploys these bundles, and the
 * bundle budget test and the benchmarks build with exactly the same options.
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

/**
 * zod's classic API carries every locale (about 60, some 255 KB minified) because
 * `@hono/zod-openapi` takes the whole `z` namespace as a value. The API answers in English:
 * resolve zod's locale index to English alone.
 */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer)
        ? { path: 'zod-locales', namespace: 'zod-english-only' }
        : undefined,
    );
    bundle.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';",
      resolveDir: REPO_ROOT,
    }));
  },
};

/** The esbuild options for one entry, as deployed. */
export function esbuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [resolve(REPO_ROOT, entry)],
    outfile,
    absWorkingDir: REPO_ROOT,
    bundle: true,
    platform: 'node',
    format: BUNDLING.format,
    banner: { js: BUNDLING.banner },
    mainFields: [...BUNDLING.mainFields],
    minify: BUNDLING.minify,
    target: BUNDLING.target,
    sourcemap: true,
    metafile: true,
    logLevel: 'silent',
    // Lambda hands the role's credentials over in the environment: no other provider is needed.
    alias: { '@aws-sdk/credential-provider-node': join(REPO_ROOT, 'cdk', 'lambda-credentials.ts') },
    plugins: [zodEnglishOnly],
  };
}

export type BundleReport = { name: FunctionName; file: string; bytes: number; metafile: Metafile };

/** Bundles one function into `outDir/{name}/index.mjs` (with its source map). */
export async function bundleFunction(name: FunctionName, outDir: string): Promise<BundleReport> {
  const dir = join(outDir, name);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'index.mjs');
  const result = await build(esbuildOptions(FUNCTIONS[name].entry, file));
  const output = Object.entries(result.metafile?.outputs ?? {}).find(([path]) => path.endsWith('index.mjs'));
  if (!output || !result.metafile) throw new Error(`esbuild wrote no bundle for ${name}`);
  return { name, file, bytes: output[1].bytes, metafile: result.metafile };
}

/** Bundles every function in the route table. */
export async function bundleAll(outDir: string): Promise<BundleReport[]> {
  const names = Object.keys(FUNCTIONS) as FunctionName[];
  return Promise.all(names.map((name) => bundleFunction(name, outDir)));
}
