import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { CreateChallengeSchema } from '#shared/challenges/challenge.schema.ts';
import { createChallenge } from '#shared/challenges/create-challenge.service.ts';
import { listChallenges } from '#shared/challenges/list-challenges.service.ts';
import { publishChallenge } from '#shared/challenges/publish-challenge.service.ts';
import { ReportMetricsSchema } from '#shared/content/metrics.schema.ts';
import { reportMetrics } from '#shared/content/report-metrics.service.ts';
import { recordConversion } from '#shared/conversions/record-conversion.service.ts';
import { getMe } from '#shared/identity/get-me.service.ts';
import { db, tableName } from '#shared/platform/db/client.ts';
import { observeItemCalls } from '#shared/platform/db/item-calls.ts';
import { keys } from '#shared/platform/db/keys.ts';
import { env } from '#shared/platform/env.ts';
import { FUNCTIONS, type FunctionDefinition } from '#shared/platform/routes.ts';
import { getLeaderboard } from '#shared/points/get-leaderboard.service.ts';
import { listSubmissions } from '#shared/submissions/list-submissions.service.ts';
import { reviewSubmission } from '#shared/submissions/review-submission.service.ts';
import { submitPost } from '#shared/submissions/submit-post.service.ts';
import { importHandlers, streamConsumers } from '../local/runtime.ts';
import { type StreamConsumer, startStreamPoller } from '../local/stream-poller.ts';
import { seedReferralCode, user } from './seed.ts';

/** AWS list prices, us-east-1, November 2026 (on-demand; arm64 Lambda). */
export const PRICES = {
  apiGatewayHttpPerMillion: 1.0,
  lambdaRequestsPerMillion: 0.2,
  lambdaArmGbSecond: 0.0000133334,
  dynamoWriteUnitsPerMillion: 0.625,
  dynamoReadUnitsPerMillion: 0.125,
  dynamoStorageGbMonth: 0.25,
  dynamoPitrGbMonth: 0.2,
  cloudWatchLogsIngestGb: 0.5,
  cloudWatchAlarmMonth: 0.1,
  sesPerThousand: 0.1,
  /** CloudFront: 1 TB and 10 M requests a month are free; the dashboard's files fit inside. */
  cloudFront: 0,
  /** Cognito Essentials/Lite: the first 10,000 monthly active users are free. */
  cognitoUnder10kMau: 0,
  /** EventBridge Scheduler: 14 M invocations a month free; every 5 minutes is 8,640. */
  scheduler: 0,
} as const;

/** The month the issue prices: 5,000 ambassadors, 1 M clicks, 10 k orders, 20 k submissions, 20 k metric reports. */
const MONTH = {
  ambassadors: 5000,
  clicks: 1_000_000,
  orders: 10_000,
  submissions: 20_000,
  metricReports: 20_000,
  /** An assumption, not from the issue: each ambassador opens the dashboard 30 times a month. */
  dashboardViews: 5000 * 30,
  /** An assumption: four challenges a month, each announced to every ambassador. */
  announcements: 4,
  /** Clicks are kept the attribution window (30 days by default) and a week (TTL). */
  clickMonthsStored: 37 / 30,
};

/** Low-level command names (the document client's commands reach middleware as these). */
const READS = new Set([
  'GetItemCommand',
  'QueryCommand',
  'ScanCommand',
  'BatchGetItemCommand',
  'TransactGetItemsCommand',
]);

type Written = { Item?: Record<string, unknown>; Key?: Record<string, unknown> };
type TransactInput = {
  TransactItems?: Array<Partial<Record<'Put' | 'Update' | 'Delete' | 'ConditionCheck', Written>>>;
};

/** A value as the document client or the low-level client holds it (`'x'` or `{ S: 'x' }`). */
const plain = (value: unknown): string =>
  typeof value === 'object' && value !== null
    ? String((value as { S?: unknown }).S ?? '')
    : String(value ?? '');

/**
 * What kind of item a write is to: a put's `entity`, else its partition key's first part
 * (`ROLLUP`, `VISIT`, `PROGRAM`, …), so the bill can say which items the units go to.
 */
function kindOf(written: Written | undefined): string {
  if (written?.Item?.entity !== undefined) return plain(written.Item.entity);
  const pk = plain(written?.Key?.pk ?? written?.Item?.pk);
  return pk.split('#')[0] || 'other';
}

