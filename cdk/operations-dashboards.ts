import { Duration, Stack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Dashboard,
  GraphWidget,
  type IMetric,
  LogQueryVisualizationType,
  LogQueryWidget,
  Metric,
  Stats,
  TextWidget,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRIC_NAMESPACE, METRICS, type MetricName } from '../shared/platform/metrics.ts';
import { FUNCTIONS, type FunctionDefinition, type FunctionName, ROUTES } from '../shared/platform/routes.ts';
import { COUNTED_LOG } from '../shared/reports/counted-log.ts';
import type { EmbassyFunction } from './embassy-function.ts';

/**
 * CloudWatch gives 3 dashboards a month free, each with up to 50 metrics; each further one is
 * $3 a month (cdk/list-prices.ts). The stack's dashboards stay within that, and a test checks it.
 */
export const FREE_DASHBOARD_METRICS = 50;

/** Routed functions called now and then, not with the traffic: their signals are on `-background`. */
const OCCASIONAL: readonly FunctionName[] = ['privacy'];

/** The function whose log lines count clicks and orders (shared/reports/counted-log.ts). */
const COUNTING_FUNCTION: FunctionName = 'rollups';
/** The function that records clicks, and counts the late ones. */
const CLICK_FUNCTION: FunctionName = 'redirect';

/** Properties of {@link OperationsDashboards}. */
export type OperationsDashboardsProps = {
  functions: Record<FunctionName, EmbassyFunction>;
  httpApi: HttpApi;
  /** The API's JSON access log: route key and status per request. */
  apiAccessLogs: ILogGroup;
  deadLetterQueues: Queue[];
};

const MINUTE = Duration.minutes(1);
const WIDE = 24;
const HALF = 12;
const THIRD = 8;

/**
 * Three dashboards, all inside CloudWatch's free three (50 metrics each), from metrics AWS
 * publishes free of charge, from Logs Insights over the stack's own log groups, and from the few
 * EMF counts of rare events (shared/platform/metrics.ts: custom metrics cost $0.30 each a month, but only
 * in the hours they receive data, so none is ever per-request traffic):
 * - **traffic**: the HTTP API's requests, 4xx and 5xx; clicks and orders per minute; the
 *   Shopify webhook's failures; late clicks; the load signals of every function behind a route;
 * - **background**: the load signals of the stream, queue and scheduled functions, their iterator
 *   age and failed records, failed outbound webhook attempts, the dead-letter queues' depth, and
 *   the account's concurrency;
 * - **latency**: the HTTP API's latency, and every function's duration p50 and p99, where a cold
 *   start shows.
 * Load signals per function: invocations, errors, throttles, concurrency. Split this way, a new
 * function adds four metrics to one dashboard and two to the latency one.
 */
export class OperationsDashboards extends Construct {
  /** Requests, business traffic and the functions behind routes. */
  readonly traffic: Dashboard;
  /** Stream and scheduled functions, dead-letter queues, account concurrency. */
  readonly background: Dashboard;
  /** Every function's duration. */
  readonly latency: Dashboard;

