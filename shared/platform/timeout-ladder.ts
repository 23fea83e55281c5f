/**
 * The timeout ladder, in one place: one AWS call (every attempt, and the backoff between them)
 * gives up before the Lambda function times out, which happens before API Gateway gives up on
 * the function. So a slow dependency ends in the function's own error (a 503 with the error
 * shape and a request id), never in a Lambda timeout or API Gateway's bare 503. The CDK test
 * checks the ladder for every function (cdk/embassy-stack.test.ts).
 *
 * Plain constants without imports: the stack reads them, and every function bundle carries them.
 */
export const SDK_TIMEOUTS = {
  /** Opening a connection (TLS included). Within the region that takes tens of milliseconds. */
  connectionTimeoutMs: 1000,
  /**
   * One attempt, from sending until the response arrives (the connection included). DynamoDB
   * answers in milliseconds; a large transaction or a 1 MB page, in a few hundred.
   */
  requestTimeoutMs: 2000,
  /** The first attempt and two retries (the SDK's standard mode). */
  maxAttempts: 3,
  /**
   * The most the SDK waits between attempts. Its standard retry strategy backs off with full
   * jitter from 1 s for throttling errors (50 ms otherwise), doubling each retry: at most
   * 1 s + 2 s for three attempts (@smithy/core, retries-2026-config).
   */
  backoffAllowanceMs: 3000,
} as const;

/** Reading a secret from Secrets Manager: one attempt; a failure is tried again on the next use. */
export const SECRET_FETCH_TIMEOUT_MS = 2000;

/** API Gateway HTTP API's integration timeout (its maximum). Routed functions must answer sooner. */
export const API_GATEWAY_TIMEOUT_MS = 30_000;

/**
 * The longest one SDK call can take: every attempt runs into its request timeout, and every
 * wait between them is the longest the backoff allows.
 */
export function sdkCallWorstCaseMs(requestTimeoutMs: number = SDK_TIMEOUTS.requestTimeoutMs): number {
  return SDK_TIMEOUTS.maxAttempts * requestTimeoutMs + SDK_TIMEOUTS.backoffAllowanceMs;
}

/**
 * The request handler options every SDK client takes (a plain object: the SDK builds its
 * default Node handler from it, so no handler package is imported). `throwOnRequestTimeout`
 * matters: without it, @smithy/node-http-handler 4 only logs a warning when the request
 * timeout passes, and a hung request runs on until the Lambda timeout.
 */
export function sdkRequestHandler(requestTimeoutMs: number = SDK_TIMEOUTS.requestTimeoutMs) {
  return {
    connectionTimeout: Math.min(SDK_TIMEOUTS.connectionTimeoutMs, requestTimeoutMs),
    requestTimeout: requestTimeoutMs,
    throwOnRequestTimeout: true,
  };
}