/**
 * DynamoDB Local reports a fraction of a transaction's capacity, so it is counted as DynamoDB
 * bills it: two units per KB per item written, and again for each index the item is on
 * (updates, deletes and condition checks of our small items as one KB). By kind of item.
 */
function transactionWriteUnits(input: TransactInput): Record<string, number> {
  const units: Record<string, number> = {};
  for (const entry of input.TransactItems ?? []) {
    const item = entry.Put?.Item;
    const written = entry.Put ?? entry.Update ?? entry.Delete ?? entry.ConditionCheck;
    const kb = item ? Math.max(1, Math.ceil(JSON.stringify(item).length / 1024)) : 1;
    const indexes = item ? Object.keys(item).filter((name) => /^gsi\d+pk$/.test(name)).length : 0;
    const kind = kindOf(written);
    units[kind] = (units[kind] ?? 0) + 2 * kb * (1 + indexes);
  }
  return units;
}

/** The kinds of item a non-transactional write touches (a batch's items share its units evenly). */
function writtenKinds(input: Record<string, unknown>): string[] {
  if (input.RequestItems) {
    return Object.values(
      input.RequestItems as Record<string, Array<{ PutRequest?: Written; DeleteRequest?: Written }>>,
    )
      .flat()
      .map((request) => kindOf(request.PutRequest ?? request.DeleteRequest));
  }
  return [kindOf(input as Written)];
}

/** CloudWatch alarms in the synthesized stack (cdk/embassy-stack.test.ts counts them). */
export const STACK_ALARMS = 5;

type Meter = { reads: number; writes: number; requests: number; writesByKind: Record<string, number> };

/** Asks every DynamoDB call for its consumed capacity, and sums it: the units AWS would bill. */
function meterCapacity() {
  const meter: Meter = { reads: 0, writes: 0, requests: 0, writesByKind: {} };
  const addWrites = (kind: string, units: number) => {
    meter.writes += units;
    meter.writesByKind[kind] = (meter.writesByKind[kind] ?? 0) + units;
  };
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { ReturnConsumedCapacity?: string };
      input.ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      const output = result.output as {
        ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[];
      };
      const command = String(context.commandName);
      meter.requests++;
      if (command === 'TransactWriteItemsCommand') {
        for (const [kind, units] of Object.entries(transactionWriteUnits(args.input as TransactInput)))
          addWrites(kind, units);
        return result;
      }
      const units = [output.ConsumedCapacity ?? []]
        .flat()
        .reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
      if (READS.has(command)) {
        meter.reads += units;
        return result;
      }
      const kinds = writtenKinds(args.input as Record<string, unknown>);
      for (const kind of kinds) addWrites(kind, units / kinds.length);
      return result;
    },
    { step: 'initialize', name: 'benchCapacityMeter' },
  );
  // The redirect's calls go without the SDK's clients (shared/platform/db/item-calls.ts).
  observeItemCalls(({ operation, input, units }) => {
    meter.requests++;
    if (operation === 'GetItem') meter.reads += units;
    else addWrites(kindOf(input), units);
  });
  return meter;
}

type Phase = {
  count: number;
  reads: number;
  writes: number;
  /** The write units by kind of item written (see {@link kindOf}). */
  writesByKind: Record<string, number>;
  apiCalls: number;
  streamRecords: Record<string, number>;
  streamInvocations: Record<string, number>;
};

/**
 * Issue 7 §6: what one click, order, submission and dashboard view costs in DynamoDB capacity
 * and invocations, measured through the real handlers and aggregators against DynamoDB Local
 * (which reports consumed capacity as DynamoDB computes it), then priced for the issue's month.
 */
