import type { Env, Hono, Schema } from 'hono';
import { handle, type LambdaContext, type LambdaEvent } from 'hono/aws-lambda';
import { AppError } from '#shared/errors.ts';
import { allowedMethods } from './allowed-methods.ts';
import { toErrorResponse } from './error-mapper.ts';

/** API Gateway's HTTP API event (payload 2.0), as Hono's adapter types it. */
type HttpApiEvent = Extract<LambdaEvent, { rawPath: string }>;

/** Methods Fetch's Request will not carry: Hono could not even see them. */
const UNCARRIED_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** An answer in the one error shape, built without the app (for what the app cannot be asked). */
function refusal(error: AppError, requestId: string) {
  const { status, body, headers } = toErrorResponse(error, requestId);
  return {
    statusCode: status,
    headers: {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      'x-request-id': requestId,
      ...headers,
    },
    body: JSON.stringify(body),
    isBase64Encoded: false,
  };
}

/**
 * Whether a JSON body has a `__proto__` key at any depth. Zod's records drop such a key without
 * a word, so a body the OpenAPI document refuses would be taken; it is refused instead, before
 * any route reads it. Not JSON is the route's to refuse.
 */
function hasProtoKey(body: string): boolean {
  if (!body.includes('proto') && !body.includes('\\u')) return false;
  let found = false;
  try {
    JSON.parse(body, (key, value: unknown) => {
      if (key === '__proto__') found = true;
      return value;
    });
  } catch {
    return false;
  }
  return found;
}

/**
 * The Lambda entry of an API app: Hono's adapter, less the requests it cannot build. API
 * Gateway passes a body on GET and HEAD, and methods such as TRACE, which Fetch's Request
 * refuses; the adapter would answer a bare-text 400 ("Invalid request"). Such a request gets
 * the one error shape instead: a 400, or a 405 with `Allow` (no route serves TRACE).
 */
export function handleApi<E extends Env, S extends Schema, B extends string>(app: Hono<E, S, B>) {
  const handler = handle(app);
  return async (event: HttpApiEvent, context?: LambdaContext) => {
    const method = event.requestContext?.http?.method ?? '';
    const requestId = event.requestContext?.requestId ?? '';
    if (UNCARRIED_METHODS.has(method.toUpperCase())) {
      const allow = allowedMethods(event.rawPath);
      return refusal(
        allow.length
          ? new AppError('method_not_allowed', `${method} is not served here`, { allow })
          : new AppError('not_found', `No route for ${method} ${event.rawPath}`),
        requestId,
      );
    }
    if ((method === 'GET' || method === 'HEAD') && event.body) {
      return refusal(new AppError('bad_request', `A ${method} request takes no body`), requestId);
    }
    if (event.body && !event.isBase64Encoded && hasProtoKey(event.body)) {
      return refusal(
        new AppError('validation_failed', 'A key named __proto__ is not accepted anywhere in the body'),
        requestId,
      );
    }
    return handler(event, context);
  };
}
