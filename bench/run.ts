import { mkdirSync, writeFileSync } from 'node:fs';
import { startDynamoLocal } from '../local/dynamo-local.ts';
import { ensureTable, localDynamo } from '../local/provision.ts';
import { freePort } from '../local/wait-for.ts';

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
  LOG_LEVEL: 'silent',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});
try {
  await ensureTable(localDynamo(dynamo.endpoint), tableName);
  const { benchAnalyticsHistory } = await import('./analytics-history.ts');
  const { benchColdStart } = await import('./cold-start.ts');
  const { benchRedirectHttp } = await import('./redirect-http.ts');
  const coldStart = await benchColdStart();
  const redirect = await benchRedirectHttp();
  const analytics = await benchAnalyticsHistory();
  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/results.json',
    `${JSON.stringify({ at: new Date().toISOString(), machine: machine(), results: [coldStart, redirect, analytics] }, null, 2)}\n`,
  );
  console.log(
    `\n${coldStart.name}\n  target: ${coldStart.target}\n  hello-world: p50 ${coldStart.hello.p50} ms, p90 ${coldStart.hello.p90} ms over ${coldStart.runs} runs`,
  );
  console.table(
    coldStart.results.map((r) => ({
      function: r.function,
      'cold-start KB': r.kb,
      'p50 ms': r.p50,
      'p90 ms': r.p90,
      'ratio p50': r.ratioP50,
      'ratio p90': r.ratioP90,
      target: r.target,
      meets: r.meets,
      event: r.event,
    })),
  );
  console.log(
    `\n${redirect.name}\n  target: ${redirect.target}\n  ${redirect.connections} connections, ${redirect.seconds} s each`,
  );
  console.table({
    'raw node:http 302': redirect.raw,
    'app, redirect from cache': redirect.app,
    [`app at half saturation (${redirect.halfSaturation.rate}/s)`]: redirect.halfSaturation,
    'app, counted clicks (a write each)': redirect.countedClicks,
  });
  console.log(
    `  throughput ratio ${redirect.throughputRatio}; one at a time, app − direct SDK read: p50 +${redirect.oneAtATime.overheadP50} ms, p99 +${redirect.oneAtATime.overheadP99} ms`,
  );
  console.log(`\n${analytics.name}\n  target: ${analytics.target}`);
  console.table(
    analytics.results.map((r) => ({
      path: r.path,
      '1 month p50 ms': r.oneMonth.p50,
      '12 months p50 ms': r.twelveMonths.p50,
      '1 month p90 ms': r.oneMonth.p90,
      '12 months p90 ms': r.twelveMonths.p90,
      'ratio p50': r.ratioP50,
    })),
  );
} finally {
  await dynamo.stop();
}

function machine() {
  return { node: process.version, platform: `${process.platform}-${process.arch}` };
}
