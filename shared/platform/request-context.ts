import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What is known about the invocation being served, for every log line (shared/platform/log.ts) and
 * metric (shared/platform/metrics.ts) it writes, and for the optimistic-retry loop
 * (shared/platform/db/optimistic-retry.ts), which stops while there is still time to answer.
 *
 * It lives in AsyncLocalStorage rather than in every service's parameters: the log calls and the
 * retry loops sit several calls below the handler. Handlers set it (functions/http/handle-api.ts,
 * the redirect, the stream handler and the scheduler, through {@link withInvocation}); a stream
 * consumer narrows it to the program of the records in hand. Outside an invocation (INIT, a
 * script) it is empty: no deadline, and lines carry only what the environment says.
 */
export type RequestContext = {
  /** The id the caller can quote: API Gateway's request id, else Lambda's invocation id. */
  requestId?: string | undefined;
  /** The Lambda function's name, as its context gives it (the local gateway names its own). */
  functionName?: string | undefined;
  /** The program the request or the records in hand belong to, when one is known. */
  programId?: string | undefined;
  /**
   * When the invocation must have answered (epoch milliseconds). Without it, many writers on one
   * record could keep a retry loop going until the Lambda function times out, and API Gateway
   * would answer its bare 500 in place of our 503.
   */
  deadline?: number | undefined;
};

/** The parts of Lambda's context the request context reads (the local gateway gives the same). */
export type LambdaContextLike = {
  awsRequestId?: string;
  functionName?: string;
  getRemainingTimeInMillis?: () => number;
};

const contexts = new AsyncLocalStorage<RequestContext>();

/** The context of the invocation being served; empty outside one. */
export function requestContext(): RequestContext {
  return contexts.getStore() ?? {};
}

/** Runs `serve` in the current context with `fields` added (a field set to undefined is kept from the outer one). */
export function withRequestContext<T>(fields: RequestContext, serve: () => T): T {
  const outer = requestContext();
  const defined = Object.entries(fields).filter(([, value]) => value !== undefined);
  return contexts.run({ ...outer, ...Object.fromEntries(defined) }, serve);
}

/** The request context a Lambda context gives: invocation id, function name and deadline. */
export function fromLambdaContext(context: LambdaContextLike | undefined): RequestContext {
  const remainingMs = context?.getRemainingTimeInMillis?.();
  return {
    requestId: context?.awsRequestId,
    functionName: context?.functionName,
    deadline: remainingMs === undefined ? undefined : Date.now() + remainingMs,
  };
}

/**
 * An event handler (a stream consumer, the scheduler) that runs in the request context of each
 * invocation. Not a middy middleware: middy's before and after hooks cannot scope an
 * AsyncLocalStorage to the handler's run, which is all the wrapping these handlers need.
 */
export function withInvocation<E, R>(
  handler: (event: E) => Promise<R>,
): (event: E, context?: LambdaContextLike) => Promise<R> {
  return (event, context) => withRequestContext(fromLambdaContext(context), () => handler(event));
}

/** Milliseconds until the current invocation's deadline; Infinity when it has none. */
export function timeLeftMs(): number {
  const { deadline } = requestContext();
  return deadline === undefined ? Number.POSITIVE_INFINITY : deadline - Date.now();
}
