import { createApp } from './http/create-app.ts';
import { handleApi } from './http/handle-api.ts';
import type { buildOpenApiDocument } from './http/openapi-document.ts';

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

/** `/api/openapi.json`, and the error-shaped 404 for any API path no other function serves. */
export const docsApp = createApp();

// GET /api/openapi.json – the OpenAPI 3.1 document, generated from the zod schemas
// Built on the first request, from every app's routes: loaded then (a lazy chunk), so the
// function's cold start, which mostly answers 404s, does not parse every context's code.
docsApp.get('/api/openapi.json', async (c) => {
  document ??= (await import('./http/openapi-document.ts')).buildOpenApiDocument();
  c.header('cache-control', 'public, max-age=300');
  return c.json(document);
});

export const handler = handleApi(docsApp);
