import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureWebBuilt } from '../local/build-web.ts';
import { startDynamoLocal } from '../local/dynamo-local.ts';
import { ensureTable, localDynamo } from '../local/provision.ts';
import { freePort } from '../local/wait-for.ts';
import { dashboardWeight } from '../local/web-weight.ts';

/**
 * `npm run bench`: starts DynamoDB Local (in memory), runs the benchmarks one after another,
 * prints a table and writes bench/results.json. Not part of `npm test`.
 */
const dynamo = await startDynamoLocal({ port: await freePort() });
const tableName = `bench-${Date.now()}`;
Object.assign(process.env, {
  TABLE_NAME: tableName,
  DYNAMODB_ENDPOINT: dynamo.endpoint,
  AWS_REGION: 'local',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  COGNITO_ISSUER: 'http://127.0.0.1:1/local',
  COGNITO_CLIENT_ID: 'bench',
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
  // One DynamoDB Local holds every bench's data by the fan-out (a quarter of a million items);
  // the ladder's 2 s an attempt is for AWS, and one slow answer here failed a whole run.
  DYNAMODB_TIMEOUT_MS: '10000',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});
try {
  await ensureTable(localDynamo(dynamo.endpoint), tableName);
  const only = new Set(process.argv.slice(2));
  // The scaling bench last: its seed (a quarter of a million items in the one DynamoDB Local)
  // slowed every bench after it, and the fan-out's reads then failed a whole run.
  const benches: Array<[string, () => Promise<{ name: string; target: string }>, (r: never) => void]> = [
    ['cold-start', async () => (await import('./cold-start.ts')).benchColdStart(), printColdStart],
    ['redirect-http', async () => (await import('./redirect-http.ts')).benchRedirectHttp(), printRedirect],
    ['viral-burst', async () => (await import('./viral-burst.ts')).benchViralBurst(), printBurst],
    ['fan-out', async () => (await import('./fan-out.ts')).benchFanOut(), printFanOut],
    [
      'analytics-history',
      async () => (await import('./analytics-history.ts')).benchAnalyticsHistory(),
      printAnalytics,
    ],
    ['dashboard', benchDashboard, printDashboard],
    ['cost', async () => (await import('./cost.ts')).benchCost(), printCost],
    ['scaling', async () => (await import('./scaling.ts')).benchScaling(), printScaling],
    [
      'cold-start-against',
      async () => (await import('./cold-start-against.ts')).benchColdStartAgainst(),
      printAgainst,
    ],
  ];
  // Run only when named: it needs a commit to measure against (COLD_START_AGAINST).
  const onRequest = new Set(['cold-start-against']);
  const results: unknown[] = [];
  for (const [name, bench, print] of benches) {
    if (only.size > 0 ? !only.has(name) : onRequest.has(name)) continue;
    const started = Date.now();
    const result = await bench();
    results.push({ bench: name, ...result, benchSeconds: Math.round((Date.now() - started) / 1000) });
    console.log(`\n${result.name}\n  target: ${result.target}`);
    print(result as never);
  }
  mkdirSync('bench', { recursive: true });
  writeFileSync(
    only.size > 0 ? 'bench/results.partial.json' : 'bench/results.json',
    `${JSON.stringify({ at: new Date().toISOString(), machine: machine(), results }, null, 2)}\n`,
  );
} finally {
  await dynamo.stop();
}

/** Issue 19 §6: the dashboard's first load and each chunk loaded on use, gzipped, as built. */
async function benchDashboard() {
  const root = join(import.meta.dirname, '..');
  await ensureWebBuilt(root);
  const weight = dashboardWeight(join(root, 'web', 'dist'));
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  return {
    name: "The dashboard's weight: gzipped JavaScript of the first load, and what each chunk loaded on use adds",
    target: 'first load ≤ 150 KB gzipped (KB = 1024 bytes, as the budget test counts)',
    firstLoadKb: kb(weight.firstLoadBytes),
    meets: weight.firstLoadBytes < 150 * 1024,
    chunks: weight.chunks.map((c) => ({ chunk: c.chunk, ownKb: kb(c.ownBytes), loadKb: kb(c.loadBytes) })),
  };
}

function printDashboard(r: Awaited<ReturnType<typeof benchDashboard>>) {
  console.log(`  first load ${r.firstLoadKb} KB gzipped (meets: ${r.meets})`);
  console.table(r.chunks.map((c) => ({ chunk: c.chunk, 'own KB': c.ownKb, 'opening it adds KB': c.loadKb })));
}

function printAgainst(
  r: Awaited<ReturnType<typeof import('./cold-start-against.ts').benchColdStartAgainst>>,
) {
  console.table(
    r.functions.map((f) => ({
      function: f.function,
      'then p50 ms': f.thenMs,
      'now p50 ms': f.nowMs,
      'now ÷ then': f.ratio,
    })),
  );
}

function machine() {
  return { node: process.version, platform: `${process.platform}-${process.arch}` };
}

function printColdStart(r: Awaited<ReturnType<typeof import('./cold-start.ts').benchColdStart>>) {
  if (r.missing.length > 0)
    console.log(`  not measured (no official build fetched): Node ${r.missing.join(', ')}`);
  for (const runtime of r.runtimes) {
    console.log(
      `  Node ${runtime.version}: hello-world p50 ${runtime.hello.p50} ms, p90 ${runtime.hello.p90} ms over ${r.runs} runs`,
    );
    console.table(
      runtime.results.map((f) => ({
        function: f.function,
        'cold-start KB': f.kb,
        'p50 ms': f.p50,
        'p90 ms': f.p90,
        'ratio p50': f.ratioP50,
        'ratio p90': f.ratioP90,
        'target p50': f.target,
        meets: f.meets,
        event: f.event,
      })),
    );
  }
  console.log(`  where the time goes (one profiled cold start each, Node ${r.profiledOn}, CPU ms):`);
  for (const cost of r.importCosts)
    console.log(
      `  ${cost.function} (${cost.totalMs} ms): ${cost.modules?.map((m) => `${m.module} ${m.ms}`).join(' · ')}`,
    );
}