export async function benchCost() {
  const meter = meterCapacity();
  const handlers = await importHandlers();
  const records: Record<string, number> = {};
  const invocations: Record<string, number> = {};
  const consumers: StreamConsumer[] = streamConsumers(handlers).map((consumer) => ({
    ...consumer,
    handler: async (event, context) => {
      records[consumer.name] = (records[consumer.name] ?? 0) + event.Records.length;
      invocations[consumer.name] = (invocations[consumer.name] ?? 0) + 1;
      return consumer.handler(event, context);
    },
  }));
  const poller = await startStreamPoller({
    endpoint: env.DYNAMODB_ENDPOINT ?? '',
    tableName,
    consumers,
    intervalMs: 100,
  });
  const admin = user('bench-admin', true);
  const { code, programId, ambassadorId } = await seedReferralCode('cost');
  const ambassador = user(ambassadorId);
  const now = Date.now();
  const challenge = await createChallenge(
    admin,
    programId,
    CreateChallengeSchema.parse({
      title: 'Cost',
      opensAt: new Date(now - 86_400_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
      maxSubmissionsPerAmbassador: 10,
    }),
  );
  await publishChallenge(admin, programId, challenge.challengeId);
  await poller.drain();

  /** Until the aggregators are idle: writes that outlived a redirect's budget land late. */
  const settle = async () => {
    for (let quiet = 0, seen = -1; quiet < 3; ) {
      await poller.drain();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const now = meter.requests + Object.values(records).reduce((a, b) => a + b, 0);
      quiet = now === seen ? quiet + 1 : 0;
      seen = now;
    }
  };
  const phase = async (count: number, apiCallsEach: number, act: (i: number) => Promise<unknown>) => {
    await settle();
    const before = { ...meter, writesByKind: { ...meter.writesByKind } };
    const recordsBefore = { ...records };
    const invocationsBefore = { ...invocations };
    for (let i = 0; i < count; i++) await act(i);
    await settle();
    const diff = (now: Record<string, number>, then: Record<string, number>) =>
      Object.fromEntries(Object.entries(now).map(([k, v]) => [k, (v - (then[k] ?? 0)) / count]));
    return {
      count,
      reads: (meter.reads - before.reads) / count,
      writes: (meter.writes - before.writes) / count,
      writesByKind: Object.fromEntries(
        Object.entries(diff(meter.writesByKind, before.writesByKind)).filter(([, units]) => units > 0),
      ),
      apiCalls: apiCallsEach,
      streamRecords: diff(records, recordsBefore),
      streamInvocations: diff(invocations, invocationsBefore),
    } satisfies Phase;
  };

  const click = (i: number) =>
    handlers.redirect(
      {
        requestContext: {
          requestId: `cost-${i}`,
          http: { method: 'GET', sourceIp: `10.9.${i >> 8}.${i & 255}` },
        },
        pathParameters: { code },
        headers: { 'user-agent': 'Mozilla/5.0 (iPhone) Mobile/15E148' },
      } as unknown as APIGatewayProxyEventV2,
      {} as never,
    );
  try {
    const clicks = await phase(300, 1, click);
    const counted = await db.send(
      new GetCommand({
        TableName: tableName,
        Key: keys.rollup(programId, 'ALL', 'TOTAL'),
        ConsistentRead: true,
      }),
    );
    if (counted.Item?.clicks !== clicks.count)
      throw new Error(`counted ${counted.Item?.clicks} of ${clicks.count} clicks`);
    // One click's stored size, as DynamoDB bills storage: names and values, 100 bytes of
    // overhead, and the same again if it is on the visitor index (first-click programs only).
    const sample = await click(100_000);
    const { headers } = sample as APIGatewayProxyStructuredResultV2;
    const rid = new URL(String(headers?.location)).searchParams.get('rid') ?? '';
    await settle();
    const { Item: stored } = await db.send(new GetCommand({ TableName: tableName, Key: keys.click(rid) }));
    if (!stored) throw new Error('the sample click was not stored');
    clickBytes = (stored.gsi1pk ? 2 : 1) * (itemBytes(stored) + 100);
    const orders = await phase(100, 1, (i) =>
      recordConversion(programId, 'cost-key', {
        orderId: `cost-order-${i}`,
        amount: 4990,
        currency: 'EUR',
        referralCode: code,
        occurredAt: new Date().toISOString(),
      }),
    );
    const approved: string[] = [];
    const submissions = await phase(10, 2, async (i) => {
      const { submission } = await submitPost(ambassador, programId, challenge.challengeId, {
        postUrl: `https://www.instagram.com/p/COST${i}x/`,
        platform: 'instagram',
        caption: 'Loving it #ad',
      });
      await reviewSubmission(admin, programId, submission.submissionId, { decision: 'approve', version: 1 });
      approved.push(submission.submissionId);
    });
    // An ambassador reports each approved post's figures once (plausible ones: no flag to review).
    const metricReports = await phase(approved.length, 1, (i) =>
      reportMetrics(
        ambassador,
        programId,
        String(approved[i]),
        ReportMetricsSchema.parse({ views: 1_000 + i, reach: 800 + i, likes: 50 + i }),
      ),
    );
    const views = await phase(50, 4, () =>
      Promise.all([
        getMe(ambassador),
        listChallenges(ambassador, programId, {}),
        getLeaderboard(ambassador, programId, { limit: 10 }),
        listSubmissions(ambassador, programId, { limit: 20 }),
      ]),
    );
    return {
      name: 'Cost model: a month of 5,000 ambassadors, 1 M clicks, 10 k orders, 20 k submissions, 20 k metric reports',
      ...price({ clicks, orders, submissions, metricReports, views }),
    };
  } finally {
    await poller.stop();
  }
}

/** DynamoDB's size of an item: each attribute's name and value (numbers about a byte a digit pair). */
function itemBytes(item: Record<string, unknown>): number {
  const size = (value: unknown): number => {
    if (typeof value === 'string') return Buffer.byteLength(value);
    if (typeof value === 'number') return Math.ceil(String(value).length / 2) + 1;
    if (typeof value === 'boolean' || value === null) return 1;
    if (Array.isArray(value)) return 3 + value.reduce((sum: number, v) => sum + 1 + size(v), 0);
    if (typeof value === 'object')
      return 3 + Object.entries(value).reduce((sum, [k, v]) => sum + Buffer.byteLength(k) + 1 + size(v), 0);
    return 0;
  };
  return Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + size(value), 0);
}

