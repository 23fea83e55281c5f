import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';
import { FUNCTIONS, type FunctionDefinition, type FunctionName } from '../shared/platform/routes.ts';

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
 * resolve zod's locale index to English alone. (An error answered in German loads zod's German
 * on use, in a chunk of its own: shared/i18n/errors/error-words.ts.)
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

/**
 * The error answers' German (shared/i18n/errors/error-words.ts) is imported on use, with zod's
 * German and English locales. Those import zod's util module, which every cold start loads
 * too: shared, it would be split into a chunk of its own, and the glue between the chunks costs
 * the cold start kilobytes. Give the lazy chunk its own copies of the locales and what they import.
 */
const zodLocalesApart: Plugin = {
  name: 'zod-locales-apart',
  setup(bundle) {
    const zodDir = resolve(REPO_ROOT, 'node_modules', 'zod', 'v4');
    bundle.onResolve({ filter: /^zod\/v4\/locales\/(de|en)\.js$/ }, (args) =>
      /[\\/]shared[\\/]i18n[\\/]errors[\\/]error-words\.ts$/.test(args.importer)
        ? { path: join(zodDir, args.path.slice('zod/v4/'.length)), namespace: 'zod-locales-apart' }
        : undefined,
    );
    bundle.onResolve({ filter: /^\./, namespace: 'zod-locales-apart' }, (args) => ({
      path: resolve(dirname(args.importer), args.path),
      namespace: 'zod-locales-apart',
    }));
    bundle.onLoad({ filter: /.*/, namespace: 'zod-locales-apart' }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * The same namespace keeps `z.fromJSONSchema` (JSON Schema to zod, about 12 KB minified), which
 * nothing in Embassy calls: the schemas are written in zod and only ever turned into JSON Schema.
 * Resolve it to a stub that says so, should anything ever call it.
 */
const zodWithoutFromJsonSchema: Plugin = {
  name: 'zod-without-from-json-schema',
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\/from-json-schema\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]classic[\\/]/.test(args.importer)
        ? { path: 'zod-from-json-schema', namespace: 'zod-without-from-json-schema' }
        : undefined,
    );
    bundle.onLoad({ filter: /.*/, namespace: 'zod-without-from-json-schema' }, () => ({
      contents:
        "export function fromJSONSchema() { throw new Error('z.fromJSONSchema is not bundled (cdk/bundling.ts)'); }",
      resolveDir: REPO_ROOT,
    }));
  },
};

/**
 * The esbuild options for one entry, as deployed: `index.mjs` and, for what is imported only
 * on use (`await import()`), chunks beside it that a cold start does not load.
 */
export function esbuildOptions(entry: string, outdir: string): BuildOptions {
  return {
    entryPoints: [resolve(REPO_ROOT, entry)],
    outdir,
    entryNames: 'index',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    splitting: true,
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
    alias: {
      '@aws-sdk/credential-provider-node': join(REPO_ROOT, 'cdk', 'lambda-credentials.ts'),
      // The DynamoDB client's endpoint cache: a Map does it in a few hundred bytes (cdk/lru-cache.ts).
      'mnemonist/lru-cache': join(REPO_ROOT, 'cdk', 'lru-cache.ts'),
    },
    plugins: [zodEnglishOnly, zodWithoutFromJsonSchema, zodLocalesApart],
  };
}

export type BundleReport = {
  name: FunctionName;
  file: string;
  /**
   * What a cold start loads: the entry and the chunks it imports statically, and for a function
   * of several route modules the heaviest module with its chunks (its first request loads one).
   */
  bytes: number;
  /** What INIT alone loads: the entry and the chunks it imports statically. */
  initBytes: number;
  /** Chunks loaded only on use (dynamic imports). */
  lazyBytes: number;
  /** The outputs a cold start loads (as for `bytes`), as the metafile names them. */
  initial: string[];
  /** How many source modules those outputs hold: what a cold start evaluates. */
  initModules: number;
  metafile: Metafile;
};

