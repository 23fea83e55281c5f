import type { Env, Hono, Schema } from 'hono';
import { handle, type LambdaContext, type LambdaEvent } from 'hono/aws-lambda';
import { AppError } from '#shared/errors.ts';
import { toErrorResponse } from './error-mapper.ts';

/** API Gateway's HTTP API event (payload 2.0), as Hono's adapter types it. */
type HttpApiEvent = Extract<LambdaEvent, { rawPath: string }>;

/**
 * The Lambda entry of an API app: Hono's adapter, less the one request it cannot build. API
 * Gateway passes a body on GET and HEAD, Fetch's Request refuses one, and the adapter would
 * answer a bare-text 400 ("Invalid request"); such a request gets the one error shape instead.
 */
export function handleApi<E extends Env, S extends Schema, B extends string>(app: Hono<E, S, B>) {
  const handler = handle(app);
  return async (event: HttpApiEvent, context?: LambdaContext) => {
    const method = event.requestContext?.http?.method;
    if ((method === 'GET' || method === 'HEAD') && event.body) {
      const requestId = event.requestContext.requestId;
      const { status, body } = toErrorResponse(
        new AppError('bad_request', `A ${method} request takes no body`),
        requestId,
      );
      return {
        statusCode: status,
        headers: {
          'content-type': 'application/json',
          'cache-control': 'no-store',
          'x-request-id': requestId,
        },
        body: JSON.stringify(body),
        isBase64Encoded: false,
      };
    }
    return handler(event, context);
  };
}
