import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from './errors.ts';

/**
 * The time the request being served has left, so that a retry loop (a transaction cancelled by
 * a concurrent writer, read again and tried again) stops while there is still time to answer.
 * Without it, many writers on one record can keep a loop going until the Lambda function times
 * out, and API Gateway answers its bare 500 in place of our 503 with Retry-After.
 *
 * The deadline lives in AsyncLocalStorage (set by functions/http/handle-api.ts from the Lambda
 * context) rather than in every service's parameters: the loops sit several calls below the
 * route. Outside a request (a stream consumer, a script) there is no deadline, and each loop
 * keeps only its own attempt cap.
 */
const deadlines = new AsyncLocalStorage<number>();

/**
 * What a retry must leave: one more attempt (a few reads and a transaction) with room to spare.
 * Tens of milliseconds in AWS; seconds on DynamoDB Local under load, which is what it is sized for.
 */
export const RETRY_RESERVE_MS = 4000;

/** Runs `serve` with the deadline `remainingMs` from now; none when it is unknown. */
export function withDeadline<T>(remainingMs: number | undefined, serve: () => T): T {
  return remainingMs === undefined ? serve() : deadlines.run(Date.now() + remainingMs, serve);
}

/** Milliseconds until the current request's deadline; Infinity outside a request. */
export function timeLeftMs(): number {
  const deadline = deadlines.getStore();
  return deadline === undefined ? Number.POSITIVE_INFINITY : deadline - Date.now();
}

/**
 * Waits before attempt `attempt + 1` of a conflicting write: a random pause up to `stepMs` per
 * attempt so far (full jitter, growing linearly). @throws AppError `unavailable` (503, the
 * client tries again) when the request has too little time left for another attempt.
 */
export async function pauseBeforeRetry(attempt: number, stepMs: number, message: string): Promise<void> {
  if (timeLeftMs() < RETRY_RESERVE_MS) throw new AppError('unavailable', message);
  await new Promise((resolve) => setTimeout(resolve, Math.random() * stepMs * (attempt + 1)));
}
