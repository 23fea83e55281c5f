import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleAll } from '../cdk/bundling.ts';
import { routePattern } from '../functions/http/route-pattern.ts';
import { REFERRAL_CODE_PATTERN } from '../shared/ambassadors/referral-code.ts';
import { type FunctionName, ROUTES } from '../shared/platform/routes.ts';
import { importCost } from './import-cost.ts';
import { BENCH_NODES, officialNode } from './node-runtimes.ts';
import { summarize } from './stats.ts';

const RUNS = Number(process.env.COLD_START_RUNS ?? 20);

const http = (method: string, path: string) => ({
  version: '2.0',
  routeKey: `${method} ${path}`,
  rawPath: path,
  rawQueryString: '',
  headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36' },
  requestContext: {
    http: { method, path, sourceIp: '203.0.113.7', userAgent: 'Mozilla/5.0 Chrome/140.0' },
    requestId: 'cold-start',
  },
  isBase64Encoded: false,
});

/** The event each function handles once per fresh process, and what it exercises. */
export const EVENTS: Record<FunctionName, { event: unknown; what: string }> = {
  programs: { event: http('GET', '/api/health'), what: 'GET /api/health (reads the table)' },
  challenges: {
    event: http('GET', '/api/programs/p1/challenges'),
    what: 'GET challenges without a token (401)',
  },
  referrals: { event: http('GET', '/api/programs/p1/links'), what: 'GET links without a token (401)' },
  rewards: { event: http('GET', '/api/programs/p1/rewards'), what: 'GET rewards without a token (401)' },
  content: { event: http('GET', '/api/programs/p1/content'), what: 'GET content without a token (401)' },
  privacy: { event: http('GET', '/api/me/export'), what: 'GET /api/me/export without a token (401)' },
  analytics: {
    event: http('GET', '/api/programs/p1/analytics/journey'),
    what: 'GET journey without a token (401)',
  },
  docs: { event: http('GET', '/api/nothing-here'), what: 'an unknown API path (404)' },
  // A code of the right shape, so the table is read (a malformed one is refused without a read).
  redirect: {
    event: { ...http('GET', '/r/NOSUCH-2345'), pathParameters: { code: 'NOSUCH-2345' } },
    what: 'GET /r/{unknown code} (reads the table)',
  },
  rollups: { event: { Records: [] }, what: 'an empty stream batch' },
  activity: { event: { Records: [] }, what: 'an empty stream batch' },
  notifier: { event: { Records: [] }, what: 'an empty stream batch' },
  webhooks: { event: http('GET', '/api/programs/p1/webhooks'), what: 'GET webhooks without a token (401)' },
  webhookSender: {
    event: { time: new Date().toISOString() },
    what: 'a sweep of due webhook deliveries (none)',
  },
  shopifyCodes: {
    event: http('GET', '/api/programs/p1/integrations/shopify/codes'),
    what: 'GET Shopify codes without a token (401)',
  },
  accounts: { event: http('GET', '/api/me/profile'), what: 'GET profile without a token (401)' },
  shopifySync: { event: { time: new Date().toISOString() }, what: 'a sweep of due Shopify codes (none)' },
  media: { event: { Records: [] }, what: 'an empty S3 event (loads sharp)' },
  identityEvents: {
    event: {
      version: '1',
      triggerSource: 'PostConfirmation_ConfirmSignUp',
      region: 'local',
      userPoolId: 'local_pool',
      userName: 'bench',
      callerContext: { awsSdkVersion: '3', clientId: 'bench' },
      request: { userAttributes: { sub: 'bench' } },
      response: {},
    },
    what: 'a confirmed sign-up (nothing to record)',
  },
  scheduler: { event: { time: new Date().toISOString() }, what: 'a scheduled run over an empty table' },
};

/**
 * An HTTP event must be a row of its own function (shared/platform/routes.ts), or the bench
 * would time a 404 from an app that built nothing for it (the challenges event once did); the
 * redirect's code must have a code's shape, or it is refused without the read (as it once was).
 */
function assertOwnRoutes(): void {
  for (const [name, { event }] of Object.entries(EVENTS)) {
    const { rawPath, requestContext } = event as {
      rawPath?: string;
      requestContext?: { http?: { method: string } };
    };
    if (rawPath === undefined || rawPath.startsWith('/api/nothing')) continue;
    const method = requestContext?.http?.method;
    const own = ROUTES.some(
      (route) => route.function === name && route.method === method && routePattern(route.path).test(rawPath),
    );
    if (!own)
      throw new Error(`The cold-start event for ${name}, ${method} ${rawPath}, is not one of its routes`);
  }
  const code = (EVENTS.redirect.event as { pathParameters?: { code?: string } }).pathParameters?.code ?? '';
  if (!REFERRAL_CODE_PATTERN.test(code))
    throw new Error(`The redirect's cold-start code ${code} is refused unread`);
}