  constructor(scope: Construct, id: string, props: OperationsDashboardsProps) {
    super(scope, id);
    const stackName = Stack.of(this).stackName;
    const names = Object.keys(FUNCTIONS) as FunctionName[];
    // Functions behind routes that see a request now and then (a person's data export or
    // deletion) show their load signals with the background work: traffic stays within 50 metrics.
    const routed = names.filter(
      (name) => ROUTES.some((route) => route.function === name) && !OCCASIONAL.includes(name),
    );
    const background = names.filter((name) => !routed.includes(name));

    this.traffic = new Dashboard(this, 'Traffic', {
      dashboardName: `${stackName}-traffic`,
      defaultInterval: Duration.hours(3),
    });
    this.traffic.addWidgets(
      new TextWidget({
        markdown:
          '# Embassy: traffic\nThe HTTP API behind CloudFront (`/api`, `/r`), clicks and orders as the reports ' +
          'count them, and the functions behind routes. Background work is on the `-background` dashboard.',
        width: WIDE,
        height: 2,
      }),
    );
    this.traffic.addWidgets(...this.apiWidgets(props.httpApi));
    this.traffic.addWidgets(...this.businessWidgets(props));
    const webhookFunctions = [
      ...new Set(ROUTES.filter((route) => route.access === 'shopify').map((route) => route.function)),
    ];
    this.traffic.addWidgets(
      new GraphWidget({
        title: 'Late clicks and failed webhook deliveries per minute',
        left: [
          embassyMetric(METRICS.lateClicks, props.functions[CLICK_FUNCTION], CLICK_FUNCTION),
          ...webhookFunctions.map((name) =>
            embassyMetric(METRICS.webhookDeliveriesFailed, props.functions[name], `${name}: webhooks`),
          ),
        ],
        width: WIDE,
      }),
    );
    this.traffic.addWidgets(...loadSignals(props.functions, routed));

    this.background = new Dashboard(this, 'Background', {
      dashboardName: `${stackName}-background`,
      defaultInterval: Duration.hours(3),
    });
    this.background.addWidgets(
      new TextWidget({
        markdown:
          '# Embassy: background\nStream consumers, the webhook sender, the scheduler, the notifier and the data export and deletion; the dead-letter queues ' +
          '(any message there needs a look: see the alarm descriptions); the account-wide concurrency.',
        width: WIDE,
        height: 2,
      }),
    );
    const streamed = background.filter((name) => (FUNCTIONS[name] as FunctionDefinition).stream);
    this.background.addWidgets(
      new GraphWidget({
        title: 'Dead-letter queues: messages waiting',
        left: props.deadLetterQueues.map((queue) =>
          queue.metricApproximateNumberOfMessagesVisible({
            period: MINUTE,
            statistic: Stats.MAXIMUM,
            label: queue.node.id,
          }),
        ),
        width: THIRD,
      }),
      new GraphWidget({
        title: 'Stream consumers: iterator age (ms)',
        left: streamed.map((name) =>
          props.functions[name].fn.metric('IteratorAge', {
            period: MINUTE,
            statistic: Stats.MAXIMUM,
            label: name,
          }),
        ),
        width: THIRD,
      }),
      new GraphWidget({
        title: 'Account concurrency (all functions; the redirect may reserve its own)',
        left: ['ConcurrentExecutions', 'UnreservedConcurrentExecutions'].map(
          (metricName) =>
            new Metric({
              namespace: 'AWS/Lambda',
              metricName,
              period: MINUTE,
              statistic: Stats.MAXIMUM,
              label: metricName,
            }),
        ),
        width: THIRD,
      }),
    );
    const sending = names.filter((name) => (FUNCTIONS[name] as FunctionDefinition).queue);
    this.background.addWidgets(
      new GraphWidget({
        title: 'Stream consumers: records failed per minute (parked after the retries)',
        left: streamed.map((name) => embassyMetric(METRICS.streamRecordsFailed, props.functions[name], name)),
        width: HALF,
      }),
      new GraphWidget({
        title: 'Outbound webhooks: attempts that failed per minute (retried, see the delivery log)',
        left: sending.map((name) =>
          embassyMetric(METRICS.outboundWebhooksFailed, props.functions[name], name),
        ),
        width: HALF,
      }),
    );
    // What runs at a person's rare action (their data's export or deletion, the user pool's
    // trigger) has its throttles and concurrency on -latency, next to its durations: both
    // dashboards stay within 50 metrics.
    const rare = background.filter(
      (name) => OCCASIONAL.includes(name) || (FUNCTIONS[name] as FunctionDefinition).cognitoTrigger,
    );
    this.background.addWidgets(
      ...callSignals(props.functions, background),
      ...capacitySignals(
        props.functions,
        background.filter((name) => !rare.includes(name)),
      ),
    );

    this.latency = new Dashboard(this, 'Latency', {
      dashboardName: `${stackName}-latency`,
      defaultInterval: Duration.hours(3),
    });
    this.latency.addWidgets(
      new TextWidget({
        markdown:
          '# Embassy: latency\nThe HTTP API’s latency, and every function’s duration, behind routes and in the background. A cold start shows in p99. ' +
          'The throttles and concurrency of the functions a person runs now and then (their data, the user pool’s trigger) are here too.',
        width: WIDE,
        height: 2,
      }),
    );
    this.latency.addWidgets(
      this.apiLatencyWidget(props.httpApi),
      ...durations(props.functions, routed, 'functions behind routes'),
      ...durations(props.functions, background, 'background functions'),
      ...capacitySignals(props.functions, rare, ': functions run at a person’s rare action'),
    );
  }

  /** The HTTP API's own metrics, free from API Gateway. */
  private apiWidgets(httpApi: HttpApi): GraphWidget[] {
    const sum = { period: MINUTE, statistic: Stats.SUM };
    return [
      new GraphWidget({
        title: 'HTTP API: requests, 4xx and 5xx per minute',
        left: [
          httpApi.metricCount({ ...sum, label: 'requests' }),
          httpApi.metricClientError({ ...sum, label: '4xx' }),
          httpApi.metricServerError({ ...sum, label: '5xx' }),
        ],
        width: WIDE,
      }),
    ];
  }

  /** The HTTP API's own latency, end to end and behind the integration: on `-latency`. */
  private apiLatencyWidget(httpApi: HttpApi): GraphWidget {
    return new GraphWidget({
      title: 'HTTP API: latency (ms)',
      left: [
        httpApi.metricLatency({ period: MINUTE, statistic: Stats.percentile(50), label: 'p50' }),
        httpApi.metricLatency({ period: MINUTE, statistic: Stats.percentile(99), label: 'p99' }),
        httpApi.metricIntegrationLatency({
          period: MINUTE,
          statistic: Stats.percentile(99),
          label: 'integration p99',
        }),
      ],
      width: WIDE,
    });
  }

