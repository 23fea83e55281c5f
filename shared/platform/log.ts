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

/**
 * Fields whose values never reach a log, whoever passes them: payout details (an ambassador's
 * bank account or PayPal email) and the boxes secrets are sealed in.
 */
const REDACTED_FIELDS = new Set([
  'iban',
  'accountHolder',
  'email',
  'paypalEmail',
  'sealedDetails',
  'sealedAccount',
  'sealedSecret',
  'webhookSecret',
]);

/** An IBAN in any text (two letters, two check digits, 11–30 letters or digits, spaces between allowed). */
const IBAN_LIKE = /\b([A-Z]{2}[0-9]{2})(?: ?[A-Z0-9]){7,26}((?: ?[A-Z0-9]){4})\b/g;
/** An email address in any text. */
const EMAIL_LIKE = /\b([A-Za-z0-9])[A-Za-z0-9._%+'-]*@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})\b/g;

/**
 * A text with every IBAN and email in it masked as the API masks them (`DE89 **** 3000`,
 * `a***@example.com`): a library's error message that quotes a value it refused, a stream record,
 * a payload, cannot carry one into the logs.
 */
export function scrub(text: string): string {
  return text
    .replace(IBAN_LIKE, (_match, head: string, tail: string) => `${head} **** ${tail.replaceAll(' ', '')}`)
    .replace(EMAIL_LIKE, (_match, first: string, domain: string) => `${first}***@${domain}`);
}

function redact(key: string, value: unknown): unknown {
  if (REDACTED_FIELDS.has(key) && value !== undefined && value !== null) return '[redacted]';
  return typeof value === 'string' ? scrub(value) : value;
}

/** One JSON line per entry, which CloudWatch Logs Insights can query; payout details redacted. */
function write(level: Level, message: string, fields?: Record<string, unknown>): void {
  if (LEVELS[level] < threshold) return;
  const line = JSON.stringify(
    {
      level,
      time: new Date().toISOString(),
      message,
      ...contextFields(),
      ...fields,
    },
    redact,
  );
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
