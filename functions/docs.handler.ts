import { AppError } from '#shared/errors.ts';
import { allowedMethods } from './http/allowed-methods.ts';
import { createApp } from './http/create-app.ts';
import { handleApi } from './http/handle-api.ts';
import type { buildOpenApiDocument } from './http/openapi-document.ts';

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

/**
 * `/api/openapi.json`, and the catch-all's answers for requests no other route took: 405 with
 * `Allow` for a method a path does not serve, else the error-shaped 404.
 */
export const docsApp = createApp();

// GET /api/openapi.json – the OpenAPI 3.1 document, generated from the zod schemas
// Built on the first request, from every app's routes: loaded then (a lazy chunk), so the
// function's cold start, which mostly answers 404s, does not parse every context's code.
docsApp.get('/api/openapi.json', async (c) => {
  document ??= (await import('./http/openapi-document.ts')).buildOpenApiDocument();
  c.header('cache-control', 'public, max-age=300');
  return c.json(document);
});

// ANY /api/{proxy+} and /r/{proxy+} – what no other route took
docsApp.all('*', (c) => {
  const allow = allowedMethods(c.req.path);
  if (allow.length === 0) throw new AppError('not_found', `No route for ${c.req.method} ${c.req.path}`);
  throw new AppError(
    'method_not_allowed',
    `${c.req.method} is not served at ${c.req.path}; it serves ${allow.join(', ')}`,
    { allow },
  );
});

/** Methods Fetch's Request will not carry, so Hono never sees them: only this catch-all gets them. */
const UNCARRIED_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

export const handler = handleApi(docsApp, (event) => {
  const method = event.requestContext?.http?.method?.toUpperCase() ?? '';
  if (!UNCARRIED_METHODS.has(method)) return undefined;
  const allow = allowedMethods(event.rawPath);
  return allow.length
    ? new AppError('method_not_allowed', `${method} is not served at ${event.rawPath}`, { allow })
    : new AppError('not_found', `No route for ${method} ${event.rawPath}`);
});