/** Measured in the run: one click with its index copy. */
let clickBytes = 600;

type Measured = { clicks: Phase; orders: Phase; submissions: Phase; metricReports: Phase; views: Phase };
type Volume = Partial<Record<keyof Measured, number>> & {
  announcements?: number;
  /** Notifications written but not emailed (in the app only): they cost their writes, not SES. */
  unemailed?: number;
};

/** The bill for a month of `volume`, from the units measured per event. */
function monthCost(measured: Measured, volume: Volume) {
  const perMillion = (n: number, price: number) => (n / 1e6) * price;
  let writes = 0;
  let reads = 0;
  let apiCalls = 0;
  const streamRecords: Record<string, number> = {};
  for (const kind of Object.keys(measured) as Array<keyof Measured>) {
    const n = volume[kind] ?? 0;
    const m = measured[kind];
    writes += m.writes * n;
    reads += m.reads * n;
    apiCalls += m.apiCalls * n;
    for (const [name, perEvent] of Object.entries(m.streamRecords))
      streamRecords[name] = (streamRecords[name] ?? 0) + perEvent * n;
  }
  // A challenge opening notifies every approved ambassador: a notification (about 2 units with
  // its index entry, written in batches) and its email. Estimated, not measured.
  const announced = (volume.announcements ?? 0) * MONTH.ambassadors;
  writes += announced * 2;
  streamRecords.notifier = (streamRecords.notifier ?? 0) + announced;
  // Each consumer is invoked when its batch fills or its window ends. At the month's average
  // rate a window rarely fills, so a batch holds what arrives in one window (at least one record).
  const SECONDS_A_MONTH = 30 * 86_400;
  let streamInvocations = 0;
  for (const [name, records] of Object.entries(streamRecords)) {
    const stream = (FUNCTIONS as Record<string, FunctionDefinition>)[name]?.stream;
    const perBatch = Math.min(
      stream?.batchSize ?? 25,
      Math.max(1, (records / SECONDS_A_MONTH) * (stream?.batchingWindowSeconds ?? 1)),
    );
    streamInvocations += records / perBatch;
  }
  // Assumed billed durations: API calls 50 ms at 512 MB, redirects 20 ms at 256 MB, stream
  // batches 100 ms at 256 MB (DynamoDB Local answers slower than DynamoDB, so these are above
  // what the handlers take here, warm).
  const clicks = volume.clicks ?? 0;
  const gbSeconds = (apiCalls - clicks) * 0.05 * 0.5 + clicks * 0.02 * 0.25 + streamInvocations * 0.1 * 0.25;
  const invocations = apiCalls + streamInvocations;
  // Storage: clicks dominate (measured with their index copy, kept 37 days); orders,
  // posts and their rollups at about 2 KB each, kept a year; a few KB per ambassador.
  const storageGb =
    (clicks * MONTH.clickMonthsStored * clickBytes +
      ((volume.orders ?? 0) + (volume.submissions ?? 0)) * 12 * 2000 +
      MONTH.ambassadors * 5000) /
    1e9;
  const emails = Math.max(0, (streamRecords.notifier ?? 0) - (volume.unemailed ?? 0));
  // Logs: Lambda's START/END/REPORT lines, about 300 bytes an invocation, plus our own warnings.
  const logGb = (invocations * 350) / 1e9;
  const lines = {
    'API Gateway (HTTP API)': perMillion(apiCalls, PRICES.apiGatewayHttpPerMillion),
    'Lambda requests': perMillion(invocations, PRICES.lambdaRequestsPerMillion),
    'Lambda duration (arm64)': gbSeconds * PRICES.lambdaArmGbSecond,
    'DynamoDB writes (on demand)': perMillion(writes, PRICES.dynamoWriteUnitsPerMillion),
    'DynamoDB reads (on demand)': perMillion(reads, PRICES.dynamoReadUnitsPerMillion),
    'DynamoDB storage': storageGb * PRICES.dynamoStorageGbMonth,
    'DynamoDB point-in-time recovery': storageGb * PRICES.dynamoPitrGbMonth,
    'CloudWatch Logs': logGb * PRICES.cloudWatchLogsIngestGb,
    [`CloudWatch alarms (${STACK_ALARMS}, 10 free)`]:
      Math.max(0, STACK_ALARMS - 10) * PRICES.cloudWatchAlarmMonth,
    'SES (an email a notification)': (emails / 1000) * PRICES.sesPerThousand,
    'CloudFront, Cognito, Scheduler (free tiers)': 0,
  };
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    units: {
      writeUnits: Math.round(writes),
      readUnits: Math.round(reads),
      apiCalls,
      streamInvocations: Math.round(streamInvocations),
      emails: Math.round(emails),
    },
    lines: Object.fromEntries(Object.entries(lines).map(([k, v]) => [k, round(v)])),
    total: round(Object.values(lines).reduce((a, b) => a + b, 0)),
  };
}

