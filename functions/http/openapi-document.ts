import { OpenAPIHono } from '@hono/zod-openapi';
import { analyticsApp } from '../analytics/app.ts';
import { challengesApp } from '../challenges/app.ts';
import { programsApp } from '../programs/app.ts';
import { referralsApp } from '../referrals/app.ts';

/**
 * The API's OpenAPI 3.1 document, generated from every context app's route definitions.
 * Imported only by the docs function, so the other bundles do not carry every schema.
 */
export function buildOpenApiDocument() {
  const all = new OpenAPIHono()
    .route('/', programsApp)
    .route('/', challengesApp)
    .route('/', referralsApp)
    .route('/', analyticsApp);
  const registry = all.openAPIRegistry;
  registry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'The Cognito ID token from sign-in (USER_PASSWORD_AUTH or SRP).',
  });
  registry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description:
      'A program API key (emb_…) from POST /api/programs/{programId}/api-keys, for the shop’s server.',
  });
  const document = all.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Embassy API',
      version: '0.1.0',
      description:
        'Brand-ambassador programs: applications, challenges, content and referrals. ' +
        'Every error body is { "error": { "code", "message", "details"?, "requestId" } }.',
    },
  });
  document.paths ??= {};
  document.paths['/r/{code}'] = {
    get: {
      tags: ['Referrals'],
      summary: 'Follow a referral link',
      description:
        "302 to the program's landing URL with ref={code} added. A suspended ambassador's code still " +
        'redirects, without ref (no attribution). An unknown code gives 404.',
      parameters: [
        { name: 'code', in: 'path', required: true, schema: { type: 'string', example: 'ANNA-7K2Q' } },
      ],
      responses: {
        302: { description: 'Redirect to the landing page' },
        404: { description: 'Unknown code' },
      },
    },
  };
  return document;
}
