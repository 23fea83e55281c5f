import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The time the request being served has left, so that the optimistic-retry loop
 * (shared/db/optimistic-retry.ts) stops while there is still time to answer. Without it, many
 * writers on one record can keep a loop going until the Lambda function times out, and API
 * Gateway answers its bare 500 in place of our 503.
 *
 * The deadline lives in AsyncLocalStorage (set by functions/http/handle-api.ts from the Lambda
 * context) rather than in every service's parameters: the loops sit several calls below the
 * route. Outside a request (a stream consumer, a script) there is no deadline, and the loop
 * keeps only its attempt cap.
 */
const deadlines = new AsyncLocalStorage<number>();

/** Runs `serve` with the deadline `remainingMs` from now; none when it is unknown. */
export function withDeadline<T>(remainingMs: number | undefined, serve: () => T): T {
  return remainingMs === undefined ? serve() : deadlines.run(Date.now() + remainingMs, serve);
}

/** Milliseconds until the current request's deadline; Infinity outside a request. */
export function timeLeftMs(): number {
  const deadline = deadlines.getStore();
  return deadline === undefined ? Number.POSITIVE_INFINITY : deadline - Date.now();
}