/** Prices the measured units: the issue's month, then with what a real month adds (assumed), and each event's share. */
function price(measured: Measured) {
  const month = {
    clicks: MONTH.clicks,
    orders: MONTH.orders,
    submissions: MONTH.submissions,
    metricReports: MONTH.metricReports,
  };
  const issue = monthCost(measured, month);
  const withUse = monthCost(measured, {
    ...month,
    views: MONTH.dashboardViews,
    announcements: MONTH.announcements,
  });
  const round = (v: number) => Math.round(v * 100) / 100;
  // What each kind of event adds alone, and what the month costs with none (the table at rest).
  const atRest = monthCost(measured, {});
  const byComponent = {
    ...Object.fromEntries(
      (Object.keys(month) as Array<keyof typeof month>).map((kind) => [
        `${month[kind].toLocaleString('en')} ${kind}`,
        round(monthCost(measured, { [kind]: month[kind] }).total - atRest.total),
      ]),
    ),
    'at rest (ambassadors stored, alarms)': atRest.total,
  };
  return {
    target: 'under $8 a month',
    clickBytesWithIndex: clickBytes,
    perEvent: Object.fromEntries(
      Object.entries(measured).map(([kind, m]) => [
        kind,
        {
          writeUnits: round(m.writes),
          writesByKind: Object.fromEntries(
            Object.entries(m.writesByKind)
              .sort(([, a], [, b]) => b - a)
              .map(([k, v]) => [k, round(v)]),
          ),
          readUnits: round(m.reads),
          apiCalls: m.apiCalls,
          streamRecords: Object.fromEntries(Object.entries(m.streamRecords).map(([k, v]) => [k, round(v)])),
        },
      ]),
    ),
    issueMonth: issue,
    byComponent,
    // The next decision, priced: each submission's approval and each order's commission notice
    // (one of each per event in this run) in the app only, not emailed, by default.
    approvalsAndCommissionsInApp: monthCost(measured, {
      ...month,
      unemailed: month.submissions + month.orders,
    }),
    withDashboardAndAnnouncements: withUse,
    total: issue.total,
    meets: issue.total < 8,
  };
}
