import { env } from './env.ts';
import { requestContext } from './request-context.ts';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = Exclude<keyof typeof LEVELS, 'silent'>;
const threshold = LEVELS[env.LOG_LEVEL];

/**
 * What every line carries from the request context (shared/request-context.ts): the request id,
 * the function (Lambda's name for it; outside an invocation, the environment's) and the program,
 * each left out when unknown. The metric lines (shared/metrics.ts) carry the same.
 */
export function contextFields(): { requestId?: string; function?: string; programId?: string } {
  const { requestId, functionName, programId } = requestContext();
  return { requestId, function: functionName ?? env.AWS_LAMBDA_FUNCTION_NAME, programId };
}

/** Whether anything may be written at all (LOG_LEVEL=silent, as in the tests, writes nothing). */
export const LOGGING = env.LOG_LEVEL !== 'silent';

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

export const log = {
  debug: (message: string, fields?: Record<string, unknown>) => write('debug', message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write('info', message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write('warn', message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write('error', message, fields),
};
