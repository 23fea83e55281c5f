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

/**
 * The catch-all's refusal: 405 with the methods the route table serves at the path, or 404.
 * @throws AppError `method_not_allowed` or `not_found`, always.
 */
function refuse(method: string, path: string): never {
  const allow = allowedMethods(path);
  if (allow.length === 0) throw new AppError('not_found', `No route for ${method} ${path}`);
  throw new AppError(
    'method_not_allowed',
    `${method} is not served at ${path}; it serves ${allow.join(', ')}`,
    {
      allow,
    },
  );
}

// GET /api/openapi.json – the OpenAPI 3.1 document, generated from the zod schemas
// Built on the first request, from every app's routes: loaded then (a lazy chunk), so the
// function's cold start, which mostly answers 404s, does not parse every context's code.
docsApp.get('/api/openapi.json', async (c) => {
  // Hono answers HEAD with the GET route, but the route table routes only GET here: a HEAD came
  // through the catch-all and gets its 405, as at every other path served by GET alone.
  if (c.req.method === 'HEAD') refuse(c.req.method, c.req.path);
  document ??= (await import('./http/openapi-document.ts')).buildOpenApiDocument();
  c.header('cache-control', 'public, max-age=300');
  return c.json(document);
});

// ANY /api/{proxy+} and /r/{proxy+} – what no other route took
docsApp.all('*', (c) => refuse(c.req.method, c.req.path));

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
