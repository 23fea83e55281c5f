import { METRICS } from '../shared/platform/metrics.ts';
import { LIST_PRICES, type ListPrice, PRICES_AS_OF } from './list-prices.ts';

/** The parts of a synthesised CloudFormation template the plan reads. */
export type TemplateJson = {
  Resources: Record<
    string,
    { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string; DependsOn?: unknown }
  >;
};

/** Resources of one type: their logical ids, and which of them a stack deletion keeps. */
export type ResourceType = { type: string; logicalIds: string[]; retained: string[] };

/** Resource types grouped by what they are for. */
export type ResourceGroup = { title: string; types: ResourceType[] };

/** One priced line of the month at rest. */
export type CostLine = { item: string; detail: string; usd: number; price?: ListPrice };

/** What a stack costs a month with no traffic at all. */
export type AtRestCost = {
  lines: CostLine[];
  total: number;
  /** Types that cost nothing until used (pay per request, per GB stored, or free). */
  payPerUse: string[];
  /** Types this module has no price for: a new kind of resource needs a decision here. */
  unpriced: string[];
};

/** Groups in the order they are printed; a type goes to the first group with a matching prefix. */
const GROUPS: Array<{ title: string; prefixes: string[] }> = [
  {
    title: 'Data and identity',
    prefixes: ['AWS::DynamoDB::', 'AWS::S3::', 'AWS::Cognito::', 'AWS::SecretsManager::'],
  },
  { title: 'Functions', prefixes: ['AWS::Lambda::', 'AWS::Logs::', 'AWS::IAM::'] },
  { title: 'HTTP API and CloudFront', prefixes: ['AWS::ApiGatewayV2::', 'AWS::CloudFront::'] },
  { title: 'Schedules and queues', prefixes: ['AWS::Scheduler::', 'AWS::SQS::'] },
  { title: 'Monitoring', prefixes: ['AWS::CloudWatch::', 'AWS::SNS::'] },
  { title: 'Deploy-time helpers (run only during a deploy)', prefixes: ['Custom::', 'AWS::CDK::'] },
  { title: 'Other', prefixes: [''] },
];

/** The stack's resources by group and type, with counts and logical ids. */
export function resourceGroups(template: TemplateJson): ResourceGroup[] {
  const byType = new Map<string, ResourceType>();
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    const entry = byType.get(resource.Type) ?? { type: resource.Type, logicalIds: [], retained: [] };
    entry.logicalIds.push(logicalId);
    if (resource.DeletionPolicy === 'Retain' || resource.DeletionPolicy === 'RetainExceptOnCreate')
      entry.retained.push(logicalId);
    byType.set(resource.Type, entry);
  }
  const types = [...byType.values()].sort((a, b) => a.type.localeCompare(b.type));
  const placed = new Set<string>();
  return GROUPS.map(({ title, prefixes }) => ({
    title,
    types: types.filter((t) => {
      if (placed.has(t.type) || !prefixes.some((prefix) => t.type.startsWith(prefix))) return false;
      placed.add(t.type);
      return true;
    }),
  })).filter((group) => group.types.length > 0);
}

/**
 * Types that cost nothing while nothing uses them: billed per request, per GB stored (empty at
 * first) or per use, or free. Each is a decision: a type that is in neither this list nor
 * {@link atRestCost}'s priced ones is reported as unpriced.
 */