/**
 * Wall time of a fresh Node process (`node`, with `flags`) that imports a handler and handles one
 * event, in ms.
 */
export function coldRun(
  node: string,
  file: string,
  event: unknown,
  flags: string[] = [],
  env: Record<string, string> = {},
): number {
  const script = `const { handler } = await import(${JSON.stringify(file)});
await handler(${JSON.stringify(event)}, { getRemainingTimeInMillis: () => 5000, callbackWaitsForEmptyEventLoop: false });`;
  const started = process.hrtime.bigint();
  const child = spawnSync(node, [...flags, '--input-type=module', '-e', script], {
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) throw new Error(`${file} failed: ${child.stderr}`);
  return ms;
}

/**
 * Issue 7 §1 and issue 19 §1: each function bundle as deployed, imported by a fresh Node process
 * that handles one representative event, against a bare hello-world handler, on each of Lambda's
 * Node versions (official builds, bench/node-runtimes.ts); every run interleaves all functions
 * and versions, and Node 22 once more with a compile cache, so the machine's noise falls on all
 * alike. Ratios of p50 and p90 to the hello-world of the same variant. Then one profiled run per function (Node 22) says where its
 * time goes, by module (bench/import-cost.ts).
 */
export async function benchColdStart() {
  assertOwnRoutes();
  const dir = mkdtempSync(join(tmpdir(), 'embassy-cold-'));
  try {
    const reports = await bundleAll(join(dir, 'bundles'));
    const hello = join(dir, 'hello.mjs');
    writeFileSync(hello, 'export const handler = async () => ({ statusCode: 200, body: "hello" });\n');
    const fetched = BENCH_NODES.map((version) => ({ version, node: officialNode(version) }));
    const runtimes: Array<{ version: string; node: string; env?: Record<string, string> }> = fetched.flatMap(
      ({ version, node }) => (node ? [{ version: `v${version}`, node }] : []),
    );
    if (runtimes.length === 0)
      runtimes.push({ version: `${process.version} (this machine's)`, node: process.execPath });
    const profiled = runtimes[0] as { version: string; node: string };
    // What shipping V8's code cache in the bundle would give (not deployed: see BENCHMARKS.md).
    // Node writes the cache on a first run and reads it on every later one.
    if (fetched[0]?.node) {
      const env = { NODE_COMPILE_CACHE: join(dir, 'compile-cache') };
      coldRun(profiled.node, hello, {}, [], env);
      for (const report of reports) coldRun(profiled.node, report.file, EVENTS[report.name].event, [], env);
      runtimes.push({ version: `${profiled.version} with a compile cache`, node: profiled.node, env });
    }
    const key = (version: string, name: string) => `${version} ${name}`;
    const samples = new Map<string, number[]>();
    const add = (k: string, ms: number) => samples.set(k, [...(samples.get(k) ?? []), ms]);
    for (let run = 0; run < RUNS; run++)
      for (const { version, node, env } of runtimes) {
        add(key(version, 'hello'), coldRun(node, hello, {}, [], env));
        for (const report of reports)
          add(key(version, report.name), coldRun(node, report.file, EVENTS[report.name].event, [], env));
      }
    const importCosts = new Map(
      reports.map((report) => {
        const profileDir = join(dir, 'profiles', report.name);
        coldRun(profiled.node, report.file, EVENTS[report.name].event, [
          '--cpu-prof',
          `--cpu-prof-dir=${profileDir}`,
          '--cpu-prof-interval=200',
        ]);
        return [report.name, importCost(profileDir)];
      }),
    );
    const round = (value: number) => Math.round(value * 100) / 100;
    return {
      name: 'Cold start: a fresh Node process imports the bundle and handles one event, against hello-world',
      target: 'every function ≤ 1.3× hello-world at p50 (the redirect ≤ 1.15×) and ≤ 1.5× at p90',
      runs: RUNS,
      missing: fetched.filter(({ node }) => !node).map(({ version }) => version),
      runtimes: runtimes.map(({ version }) => {
        const base = summarize(samples.get(key(version, 'hello')) ?? []);
        return {
          version,
          hello: base,
          results: reports.map((report) => {
            const s = summarize(samples.get(key(version, report.name)) ?? []);
            const limit = report.name === 'redirect' ? 1.15 : 1.3;
            return {
              function: report.name,
              event: EVENTS[report.name].what,
              kb: Math.round(report.bytes / 100) / 10,
              p50: s.p50,
              p90: s.p90,
              ratioP50: round(s.p50 / base.p50),
              ratioP90: round(s.p90 / base.p90),
              target: limit,
              meets: s.p50 / base.p50 <= limit && s.p90 / base.p90 <= 1.5,
            };
          }),
        };
      }),
      profiledOn: profiled.version,
      importCosts: reports.map((report) => ({ function: report.name, ...importCosts.get(report.name) })),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
