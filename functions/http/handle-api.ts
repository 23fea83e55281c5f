import type { Env, Hono, Schema } from 'hono';
import { handle, type LambdaContext, type LambdaEvent } from 'hono/aws-lambda';
import { AppError } from '#shared/errors.ts';
import { ORIGIN_HEADER, viaCloudFront } from '#shared/secrets/origin-secret.store.ts';
import { toErrorResponse } from './error-mapper.ts';

/** API Gateway's HTTP API event (payload 2.0), as Hono's adapter types it. */
type HttpApiEvent = Extract<LambdaEvent, { rawPath: string }>;

/** An error answered before the app runs, in the one error shape. */
function errorResult(error: unknown, requestId: string) {
  const { status, body, headers } = toErrorResponse(error, requestId);
  return {
    statusCode: status,
    headers: {
      ...headers,
      'content-type': 'application/json',
      'cache-control': 'no-store',
      'x-request-id': requestId,
    },
    body: JSON.stringify(body),
    isBase64Encoded: false,
  };
}

/**
 * The Lambda entry of an API app: Hono's adapter, behind two checks it cannot make itself.
 * - A request that did not come through CloudFront (no origin header, or the wrong one) gets
 *   403: the `execute-api` endpoint is no way around CloudFront's headers and caching. Locally
 *   the check is off unless ORIGIN_SECRET is set (shared/env.ts).
 * - API Gateway passes a body on GET and HEAD, Fetch's Request refuses one, and the adapter would
 *   answer a bare-text 400 ("Invalid request"); such a request gets the one error shape instead.
 */
export function handleApi<E extends Env, S extends Schema, B extends string>(app: Hono<E, S, B>) {
  const handler = handle(app);
  return async (event: HttpApiEvent, context?: LambdaContext) => {
    const requestId = event.requestContext?.requestId ?? crypto.randomUUID();
    try {
      if (!(await viaCloudFront(event.headers?.[ORIGIN_HEADER]))) {
        return errorResult(
          new AppError('forbidden', 'This API answers only requests made through its own domain'),
          requestId,
        );
      }
    } catch (error) {
      return errorResult(error, requestId);
    }
    const method = event.requestContext?.http?.method;
    if ((method === 'GET' || method === 'HEAD') && event.body) {
      return errorResult(new AppError('bad_request', `A ${method} request takes no body`), requestId);
    }
    return handler(event, context);
  };
}
