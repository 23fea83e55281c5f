/**
 * Embassy's own CloudWatch metrics: their names, and the Embedded Metric Format line that counts
 * one. `log.metric` (shared/platform/log.ts) writes the line; CDK charts the metrics by these names
 * (cdk/operations-dashboards.ts), which is why this module reads no environment.
 */

/**
 * The CloudWatch namespace of Embassy's own metrics. One for every stack: the `function`
 * dimension (Lambda's function name, which carries the stack's) tells stacks apart.
 */
export const METRIC_NAMESPACE = 'Embassy';

/**
 * The few numbers operators watch, each a count. Each name and function that emits it is one
 * custom metric, billed only in the hours it receives data (cdk/list-prices.ts): so failures
 * and rarities, never per-request traffic, and never a program as a dimension (the program id
 * rides along as a property, which Logs Insights can query for free).
 */
export const METRICS = {
  /** A stream record a consumer failed (rollups, activity, notifier: an email not sent); after the retries it is parked. */
  streamRecordsFailed: 'StreamRecordsFailed',
  /** A click whose write outlasted its budget: the visitor went on, the click may be lost. */
  lateClicks: 'LateClicks',
  /** An inbound webhook delivery (Shopify's) answered with an error. */
  webhookDeliveriesFailed: 'WebhookDeliveriesFailed',
  /** An outbound webhook delivery that used up its retries (or its endpoint went away): in the dead letters. */
  outboundWebhooksFailed: 'OutboundWebhooksFailed',
} as const;

export type MetricName = (typeof METRICS)[keyof typeof METRICS];

/**
 * One count of `name` as a line in CloudWatch's Embedded Metric Format: Lambda sends the line to
 * the log group and CloudWatch extracts the metric from it, with no API call and no agent. The
 * dimension is `properties.function`; every other property is searchable but no dimension.
 */
export function metricLine(name: MetricName, properties: Record<string, unknown>): string {
  return JSON.stringify({
    _aws: {
      Timestamp: Date.now(),
      CloudWatchMetrics: [
        {
          Namespace: METRIC_NAMESPACE,
          // A dimension must be on the line; outside Lambda (tests, scripts) there may be no function name.
          Dimensions: [typeof properties.function === 'string' ? ['function'] : []],
          Metrics: [{ Name: name, Unit: 'Count' }],
        },
      ],
    },
    ...properties,
    [name]: 1,
  });
}
