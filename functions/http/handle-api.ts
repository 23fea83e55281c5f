import type { Env, Hono, Schema } from 'hono';
import { handle, type LambdaContext, type LambdaEvent } from 'hono/aws-lambda';
import { AppError } from '#shared/errors.ts';
import { toErrorResponse } from './error-mapper.ts';

/** API Gateway's HTTP API event (payload 2.0), as Hono's adapter types it. */
type HttpApiEvent = Extract<LambdaEvent, { rawPath: string }>;

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
  } catch {}
  return found;
}

/**
 * The Lambda entry of an API app: Hono's adapter, less the requests it cannot build or must not
 * read. API Gateway passes a body on GET and HEAD, which Fetch's Request refuses (the adapter
 * would answer a bare-text 400); and a `__proto__` key is refused (see above). Such a request
 * gets the one error shape. `refuse` adds a function's own checks of the raw event.
 */
export function handleApi<E extends Env, S extends Schema, B extends string>(
  app: Hono<E, S, B>,
  refuse: (event: HttpApiEvent) => AppError | undefined = () => undefined,
) {
  const handler = handle(app);
  return async (event: HttpApiEvent, context?: LambdaContext) => {
    const method = event.requestContext?.http?.method;
    const body = event.isBase64Encoded ? undefined : event.body;
    const refused =
      refuse(event) ??
      ((method === 'GET' || method === 'HEAD') && event.body
        ? new AppError('bad_request', `A ${method} request takes no body`)
        : body && hasProtoKey(body)
          ? new AppError('validation_failed', 'A key named __proto__ is not accepted anywhere in the body')
          : undefined);
    if (!refused) return handler(event, context);
    const requestId = event.requestContext?.requestId ?? '';
    const answer = toErrorResponse(refused, requestId);
    return {
      statusCode: answer.status,
      headers: {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'x-request-id': requestId,
        ...answer.headers,
      },
      body: JSON.stringify(answer.body),
      isBase64Encoded: false,
    };
  };
}

export type { HttpApiEvent };
