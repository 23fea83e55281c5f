import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '#shared/errors.ts';
import { log } from '#shared/platform/log.ts';
import { METRICS } from '#shared/platform/metrics.ts';
import type { AppEnv } from './app-env.ts';
import { toErrorResponseIn, ValidationError } from './error-mapper.ts';

export const MAX_BODY_BYTES = 64 * 1024;
/** Shops send whole orders: a large one runs past 64 KB. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;
/** Where the inbound webhooks are: bigger bodies, and each failed delivery counted. */
const WEBHOOK_PREFIX = '/api/webhooks/';
/** No route takes more than a few short parameters: 4 KB of query is already absurd. */
export const MAX_QUERY_BYTES = 4 * 1024;
/** Every id in a path is at most 100 characters; 1 KB leaves room and stops megabyte paths. */
export const MAX_PATH_BYTES = 1024;

const capBody = (maxSize: number, label: string) =>
  bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError('payload_too_large', `The request body is larger than ${label}`);
    },
  });

/**
 * Refuses a query over {@link MAX_QUERY_BYTES} or a path over {@link MAX_PATH_BYTES} (as sent,
 * percent-encoded), before anything reads them.
 * @throws AppError `uri_too_long`.
 */
export function assertUrlWithinCaps(url: string): void {
  const { pathname, search } = new URL(url);
  if (search.length - 1 > MAX_QUERY_BYTES)
    throw new AppError('uri_too_long', `The query string is longer than ${MAX_QUERY_BYTES} bytes`);
  if (pathname.length > MAX_PATH_BYTES)
    throw new AppError('uri_too_long', `The path is longer than ${MAX_PATH_BYTES} bytes`);
}

/**
 * An API app with the cross-cutting parts every context shares: request id, URL and body caps,
 * validation errors routed to the one error mapper (a failed webhook delivery counted), and the
 * error-shaped 404.
 */
export function createApp() {
  const app = createRouter();
  app.use('*', async (c, next) => {
    c.set('requestId', c.env?.requestContext?.requestId ?? crypto.randomUUID());
    assertUrlWithinCaps(c.req.url);
    await next();
    c.header('x-request-id', c.get('requestId'));
    if (!c.res.headers.has('cache-control')) c.header('cache-control', 'no-store');
  });
  const apiCap = capBody(MAX_BODY_BYTES, '64 KB');
  const webhookCap = capBody(MAX_WEBHOOK_BODY_BYTES, '1 MB');
  app.use('*', (c, next) => (c.req.path.startsWith(WEBHOOK_PREFIX) ? webhookCap(c, next) : apiCap(c, next)));
  app.onError(async (error, c) => {
    const requestId = c.get('requestId') ?? crypto.randomUUID();
    const { status, body, headers } = await toErrorResponseIn(
      error,
      requestId,
      c.req.header('accept-language'),
    );
    if (c.req.path.startsWith(WEBHOOK_PREFIX))
      log.metric(METRICS.webhookDeliveriesFailed, { status, code: body.error.code });
    return c.json(body, status as 400, { ...headers, 'x-request-id': requestId });
  });
  app.notFound(async (c) => {
    const { status, body } = await toErrorResponseIn(
      new AppError('not_found', `No route for ${c.req.method} ${c.req.path}`),
      c.get('requestId') ?? crypto.randomUUID(),
      c.req.header('accept-language'),
    );
    return c.json(body, status as 404);
  });
  return app;
}

/** A group of routes, mounted on an app with `app.route('/', router)`. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw new ValidationError(result.target, result.error);
    },
  });
}

export type App = ReturnType<typeof createApp>;
