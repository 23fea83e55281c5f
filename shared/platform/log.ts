import { env } from './env.ts';
import { type MetricName, metricLine } from './metrics.ts';
import { requestContext } from './request-context.ts';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = Exclude<keyof typeof LEVELS, 'silent'>;
const threshold = LEVELS[env.LOG_LEVEL];

/**
 * What every line carries from the request context (shared/platform/request-context.ts): the request id,
 * the function (Lambda's name for it; outside an invocation, the environment's) and the program,
 * each left out when unknown. The metric lines carry the same.
 */
function contextFields(): { requestId?: string; function?: string; programId?: string } {
  const { requestId, functionName, programId } = requestContext();
  return { requestId, function: functionName ?? env.AWS_LAMBDA_FUNCTION_NAME, programId };
}

/** One JSON line per entry, which CloudWatch Logs Insights can query. */
function write(level: Level, message: string, fields?: Record<string, unknown>): void {
  if (LEVELS[level] < threshold) return;
  const line = JSON.stringify({
    level,
    time: new Date().toISOString(),
    message,
    ...contextFields(),
    ...fields,
  });
  if (level === 'error' || level === 'warn') console.error(line);
  else console.log(line);
}

/** The logger: one JSON line per entry with the request context, and EMF counts. */
export const log = {
  debug: (message: string, fields?: Record<string, unknown>) => write('debug', message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write('info', message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write('warn', message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write('error', message, fields),
  /**
   * Counts one `name` (shared/platform/metrics.ts), with the request context and `fields` as properties.
   * Written at every LOG_LEVEL but silent: a metric is no chatter to turn down.
   */
  metric: (name: MetricName, fields?: Record<string, unknown>) => {
    if (env.LOG_LEVEL !== 'silent') console.log(metricLine(name, { ...contextFields(), ...fields }));
  },
};
