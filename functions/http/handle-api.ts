import type { Env, Hono, Schema } from 'hono';
import { defaultIsContentTypeBinary, handle, type LambdaContext, type LambdaEvent } from 'hono/aws-lambda';
import { AppError } from '#shared/errors.ts';
import { fromLambdaContext, withRequestContext } from '#shared/platform/request-context.ts';
import { ORIGIN_HEADER, viaCloudFront } from '#shared/platform/secrets/origin-secret.store.ts';
import { toErrorResponseIn } from './error-mapper.ts';

/** API Gateway's HTTP API event (payload 2.0), as Hono's adapter types it. */
type HttpApiEvent = Extract<LambdaEvent, { rawPath: string }>;

/** An error answered before the app runs, in the one error shape and the request's language. */
async function errorResult(error: unknown, requestId: string, event: HttpApiEvent) {
  const { status, body, headers } = await toErrorResponseIn(
    error,
    requestId,
    event.headers?.['accept-language'],
  );
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
 * The Lambda entry of an API app: Hono's adapter, behind the checks it cannot make itself.
 * - A request that did not come through CloudFront (no origin header, or the wrong one) gets
 *   403: the `execute-api` endpoint is no way around CloudFront's headers and caching. Locally
 *   the check is off unless ORIGIN_SECRET is set (shared/platform/env.ts).
 * - API Gateway passes a body on GET and HEAD, which Fetch's Request refuses (the adapter would
 *   answer a bare-text 400); such a request gets the one error shape instead.
 * - A `__proto__` key is refused (see above).
 * `refuse` adds a function's own checks of the raw event.
 * - `app` is the function's app, or, for a function of several route modules, what picks and
 *   loads the app of the request's module on first use (functions/http/route-groups.ts).
 * - Everything runs in the request context (shared/platform/request-context.ts): API Gateway's request id
 *   (the one error bodies quote), the function, the program of `/api/programs/{programId}/…`,
 *   and the Lambda context's deadline, so retry loops answer 503 in time.
 */
export function handleApi<E extends Env, S extends Schema, B extends string>(
  app: Hono<E, S, B> | ((event: HttpApiEvent) => Promise<Hono<E, S, B>>),
  refuse: (event: HttpApiEvent) => AppError | undefined = () => undefined,
) {
  // A CSV goes out as bytes: read as text, the adapter's decoder would drop the byte order mark
  // that makes Excel read it as UTF-8.
  const adapt = (one: Hono<E, S, B>) =>
    handle(one, {
      isContentTypeBinary: (type) => defaultIsContentTypeBinary(type) || type.startsWith('text/csv'),
    });
  const adapted = new WeakMap<Hono<E, S, B>, ReturnType<typeof adapt>>();
  const handlerFor = async (event: HttpApiEvent) => {
    const one = typeof app === 'function' ? await app(event) : app;
    const known = adapted.get(one);
    if (known) return known;
    const handler = adapt(one);
    adapted.set(one, handler);
    return handler;
  };
  const serve = async (event: HttpApiEvent, requestId: string, context?: LambdaContext) => {
    // Started before the origin check, which a cold container in AWS waits on (the secret's first
    // read): loading the request's route module overlaps that wait instead of following it.
    const ready = handlerFor(event);
    ready.catch(() => undefined);
    try {
      if (!(await viaCloudFront(event.headers?.[ORIGIN_HEADER]))) {
        return errorResult(
          new AppError('forbidden', 'This API answers only requests made through its own domain'),
          requestId,
          event,
        );
      }
    } catch (error) {
      return errorResult(error, requestId, event);
    }
    const method = event.requestContext?.http?.method;
    const body = event.isBase64Encoded ? undefined : event.body;
    const refused =
      refuse(event) ??
      ((method === 'GET' || method === 'HEAD') && event.body
        ? new AppError('bad_request', `A ${method} request takes no body`)
        : body && hasProtoKey(body)
          ? new AppError('validation_failed', 'A key named __proto__ is not accepted anywhere in the body')
          : undefined);
    if (refused) return errorResult(refused, requestId, event);
    let handler: Awaited<typeof ready>;
    try {
      handler = await ready;
    } catch (error) {
      return errorResult(error, requestId, event);
    }
    return handler(event, context);
  };
  return (event: HttpApiEvent, context?: LambdaContext) => {
    const requestId = event.requestContext?.requestId ?? crypto.randomUUID();
    const programId = event.pathParameters?.programId;
    return withRequestContext(
      {
        ...fromLambdaContext(context),
        requestId,
        // Capped as ProgramParams caps it: the path is the caller's, and every line carries it.
        programId: programId && programId.length <= 64 ? programId : undefined,
      },
      () => serve(event, requestId, context),
    );
  };
}

export type { HttpApiEvent };