/** Bundles one function into `outDir/{name}/index.mjs` (with source maps and lazy chunks). */
export async function bundleFunction(name: FunctionName, outDir: string): Promise<BundleReport> {
  const dir = join(outDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const definition: FunctionDefinition = FUNCTIONS[name];
  const external = [...(definition.externalPackages ?? [])];
  const result = await build({ ...esbuildOptions(definition.entry, dir), external });
  shipPackages(external, join(dir, 'node_modules'));
  const outputs = result.metafile?.outputs ?? {};
  const entry = Object.keys(outputs).find((path) => /(^|[\\/])index\.mjs$/.test(path));
  if (!entry || !result.metafile) throw new Error(`esbuild wrote no bundle for ${name}`);
  // Follow static imports from the entry: that is the code a cold start parses at INIT.
  const closure = (start: string, into: Set<string>) => {
    const visit = (path: string) => {
      if (into.has(path) || !outputs[path]) return;
      into.add(path);
      for (const imported of outputs[path].imports)
        if (imported.kind === 'import-statement') visit(imported.path);
    };
    visit(start);
    return into;
  };
  const sizeOf = (paths: Set<string>) =>
    [...paths]
      .filter((path) => path.endsWith('.mjs'))
      .reduce((sum, path) => sum + (outputs[path]?.bytes ?? 0), 0);
  const atInit = closure(entry, new Set());
  // A function of several route modules (functions/http/route-groups.ts) loads one on its first
  // request: its cold start is INIT and the heaviest of them.
  const initial = Object.keys(outputs)
    .filter((path) => outputs[path]?.entryPoint?.endsWith('.routes.ts'))
    .map((path) => closure(path, new Set(atInit)))
    .reduce((heaviest, loaded) => (sizeOf(loaded) > sizeOf(heaviest) ? loaded : heaviest), atInit);
  const bytes = sizeOf(initial);
  const lazyBytes = Object.keys(outputs)
    .filter((path) => path.endsWith('.mjs') && !initial.has(path))
    .reduce((sum, path) => sum + (outputs[path]?.bytes ?? 0), 0);
  return {
    name,
    file: join(dir, 'index.mjs'),
    bytes,
    initBytes: sizeOf(atInit),
    lazyBytes,
    initial: [...initial],
    initModules: new Set([...initial].flatMap((path) => Object.keys(outputs[path]?.inputs ?? {}))).size,
    metafile: result.metafile,
  };
}

/** Where an installed package is, from the repository's node_modules or one nested in `from`. */
function packageDir(name: string, from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === REPO_ROOT || dirname(dir) === dir) break;
  }
  throw new Error(`${name} is not installed (run npm ci)`);
}

/**
 * Copies packages esbuild left external, with their dependencies (not their optional ones: a
 * function lists the platform build it needs, such as `@img/sharp-wasm32`), into the bundle's
 * `node_modules`, where Node resolves them from `index.mjs` as it would from the repository.
 * A package's own nested `node_modules` goes with it.
 */
function shipPackages(names: readonly string[], into: string): void {
  const shipped = new Set<string>();
  const ship = (name: string, from: string) => {
    const source = packageDir(name, from);
    if (shipped.has(source)) return;
    shipped.add(source);
    // A hoisted package goes to the top of the bundle's node_modules; a nested one travels inside
    // the package it is nested in, which was shipped before it was resolved from there.
    if (source === join(REPO_ROOT, 'node_modules', name))
      cpSync(source, join(into, name), { recursive: true, dereference: true });
    const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) ship(dependency, source);
  };
  for (const name of names) ship(name, REPO_ROOT);
}

/** Bundles every function in the route table. */
export async function bundleAll(outDir: string): Promise<BundleReport[]> {
  const names = Object.keys(FUNCTIONS) as FunctionName[];
  return Promise.all(names.map((name) => bundleFunction(name, outDir)));
}
