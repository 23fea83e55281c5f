import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS, type FunctionName } from '../shared/platform/routes.ts';
import { type BundleReport, bundleAll } from './bundling.ts';

/** Issue 7's budgets for each function's minified bundle, in bytes (1 KB = 1000 bytes). */
const BUDGET = (name: FunctionName) => (name === 'redirect' ? 250_000 : 600_000);

/** The sizes recorded last (cdk/bundle-sizes.json); a bundle may not grow 10 % past its figure. */
const RECORDED = JSON.parse(readFileSync(join(import.meta.dirname, 'bundle-sizes.json'), 'utf8')) as Record<
  string,
  number
>;

/**
 * How many source modules each function evaluates at a cold start (cdk/init-modules.json): at
 * INIT, and for a function of several route modules in the heaviest one its first request loads
 * (functions/http/route-groups.ts). Counted from esbuild's metafile over the chunks a cold start
 * loads. What a cold start costs beyond Node's own
 * start is mostly evaluating modules (bench/import-cost.ts), so this counts the work without
 * timing it. `npm run bundles:record` rewrites both files, for when a change makes a function lighter.
 */
const RECORDED_MODULES = JSON.parse(
  readFileSync(join(import.meta.dirname, 'init-modules.json'), 'utf8'),
) as Record<string, number>;

const outDir = mkdtempSync(join(tmpdir(), 'embassy-bundles-'));
let reports: Map<FunctionName, BundleReport>;

beforeAll(async () => {
  reports = new Map((await bundleAll(outDir)).map((report) => [report.name, report]));
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('function bundles, as deployed', () => {
  for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
    it(`${name} loads at most ${BUDGET(name) / 1000} KB at a cold start`, () => {
      const bytes = reports.get(name)?.bytes ?? Number.POSITIVE_INFINITY;
      expect(bytes, `${name}: ${bytes} bytes against ${BUDGET(name)}`).toBeLessThanOrEqual(BUDGET(name));
    });

    it(`${name} has not grown more than 10 % past its recorded size`, () => {
      const recorded = RECORDED[name];
      expect(recorded, `${name} has no figure in cdk/bundle-sizes.json`).toBeTypeOf('number');
      expect(reports.get(name)?.bytes).toBeLessThanOrEqual(Math.round((recorded ?? 0) * 1.1));
    });

    it(`${name} evaluates at most 3 % more modules at a cold start than recorded`, () => {
      const recorded = RECORDED_MODULES[name];
      expect(recorded, `${name} has no figure in cdk/init-modules.json`).toBeTypeOf('number');
      const report = reports.get(name);
      const modules = report?.initModules ?? Number.POSITIVE_INFINITY;
      expect(modules, `${name} evaluates ${modules} modules at a cold start`).toBeLessThanOrEqual(
        Math.floor((recorded ?? 0) * 1.03),
      );
    });
  }

  it('carry zod in English only (German on use), without fromJSONSchema, no credential provider but the environment, and no mnemonist', () => {
    for (const report of reports.values()) {
      const inputs = Object.keys(report.metafile.inputs);
      expect(inputs.filter((file) => /zod[\\/]v4[\\/]locales[\\/](?!(en|de)\.js)/.test(file))).toEqual([]);
      // German error words (zod's and the catalogue) are loaded by the first German error only.
      const coldInputs = report.initial.flatMap((output) =>
        Object.keys(report.metafile.outputs[output]?.inputs ?? {}),
      );
      expect(
        coldInputs.filter((file) =>
          /zod[\\/]v4[\\/]locales[\\/]de\.js|shared[\\/]i18n[\\/]errors[\\/]de\.ts/.test(file),
        ),
      ).toEqual([]);
      // z.fromJSONSchema, which nothing calls, is a stub (cdk/bundling.ts).
      expect(inputs.filter((file) => /zod[\\/]v4[\\/]classic[\\/]from-json-schema/.test(file))).toEqual([]);
      expect(
        inputs.filter((file) =>
          /credential-provider-(sso|ini|process|web-identity)|nested-clients/.test(file),
        ),
      ).toEqual([]);
      // The DynamoDB client's endpoint cache uses cdk/lru-cache.ts, not mnemonist's.
      expect(inputs.filter((file) => /node_modules[\\/]mnemonist[\\/]/.test(file))).toEqual([]);
    }
  });

  it.each([
    ['programs', '/api/health', {}, 200, { status: 'ok' }],
    // The document is built in a chunk loaded on the first request: the chunk must be there.
    ['docs', '/api/openapi.json', {}, 200, { openapi: '3.1.0' }],
    // The German error words are a chunk of their own, with zod's locales apart (cdk/bundling.ts).
    [
      'programs',
      '/api/nowhere',
      { 'accept-language': 'de-DE' },
      404,
      { error: { code: 'not_found', message: 'Keine Route für GET /api/nowhere' } },
    ],
  ] as const)(
    'the %s bundle answers GET %s in a fresh Node process, with credentials from the environment only',
    (name, path, headers, status, expected) => {
      const event = {
        version: '2.0',
        routeKey: `GET ${path}`,
        rawPath: path,
        rawQueryString: '',
        headers,
        requestContext: {
          http: { method: 'GET', path, sourceIp: '127.0.0.1', userAgent: 'test' },
          requestId: 'bundle-test',
        },
        isBase64Encoded: false,
      };
      const script = `const { handler } = await import(${JSON.stringify(join(outDir, name, 'index.mjs'))});
const result = await handler(${JSON.stringify(event)}, { getRemainingTimeInMillis: () => 5000 });
process.stdout.write(JSON.stringify(result));`;
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        // What Lambda gives a function: the table, the region, and the role's credentials in the environment.
        env: {
          PATH: process.env.PATH ?? '',
          HOME: mkdtempSync(join(tmpdir(), 'no-aws-config-')),
          TABLE_NAME: process.env.TABLE_NAME ?? '',
          DYNAMODB_ENDPOINT: process.env.DYNAMODB_ENDPOINT ?? '',
          AWS_REGION: 'local',
          AWS_ACCESS_KEY_ID: 'bundletest',
          AWS_SECRET_ACCESS_KEY: 'bundletest',
          AWS_SESSION_TOKEN: 'bundletest',
          COGNITO_ISSUER: process.env.COGNITO_ISSUER ?? '',
          COGNITO_CLIENT_ID: process.env.COGNITO_CLIENT_ID ?? '',
          LOG_LEVEL: 'error',
        },
      });
      const result = JSON.parse(child.stdout || '{}') as { statusCode: number; body: string };
      expect(result.statusCode, `${result.body}\n${child.stderr}`).toBe(status);
      expect(JSON.parse(result.body)).toMatchObject(expected);
    },
  );
});