const PAY_PER_USE: Record<string, string> = {
  'AWS::DynamoDB::GlobalTable':
    'on demand: per request and per GB stored (point-in-time recovery per GB too)',
  'AWS::S3::Bucket': 'per GB stored and per request (the files the deploy puts there are priced below)',
  'AWS::S3::BucketPolicy': 'free',
  'AWS::Cognito::UserPool': 'Essentials: the first 10,000 monthly active users free',
  'AWS::Cognito::UserPoolClient': 'free',
  'AWS::Cognito::UserPoolGroup': 'free',
  'AWS::Lambda::Function': 'per request and GB-second; reserved concurrency is free',
  'AWS::Lambda::EventSourceMapping': 'free (DynamoDB Streams reads by Lambda triggers are free)',
  'AWS::Lambda::EventInvokeConfig': 'free',
  'AWS::Lambda::Permission': 'free',
  'AWS::Lambda::LayerVersion':
    "free (the deploy helper's AWS CLI layer, within Lambda's 75 GB of code storage)",
  'AWS::Logs::LogGroup': 'per GB ingested and stored (empty at first)',
  'AWS::IAM::Role': 'free',
  'AWS::IAM::Policy': 'free',
  'AWS::ApiGatewayV2::Api': 'per request',
  'AWS::ApiGatewayV2::Stage': 'free',
  'AWS::ApiGatewayV2::Route': 'free',
  'AWS::ApiGatewayV2::Integration': 'free',
  'AWS::CloudFront::Distribution': 'per request and GB out (1 TB and 10 M requests a month free)',
  'AWS::CloudFront::Function': 'per invocation',
  'AWS::CloudFront::OriginAccessControl': 'free',
  'AWS::CloudFront::ResponseHeadersPolicy': 'free',
  'AWS::SQS::Queue': 'per request (nothing polls the dead-letter queues)',
  'AWS::SQS::QueuePolicy': 'free',
  'AWS::SNS::Topic': 'per notification (email: 1,000 a month free)',
  'AWS::SNS::Subscription': 'free',
  'AWS::SNS::TopicPolicy': 'free',
  'AWS::Scheduler::Schedule': 'per invocation: the runs are priced below',
  'Custom::CDKBucketDeployment': 'a Lambda function run once per deploy',
  'Custom::S3BucketNotifications':
    "a Lambda function run when a deploy changes the media bucket's notification",
  'AWS::CDK::Metadata': 'free',
};

/** Assumed for the scheduled function's runs with no data: the cost model's figures (BENCHMARKS.md). */
const SCHEDULED_RUN = { billedSeconds: 0.1, logBytes: 350, readUnits: 5 } as const;

const MINUTES_A_MONTH = 30 * 24 * 60;

/** Runs a month of an EventBridge Scheduler expression such as `rate(5 minutes)`, or undefined. */
export function runsPerMonth(expression: string): number | undefined {
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (!rate) return undefined;
  const minutes = { minute: 1, minutes: 1, hour: 60, hours: 60, day: 1440, days: 1440 }[rate[2] as 'minute'];
  return MINUTES_A_MONTH / (Number(rate[1]) * minutes);
}

const countOf = (template: TemplateJson, type: string) =>
  Object.values(template.Resources).filter((r) => r.Type === type).length;

/**
 * What the stack costs a month with no traffic: what is billed by the month (secrets, alarms
 * and dashboards past the free ones, customer managed keys), what runs on its own (the
 * scheduled function), and what the deploy stores (the dashboard's files, the deploy assets).
 * @param assetBytes the bytes the deploy puts in S3 (the web bucket and the CDK staging bucket).
 */
