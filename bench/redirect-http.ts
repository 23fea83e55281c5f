import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import autocannon from 'autocannon';
import { db, tableName } from '#shared/platform/db/client.ts';
import { keys } from '#shared/platform/db/keys.ts';
import { ROUTES } from '#shared/platform/routes.ts';
import { createGateway } from '../local/gateway.ts';
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

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

/**
 * Issue 7 §3: `/r/{code}` through the local API gateway and the real redirect handler (lookup
 * cache warm), against a raw node:http server answering a constant 302, with the same load
 * generator (autocannon), connections and duration, one after the other.
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
    await autocannon({ url: `${appUrl}/r/${code}`, connections: 4, duration: 2, headers });
    const run = (url: string, userAgent: string, overallRate?: number) =>
      autocannon({
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: { 'user-agent': userAgent },
        ...(overallRate ? { overallRate } : {}),
      });
    const rawRun = await run(`${rawUrl}/r/${code}`, CRAWLER);
    // What the gateway and handler add: redirects served from the warm cache, with no click to write.
    const appRun = await run(`${appUrl}/r/${code}`, CRAWLER);
    const halfRate = Math.max(1, Math.floor(appRun.requests.average / 2));
    const halfRun = await run(`${appUrl}/r/${code}`, CRAWLER, halfRate);
    // Counted clicks: each writes its click to the emulator.
    const clickRun = await run(`${appUrl}/r/${code}`, BROWSER);

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