function printRedirect(r: Awaited<ReturnType<typeof import('./redirect-http.ts').benchRedirectHttp>>) {
  console.log(`  ${r.connections} connections, ${r.seconds} s each`);
  console.table({
    'raw node:http 302': r.raw,
    'app, redirect from cache': r.app,
    [`app at half saturation (${r.halfSaturation.rate}/s)`]: r.halfSaturation,
    'app, counted clicks (a write each)': r.countedClicks,
    'the handler alone, in process (no HTTP, no event translation)': {
      reqPerSec: r.handlerAlone.reqPerSec,
      p50: r.handlerAlone.p50,
      p99: r.handlerAlone.p99,
    },
  });
  console.log(
    `  throughput ratio ${r.throughputRatio}; one at a time, app − direct SDK read: p50 +${r.oneAtATime.overheadP50} ms, p99 +${r.oneAtATime.overheadP99} ms`,
  );
}

function printBurst(r: Awaited<ReturnType<typeof import('./viral-burst.ts').benchViralBurst>>) {
  console.log(
    `  asked ${r.asked.rate}/s for ${r.asked.seconds} s; this machine takes ${r.machineCanTake}/s flat out, so ran at ${r.ran}/s: achieved ${r.achievedRate}/s (${r.requests} requests, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms)`,
  );
  console.log(
    `  responses ${JSON.stringify(r.status)}, errors ${r.errors}, timeouts ${r.timeouts}: every one a 302: ${r.all302}`,
  );
  console.log(
    `  stored clicks ${r.storedClicks}, distinct visits ${r.distinctVisits}, counted ${r.countedClicks} after ${r.drainSeconds} s: exact: ${r.countsExact}; parked ${JSON.stringify(r.parked)}`,
  );
  console.log(
    `  writes per item: ${r.writesPerItem.items} items, busiest second ${r.writesPerItem.maxPerSecond} writes (limit 800: ${r.underWriteLimit})`,
  );
  console.table(r.writesPerItem.distribution);
  console.table(r.writesPerItem.busiest);
}

function printAnalytics(
  r: Awaited<ReturnType<typeof import('./analytics-history.ts').benchAnalyticsHistory>>,
) {
  console.table(
    r.results.map((p) => ({
      path: p.path,
      '1 month p50 ms': p.oneMonth.p50,
      '12 months p50 ms': p.twelveMonths.p50,
      '1 month p90 ms': p.oneMonth.p90,
      '12 months p90 ms': p.twelveMonths.p90,
      'ratio p50': p.ratioP50,
    })),
  );
}

function printScaling(r: Awaited<ReturnType<typeof import('./scaling.ts').benchScaling>>) {
  console.log(`  ${r.runs} runs per path and size, alternating; seeded ${JSON.stringify(r.seeded)}`);
  console.table(
    r.results.map((p) => ({
      path: p.path,
      ...Object.fromEntries(Object.entries(p.p50).map(([size, ms]) => [`p50 ms @${size}`, ms])),
      'ratio p50': p.ratioP50,
      meets: p.meets,
    })),
  );
}

function printFanOut(r: Awaited<ReturnType<typeof import('./fan-out.ts').benchFanOut>>) {
  console.table({ 'challenge announced': r.announcement, 'monthly reports': r.reports });
}

function printCost(r: Awaited<ReturnType<typeof import('./cost.ts').benchCost>>) {
  console.log('  measured per event (DynamoDB capacity units as DynamoDB Local reports them):');
  console.table(
    Object.fromEntries(
      Object.entries(r.perEvent).map(([kind, e]) => [
        kind,
        {
          'write units': e.writeUnits,
          'read units': e.readUnits,
          'API calls': e.apiCalls,
          'stream records': JSON.stringify(e.streamRecords),
        },
      ]),
    ),
  );
  console.log('  write units per event, by kind of item written:');
  for (const [kind, e] of Object.entries(r.perEvent))
    console.log(
      `    ${kind}: ${Object.entries(e.writesByKind)
        .map(([item, units]) => `${item} ${units}`)
        .join(' · ')}`,
    );
  console.log(`  the issue's month: ${JSON.stringify(r.issueMonth.units)}`);
  console.table(
    Object.fromEntries(
      Object.keys(r.issueMonth.lines).map((line) => [
        line,
        {
          "the issue's month $": r.issueMonth.lines[line],
          '+ dashboard and announcements $': r.withDashboardAndAnnouncements.lines[line],
        },
      ]),
    ),
  );
  console.log(
    `  with 30 dashboard views per ambassador and 4 announced challenges: $${r.withDashboardAndAnnouncements.total} (${JSON.stringify(r.withDashboardAndAnnouncements.units)})`,
  );
  console.log("  what each kind of event adds to the issue's month, alone ($):");
  console.table(r.byComponent);
  const inApp = r.approvalsAndCommissionsInApp;
  console.log(
    `  if approvals and commissions were in the app only by default: $${inApp.total} (${inApp.units.emails} emails)`,
  );
  console.log(`  total $${r.total} a month (target ${r.target}: ${r.meets})`);
}