export function atRestCost(template: TemplateJson, assetBytes: number): AtRestCost {
  const p = LIST_PRICES;
  const lines: CostLine[] = [];
  const secrets = countOf(template, 'AWS::SecretsManager::Secret');
  lines.push({
    item: 'Secrets Manager',
    detail: `${secrets} secret${secrets === 1 ? '' : 's'} × $${p.secretsManagerSecret.usd.toFixed(2)}`,
    usd: secrets * p.secretsManagerSecret.usd,
    price: p.secretsManagerSecret,
  });
  const alarms = countOf(template, 'AWS::CloudWatch::Alarm');
  const paidAlarms = Math.max(0, alarms - (p.cloudWatchAlarm.freePerMonth ?? 0));
  lines.push({
    item: 'CloudWatch alarms',
    detail: `${alarms}, the first ${p.cloudWatchAlarm.freePerMonth} free; ${paidAlarms} × $${p.cloudWatchAlarm.usd.toFixed(2)}`,
    usd: paidAlarms * p.cloudWatchAlarm.usd,
    price: p.cloudWatchAlarm,
  });
  const dashboards = countOf(template, 'AWS::CloudWatch::Dashboard');
  const paidDashboards = Math.max(0, dashboards - (p.cloudWatchDashboard.freePerMonth ?? 0));
  lines.push({
    item: 'CloudWatch dashboards',
    detail: `${dashboards} of at most 50 metrics, the first ${p.cloudWatchDashboard.freePerMonth} in the account free; ${paidDashboards} × $${p.cloudWatchDashboard.usd.toFixed(2)}`,
    usd: paidDashboards * p.cloudWatchDashboard.usd,
    price: p.cloudWatchDashboard,
  });
  const metricFilters = countOf(template, 'AWS::Logs::MetricFilter');
  lines.push({
    item: 'CloudWatch custom metrics',
    detail:
      `${metricFilters} metric filter${metricFilters === 1 ? '' : 's'} and ${Object.keys(METRICS).length} EMF ` +
      'counts of rare events (shared/platform/metrics.ts), one metric per function that emits each; billed only in hours with data',
    usd: 0,
    price: p.cloudWatchCustomMetric,
  });
  const keys = countOf(template, 'AWS::KMS::Key');
  lines.push({
    item: 'KMS',
    detail:
      keys === 0
        ? 'no customer managed key: S3, SQS, DynamoDB and Secrets Manager use AWS managed keys'
        : `${keys} customer managed key${keys === 1 ? '' : 's'} × $${p.kmsCustomerManagedKey.usd.toFixed(2)}`,
    usd: keys * p.kmsCustomerManagedKey.usd,
    price: p.kmsCustomerManagedKey,
  });

  // The schedule keeps running with no traffic: each run is a Lambda request, its duration, its
  // log lines and a few reads of an empty index.
  for (const [id, schedule] of Object.entries(template.Resources).filter(
    ([, r]) => r.Type === 'AWS::Scheduler::Schedule',
  )) {
    const expression = String(schedule.Properties?.ScheduleExpression ?? '');
    const runs = runsPerMonth(expression);
    if (runs === undefined) {
      lines.push({ item: `Schedule ${id}`, detail: `${expression}: not a rate this module prices`, usd: 0 });
      continue;
    }
    const target = JSON.stringify((schedule.Properties?.Target as { Arn?: unknown } | undefined)?.Arn);
    const functionId = /"Fn::GetAtt":\["([^"]+)"/.exec(target)?.[1] ?? '';
    const memoryGb = Number(template.Resources[functionId]?.Properties?.MemorySize ?? 128) / 1024;
    const usd =
      (runs / 1e6) * p.lambdaRequests.usd +
      runs * SCHEDULED_RUN.billedSeconds * memoryGb * p.lambdaArmGbSecond.usd +
      ((runs * SCHEDULED_RUN.logBytes) / 1e9) * p.cloudWatchLogsIngestion.usd +
      ((runs * SCHEDULED_RUN.readUnits) / 1e6) * p.dynamoDbReadRequestUnits.usd;
    lines.push({
      item: 'Scheduled runs',
      detail:
        `${id}, ${expression}: ${runs.toLocaleString('en-US')} runs, each a request, ${SCHEDULED_RUN.billedSeconds * 1000} ms ` +
        `at ${memoryGb * 1024} MB, ${SCHEDULED_RUN.logBytes} B of log and ${SCHEDULED_RUN.readUnits} read units ` +
        '(assumed; before the Lambda free tier; the Scheduler itself is within its 14 M free)',
      usd,
      price: p.lambdaRequests,
    });
  }
  lines.push({
    item: 'S3 storage',
    detail: `the deploy's files, up to ${(assetBytes / 1e6).toFixed(1)} MB (the dashboard, and the function bundles in the CDK staging bucket)`,
    usd: (assetBytes / 1e9) * p.s3Standard.usd,
    price: p.s3Standard,
  });

  const priced = new Set([
    'AWS::SecretsManager::Secret',
    'AWS::CloudWatch::Alarm',
    'AWS::CloudWatch::Dashboard',
    'AWS::Logs::MetricFilter',
    'AWS::KMS::Key',
  ]);
  const types = [...new Set(Object.values(template.Resources).map((r) => r.Type))].sort();
  return {
    lines,
    total: lines.reduce((sum, line) => sum + line.usd, 0),
    payPerUse: types.filter((t) => !priced.has(t) && PAY_PER_USE[t]),
    unpriced: types.filter((t) => !priced.has(t) && !PAY_PER_USE[t]),
  };
}

