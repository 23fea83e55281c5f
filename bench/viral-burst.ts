import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import autocannon from 'autocannon';
import { db, tableName } from '#shared/platform/db/client.ts';
import { keys } from '#shared/platform/db/keys.ts';
import { env } from '#shared/platform/env.ts';
import { ROUTES } from '#shared/platform/routes.ts';
import { createGateway } from '../local/gateway.ts';
import { importHandlers, streamConsumers } from '../local/runtime.ts';
import { startStreamPoller } from '../local/stream-poller.ts';
import { seedReferralCode } from './seed.ts';
import { countWritesPerKey } from './write-counter.ts';

const TARGET_RATE = Number(process.env.BURST_RATE ?? 5000);
const SECONDS = Number(process.env.BURST_SECONDS ?? 10);
const CONNECTIONS = 100;
const WRITE_LIMIT_PER_ITEM = 800;
const BROWSER =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';

/** Item keys without their ids, so the busiest items read as what they are. */
const label = (id: string) => id.replace(/[0-9A-HJKMNP-TV-Z]{26}/g, '{id}').replace(/[0-9a-f-]{36}/g, '{id}');

async function storedClicks(code: string): Promise<{ clicks: number; visits: number }> {
  const visitKeys = new Set<string>();
  let clicks = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: 'entity = :click AND code = :code',
        ExpressionAttributeValues: { ':click': 'click', ':code': code },
        ProjectionExpression: 'visitKey',
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) {
      clicks++;
      visitKeys.add(String(item.visitKey));
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return { clicks, visits: visitKeys.size };
}

async function countedClicks(programId: string): Promise<number> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.rollup(programId, 'ALL', 'TOTAL'),
      ConsistentRead: true,
    }),
  );
  return Number(Item?.clicks ?? 0);
}

/**
 * Issue 7 §4: a viral post. Clicks at one code, each from another visitor, as fast as asked
 * (or as this machine can), through the local gateway and the real redirect handler, with the
 * real stream aggregators counting them from DynamoDB Local's stream. Then: every response a
 * 302, the counted clicks equal a recount of the stored ones, and the writes each item took
 * in its busiest second.
 */
export async function benchViralBurst() {
  const { code, programId } = await seedReferralCode('viral-burst');
  const handlers = await importHandlers();
  const gateway: Server = createGateway({ routes: ROUTES, handlers, webRoot: '/nonexistent' });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
  const poller = await startStreamPoller({
    endpoint: env.DYNAMODB_ENDPOINT ?? '',
    tableName,
    consumers: streamConsumers(handlers),
    intervalMs: 100,
  });
  const writes = countWritesPerKey(db);
  let visitor = 0;
  const nextIp = () => {
    visitor++;
    return `10.${(visitor >> 16) & 255}.${(visitor >> 8) & 255}.${visitor & 255}`;
  };
  try {
    const clicksAt = (rate: number | undefined, duration: number) =>
      autocannon({
        url: `${url}/r/${code}`,
        connections: CONNECTIONS,
        duration,
        timeout: 30,
        ...(rate ? { overallRate: rate } : {}),
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => ({
              ...request,
              headers: { ...request.headers, 'user-agent': BROWSER, 'x-forwarded-for': nextIp() },
            }),
          },
        ],
      });
    // What this machine can take, flat out, for 3 s: the burst asks for that if it is less than
    // the target, so the figure is a rate the machine sustains, not a queue that grows.
    const probe = await clicksAt(undefined, 3);
    const canTake = Math.floor(probe.requests.average);
    const rate = Math.min(TARGET_RATE, canTake);
    await poller.drain();
    writes.start();
    const run = await clicksAt(rate, SECONDS);
    const burstEnded = Date.now();
    // Drain: the aggregators have caught up when the counted clicks stop moving.
    let counted = -1;
    for (let still = 0; still < 3 && Date.now() - burstEnded < 180_000; ) {
      await poller.drain();
      await new Promise((resolve) => setTimeout(resolve, 500));
      const now = await countedClicks(programId);
      still = now === counted ? still + 1 : 0;
      counted = now;
    }
    const drainSeconds = Math.round((Date.now() - burstEnded) / 100) / 10;
    writes.stop();
    const stored = await storedClicks(code);
    const status = Object.fromEntries(Object.entries(run.statusCodeStats).map(([s, v]) => [s, v.count]));
    const responses = Object.values(status).reduce((a, b) => a + b, 0);
    const perKey = writes.report(label);
    return {
      name: 'A viral burst: clicks at one code, each from another visitor, counted from the stream',
      target: `${TARGET_RATE} clicks/s for ${SECONDS} s (or the most this machine can generate); every response a 302; counts exact after the aggregator drains; no item over ${WRITE_LIMIT_PER_ITEM} writes/s`,
      asked: { rate: TARGET_RATE, seconds: SECONDS, connections: CONNECTIONS },
      machineCanTake: canTake,
      ran: rate,
      achievedRate: Math.round(run.requests.average),
      requests: run.requests.total,
      responses,
      status,
      errors: run.errors,
      timeouts: run.timeouts,
      latency: { p50: run.latency.p50, p99: run.latency.p99 },
      all302: responses === run.requests.total && status['302'] === responses && run.errors === 0,
      storedClicks: stored.clicks,
      distinctVisits: stored.visits,
      countedClicks: counted,
      countsExact: counted === stored.visits,
      drainSeconds,
      parked: Object.fromEntries(poller.parked),
      writesPerItem: perKey,
      underWriteLimit: perKey.maxPerSecond <= WRITE_LIMIT_PER_ITEM,
    };
  } finally {
    writes.stop();
    await poller.stop();
    await new Promise<void>((resolve) => {
      gateway.close(() => resolve());
      gateway.closeAllConnections();
    });
  }
}
