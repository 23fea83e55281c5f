import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type autocannon from 'autocannon';
import { db, tableName } from '#shared/platform/db/client.ts';
import { keys } from '#shared/platform/db/keys.ts';
import { ROUTES } from '#shared/platform/routes.ts';
import { createGateway, type LambdaHandler } from '../local/gateway.ts';
import { importHandlers } from '../local/runtime.ts';
import { seedReferralCode } from './seed.ts';
import { summarize } from './stats.ts';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.REDIRECT_BENCH_SECONDS ?? 8);
const BROWSER =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';
/** A link-preview crawler: redirected from the cache, and (rightly) not counted, so no write. */
const CRAWLER = 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)';

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

type LoadResult = Awaited<ReturnType<typeof autocannon>>;

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

/**
 * autocannon in a Node process of its own, so the figure measures the server, not the load
 * generator and the server taking turns on one event loop. Its CLI prints the result as JSON.
 */
function load(options: {
  url: string;
  userAgent: string;
  connections: number;
  seconds: number;
  overallRate?: number;
}): Promise<LoadResult> {
  const args = [
    AUTOCANNON,
    '--json',
    '--no-progress',
    '-c',
    String(options.connections),
    '-d',
    String(options.seconds),
    '-H',
    `user-agent=${options.userAgent}`,
    ...(options.overallRate ? ['-R', String(options.overallRate)] : []),
    options.url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.once('error', reject);
    child.once('exit', (status) => {
      if (status === 0) resolve(JSON.parse(out) as LoadResult);
      else reject(new Error(`autocannon exited with ${status}: ${err.trim()}`));
    });
  });
}

/**
 * The redirect handler alone, called in this process with API Gateway's event for `/r/{code}`,
 * as many at once as the HTTP runs have connections: what the handler costs without the local
 * gateway's HTTP parsing and event translation.
 */
async function handlerAlone(handler: LambdaHandler, code: string) {
  const event = (i: number) =>
    ({
      version: '2.0',
      routeKey: 'GET /r/{code}',
      rawPath: `/r/${code}`,
      rawQueryString: '',
      headers: { 'user-agent': CRAWLER },
      pathParameters: { code },
      requestContext: {
        http: { method: 'GET', path: `/r/${code}`, sourceIp: '203.0.113.9', userAgent: CRAWLER },
        requestId: `bench-${i}`,
      },
      isBase64Encoded: false,
    }) as unknown as Parameters<LambdaHandler>[0];
  const context = { getRemainingTimeInMillis: () => 5000 } as Parameters<LambdaHandler>[1];
  const latencies: number[] = [];
  let sent = 0;
  const started = performance.now();
  const until = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const at = performance.now();
        await handler(event(sent++), context);
        latencies.push(performance.now() - at);
      }
    }),
  );
  return {
    reqPerSec: Math.round(latencies.length / ((performance.now() - started) / 1000)),
    ...summarize(latencies),
  };
}

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

/**
 * Issue 7 §3: `/r/{code}` through the local API gateway and the real redirect handler (lookup
 * cache warm), against a raw node:http server answering a constant 302, with the same load
 * generator (autocannon, in a process of its own), connections and duration, one after the
 * other. Then the handler alone, without the gateway's HTTP and event translation.
 */
export async function benchRedirectHttp() {
  process.env.REDIRECT_CACHE_MS ??= '60000';
  const { code } = await seedReferralCode('redirect-bench');
  const handlers = await importHandlers();
  const gateway = createGateway({ routes: ROUTES, handlers, webRoot: '/nonexistent' });
  const raw = createServer((_req, res) => {
    res.writeHead(302, { location: 'https://shop.example.com/?ref=X' });
    res.end();
  });
  const [appUrl, rawUrl] = await Promise.all([listen(gateway), listen(raw)]);
  const headers = { 'user-agent': BROWSER };
  try {
    // Warm: the code's lookup is cached, the connection pool is open.
    await load({ url: `${appUrl}/r/${code}`, userAgent: BROWSER, connections: 4, seconds: 2 });
    const run = (url: string, userAgent: string, overallRate?: number) =>
      load({
        url,
        userAgent,
        connections: CONNECTIONS,
        seconds: SECONDS,
        ...(overallRate ? { overallRate } : {}),
      });
    const rawRun = await run(`${rawUrl}/r/${code}`, CRAWLER);
    // What the gateway and handler add: redirects served from the warm cache, with no click to write.
    const appRun = await run(`${appUrl}/r/${code}`, CRAWLER);
    const halfRate = Math.max(1, Math.floor(appRun.requests.average / 2));
    const halfRun = await run(`${appUrl}/r/${code}`, CRAWLER, halfRate);
    // Counted clicks: each writes its click to the emulator.
    const clickRun = await run(`${appUrl}/r/${code}`, BROWSER);
    const alone = await handlerAlone(handlers.redirect, code);

    // The emulator's own share: one request at a time through the app, and the same lookup
    // straight from the SDK, alternately.
    const appOne: number[] = [];
    const sdkOne: number[] = [];
    for (let i = 0; i < 300; i++) {
      let started = performance.now();
      const response = await fetch(`${appUrl}/r/${code}?n=${i}`, { redirect: 'manual', headers });
      await response.arrayBuffer();
      appOne.push(performance.now() - started);
      started = performance.now();
      await db.send(new GetCommand({ TableName: tableName, Key: keys.referralCode(code) }));
      sdkOne.push(performance.now() - started);
    }
    const app1 = summarize(appOne);
    const sdk1 = summarize(sdkOne);
    const round = (value: number) => Math.round(value * 100) / 100;
    const statusOf = (run: typeof appRun) =>
      Object.fromEntries(Object.entries(run.statusCodeStats).map(([s, v]) => [s, v.count]));
    return {
      name: 'The redirect over HTTP: local gateway + redirect handler against a raw node:http 302',
      target:
        'throughput ≥ 0.5× raw; p99 at half the saturation rate ≤ 5 ms; overhead over a direct SDK read ≤ +3 ms at p50',
      connections: CONNECTIONS,
      seconds: SECONDS,
      raw: {
        reqPerSec: Math.round(rawRun.requests.average),
        p50: rawRun.latency.p50,
        p99: rawRun.latency.p99,
        status: statusOf(rawRun),
      },
      app: {
        reqPerSec: Math.round(appRun.requests.average),
        p50: appRun.latency.p50,
        p99: appRun.latency.p99,
        status: statusOf(appRun),
        errors: appRun.errors,
      },
      countedClicks: {
        reqPerSec: Math.round(clickRun.requests.average),
        p50: clickRun.latency.p50,
        p99: clickRun.latency.p99,
        status: statusOf(clickRun),
        errors: clickRun.errors,
      },
      throughputRatio: round(appRun.requests.average / rawRun.requests.average),
      handlerAlone: { ...alone, ratioToRaw: round(alone.reqPerSec / rawRun.requests.average) },
      halfSaturation: {
        rate: halfRate,
        p50: halfRun.latency.p50,
        p99: halfRun.latency.p99,
        status: statusOf(halfRun),
      },
      oneAtATime: {
        app: app1,
        sdk: sdk1,
        overheadP50: round(app1.p50 - sdk1.p50),
        overheadP99: round(app1.p99 - sdk1.p99),
      },
    };
  } finally {
    await Promise.all([close(gateway), close(raw)]);
  }
}