  /**
   * Clicks and orders per minute, and the Shopify webhook's failed deliveries, from Logs Insights
   * over the stack's log groups: no custom metric (EMF or a metric filter would each publish
   * one at $0.30 a month), and a query over a few hours of these small log groups scans
   * kilobytes ($0.005 per GB scanned).
   */
  private businessWidgets(props: OperationsDashboardsProps): LogQueryWidget[] {
    const counting = props.functions[COUNTING_FUNCTION].logGroup.logGroupName;
    const webhooks = ROUTES.filter((route) => route.access === 'shopify').map(
      (route) => `"${route.method} ${route.path}"`,
    );
    const webhookFailures = (statusClass: '4' | '5') => [
      `filter routeKey in [${webhooks.join(', ')}] and status like /^${statusClass}/`,
      `stats count(*) as webhook${statusClass}xx by bin(5m)`,
    ];
    return [
      new LogQueryWidget({
        title: 'Clicks and orders per minute (as the reports count them)',
        logGroupNames: [counting],
        queryLines: [
          `filter message = "${COUNTED_LOG.message}"`,
          `stats sum(${COUNTED_LOG.clicks}) as clicks, sum(${COUNTED_LOG.suspiciousClicks}) as suspicious, ` +
            `sum(${COUNTED_LOG.orders}) as orders by bin(1m)`,
        ],
        view: LogQueryVisualizationType.LINE,
        width: HALF,
      }),
      new LogQueryWidget({
        title: 'Shopify webhook: 4xx per 5 minutes',
        logGroupNames: [props.apiAccessLogs.logGroupName],
        queryLines: webhookFailures('4'),
        view: LogQueryVisualizationType.LINE,
        width: HALF / 2,
      }),
      new LogQueryWidget({
        title: 'Shopify webhook: 5xx per 5 minutes',
        logGroupNames: [props.apiAccessLogs.logGroupName],
        queryLines: webhookFailures('5'),
        view: LogQueryVisualizationType.LINE,
        width: HALF / 2,
      }),
    ];
  }
}

/** One of Embassy's EMF counts (shared/platform/metrics.ts) for one function, summed per minute. */
function embassyMetric(metricName: MetricName, fn: EmbassyFunction, label: string): Metric {
  return new Metric({
    namespace: METRIC_NAMESPACE,
    metricName,
    dimensionsMap: { function: fn.fn.functionName },
    period: MINUTE,
    statistic: Stats.SUM,
    label,
  });
}

/**
 * Each function's invocations and errors (per minute), one line per function. Free metrics that
 * Lambda publishes for every function.
 */
function callSignals(functions: Record<FunctionName, EmbassyFunction>, names: FunctionName[]): GraphWidget[] {
  const sum = (name: FunctionName) => ({ period: MINUTE, statistic: Stats.SUM, label: name });
  return [
    quarterGraph(
      'Invocations',
      names.map((name) => functions[name].fn.metricInvocations(sum(name))),
    ),
    quarterGraph(
      'Errors (failed invocations)',
      names.map((name) => functions[name].fn.metricErrors(sum(name))),
    ),
  ];
}

/** Each function's throttles (per minute) and peak concurrency, one line per function. */
function capacitySignals(
  functions: Record<FunctionName, EmbassyFunction>,
  names: FunctionName[],
  of = '',
): GraphWidget[] {
  return [
    quarterGraph(
      `Throttles${of}`,
      names.map((name) =>
        functions[name].fn.metricThrottles({ period: MINUTE, statistic: Stats.SUM, label: name }),
      ),
    ),
    quarterGraph(
      `Concurrent executions (max)${of}`,
      names.map((name) =>
        functions[name].fn.metric('ConcurrentExecutions', {
          period: MINUTE,
          statistic: Stats.MAXIMUM,
          label: name,
        }),
      ),
    ),
  ];
}

/**
 * Load signals: each function's invocations, errors, throttles (per minute) and peak
 * concurrency.
 */
function loadSignals(functions: Record<FunctionName, EmbassyFunction>, names: FunctionName[]): GraphWidget[] {
  return [...callSignals(functions, names), ...capacitySignals(functions, names)];
}

const quarterGraph = (title: string, left: IMetric[]) => new GraphWidget({ title, left, width: HALF / 2 });

/** Duration p50 and p99 of `names`, one line per function. */
function durations(
  functions: Record<FunctionName, EmbassyFunction>,
  names: FunctionName[],
  which: string,
): GraphWidget[] {
  return [50, 99].map(
    (percentile) =>
      new GraphWidget({
        title: `Duration p${percentile} (ms): ${which}`,
        left: names.map((name) =>
          functions[name].fn.metricDuration({
            period: MINUTE,
            statistic: Stats.percentile(percentile),
            label: name,
          }),
        ),
        width: HALF,
      }),
  );
}