/** Lines of at most `width` characters, broken at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = `  ${word}`;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** Dollars to two decimals, with sub-cent amounts shown as such rather than as $0.00. */
export function dollars(usd: number): string {
  if (usd === 0) return '$0.00';
  if (usd < 0.005) return '< $0.01';
  return `$${usd.toFixed(2)}`;
}

/** The dry run's report: what a first deploy creates, and what it costs a month at rest. */
export function formatPlan(
  template: TemplateJson,
  options: {
    stackName: string;
    context: Record<string, string>;
    /** What the options come to, such as `redirect reserved concurrency: 100`. */
    settings: Record<string, string>;
    assetBytes: number;
    verbose?: boolean;
  },
): string {
  const out: string[] = [];
  const groups = resourceGroups(template);
  const count = Object.keys(template.Resources).length;
  const settings = Object.entries(options.context)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  out.push(
    `Dry run: nothing was deployed. A first deploy of stack ${options.stackName} creates ${count} resources`,
  );
  out.push(`(context: ${settings || 'none; the defaults'}). * = kept when the stack is deleted.`);
  out.push('', 'Settings');
  for (const [name, value] of Object.entries(options.settings)) out.push(`  ${name.padEnd(40)} ${value}`);
  const idLimit = options.verbose ? Number.POSITIVE_INFINITY : 6;
  for (const group of groups) {
    out.push('', `${group.title}`);
    for (const { type, logicalIds, retained } of group.types) {
      const shown = logicalIds.slice(0, idLimit).map((id) => (retained.includes(id) ? `${id}*` : id));
      const more = logicalIds.length - shown.length;
      out.push(
        `  ${type.padEnd(40)} ${String(logicalIds.length).padStart(3)}  ${shown.join(', ')}${more > 0 ? `, … ${more} more (--verbose lists them)` : ''}`,
      );
    }
  }
  const cost = atRestCost(template, options.assetBytes);
  out.push('', `What it costs a month at rest (no traffic), at us-east-1 list prices of ${PRICES_AS_OF}:`);
  for (const line of cost.lines)
    out.push(`  ${line.item.padEnd(34)} ${dollars(line.usd).padStart(8)}  ${line.detail}`);
  out.push(`  ${'Total at rest'.padEnd(34)} ${dollars(cost.total).padStart(8)}  a month`);
  out.push('', ...wrap(`Nothing until used: ${cost.payPerUse.join(', ')}.`, 100));
  if (cost.unpriced.length > 0)
    out.push(`Not priced (no list price in cdk/deploy-plan.ts): ${cost.unpriced.join(', ')}.`);
  out.push(
    'Outside the stack: a Route 53 hosted zone, if your domain is there, is ' +
      `$${LIST_PRICES.route53HostedZone.usd.toFixed(2)} a month; ACM certificates for CloudFront are free.`,
    'With traffic: BENCHMARKS.md, "Cost model" (a month of 5,000 ambassadors and 1 M clicks).',
    `Prices: ${[...new Set(cost.lines.flatMap((l) => (l.price ? [l.price.source] : [])))].join(', ')}.`,
  );
  return out.join('\n');
}
