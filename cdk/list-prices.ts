/**
 * AWS list prices that the deploy dry run (`npm run deploy -- --dry-run`) prices a stack at rest
 * with: us-east-1, on demand, in US dollars, as published on each service's pricing page in
 * November 2026 (the month bench/cost.ts's prices are from). Free tiers are the always-free
 * ones, not the 12-month offers of a new account. Prices change: check the page before relying
 * on a figure, and update `asOf` with it.
 */
export type ListPrice = {
  /** Dollars per `unit`. */
  usd: number;
  unit: string;
  /** How many units a month are free (always-free tier), if any. */
  freePerMonth?: number;
  /** The pricing page it comes from. */
  source: string;
};

/** When the figures below were taken from their pages. */
export const PRICES_AS_OF = '2026-11';

export const LIST_PRICES = {
  secretsManagerSecret: {
    usd: 0.4,
    unit: 'secret a month (prorated by the hour)',
    source: 'https://aws.amazon.com/secrets-manager/pricing/',
  },
  secretsManagerApiCalls: {
    usd: 0.05,
    unit: '10,000 API calls',
    source: 'https://aws.amazon.com/secrets-manager/pricing/',
  },
  cloudWatchAlarm: {
    usd: 0.1,
    unit: 'standard-resolution metric alarm a month',
    freePerMonth: 10,
    source: 'https://aws.amazon.com/cloudwatch/pricing/',
  },
  cloudWatchDashboard: {
    usd: 3,
    unit: 'dashboard a month (3 free, each with up to 50 metrics)',
    freePerMonth: 3,
    source: 'https://aws.amazon.com/cloudwatch/pricing/',
  },
  cloudWatchCustomMetric: {
    usd: 0.3,
    unit: 'custom metric a month (metric filters and EMF alike; only in hours it receives data)',
    freePerMonth: 10,
    source: 'https://aws.amazon.com/cloudwatch/pricing/',
  },
  cloudWatchLogsIngestion: {
    usd: 0.5,
    unit: 'GB of logs ingested',
    source: 'https://aws.amazon.com/cloudwatch/pricing/',
  },
  kmsCustomerManagedKey: {
    usd: 1,
    unit: 'customer managed key a month (AWS managed keys cost nothing a month)',
    source: 'https://aws.amazon.com/kms/pricing/',
  },
  s3Standard: {
    usd: 0.023,
    unit: 'GB-month of S3 Standard storage',
    source: 'https://aws.amazon.com/s3/pricing/',
  },
  lambdaRequests: {
    usd: 0.2,
    unit: 'million requests (1 million a month free)',
    source: 'https://aws.amazon.com/lambda/pricing/',
  },
  lambdaArmGbSecond: {
    usd: 0.0000133334,
    unit: 'GB-second on arm64 (400,000 a month free)',
    source: 'https://aws.amazon.com/lambda/pricing/',
  },
  dynamoDbReadRequestUnits: {
    usd: 0.125,
    unit: 'million on-demand read request units',
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  },
  schedulerInvocations: {
    usd: 1,
    unit: 'million EventBridge Scheduler invocations',
    freePerMonth: 14_000_000,
    source: 'https://aws.amazon.com/eventbridge/pricing/',
  },
  route53HostedZone: {
    usd: 0.5,
    unit: 'hosted zone a month (outside the stack: only if your domain lives in Route 53)',
    source: 'https://aws.amazon.com/route53/pricing/',
  },
} as const satisfies Record<string, ListPrice>;
