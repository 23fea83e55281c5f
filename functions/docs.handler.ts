import { handle } from 'hono/aws-lambda';
import { createApp } from './http/create-app.ts';
import { buildOpenApiDocument } from './http/openapi-document.ts';

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

/** `/api/openapi.json`, and the error-shaped 404 for any API path no other function serves. */
export const docsApp = createApp();

// GET /api/openapi.json – the OpenAPI 3.1 document, generated from the zod schemas
docsApp.get('/api/openapi.json', (c) => {
  document ??= buildOpenApiDocument();
  c.header('cache-control', 'public, max-age=300');
  return c.json(document);
});

export const handler = handle(docsApp);
