import { OpenAPIHono } from '@hono/zod-openapi';
import { type Access, ROUTES, type RouteDefinition } from '#shared/platform/routes.ts';
import { accountsApp } from '../accounts/app.ts';
import { analyticsApp } from '../analytics/app.ts';
import { challengesApp } from '../challenges/app.ts';
import { contentApp } from '../content/app.ts';
import { privacyApp } from '../privacy/app.ts';
import { programsApp } from '../programs/app.ts';
import { referralsApp } from '../referrals/app.ts';
import { rewardsApp } from '../rewards/app.ts';
import { shopifyCodesApp } from '../shopify-codes/app.ts';
import { webhooksApp } from '../webhooks/app.ts';
import { registerWebhookEvents } from '../webhooks/webhook-events.doc.ts';

type Document = ReturnType<OpenAPIHono['getOpenAPI31Document']>;
// biome-ignore lint/suspicious/noExplicitAny: the generator's operation type is a deep union; entries are edited as JSON.
type Json = Record<string, any>;

const errorRef = { $ref: '#/components/schemas/Error' };
const gatewayRef = { $ref: '#/components/schemas/GatewayMessage' };

/** How each kind of access is proven, as the document's security requirement. */
const SECURITY: Record<Access, Array<Record<string, string[]>>> = {
  public: [],
  signedIn: [{ bearerAuth: [] }],
  admin: [{ bearerAuth: [] }],
  member: [{ bearerAuth: [] }],
  manager: [{ bearerAuth: [] }],
  owner: [{ bearerAuth: [] }],
  selfOrManager: [{ bearerAuth: [] }],
  self: [{ bearerAuth: [] }],
  selfOrSales: [{ bearerAuth: [] }],
  sales: [{ bearerAuth: [] }],
  staff: [{ bearerAuth: [] }],
  apiKey: [{ apiKey: [] }],
  shopify: [{ shopifyHmac: [] }],
};

/** The referral redirect: served by its own function with no framework, so described here. */
function redirectOperation(route: RouteDefinition): Json {
  const tracked = route.path.includes('{slug}');
  const head = route.method === 'HEAD';
  return {
    tags: ['Referrals'],
    summary: `${head ? 'Check' : 'Follow'} ${tracked ? 'a tracked link' : 'a referral link'}`,
    description:
      `302 to ${tracked ? "the tracked link's page (or the program's landing URL when its domain is no longer allowed)" : "the program's landing URL"} ` +
      'with `ref={code}` and `rid={clickId}` added. A suspended ambassador’s code still redirects, without ref ' +
      `(no attribution). An unknown code${tracked ? ' or slug' : ''} gives 404.${head ? ' HEAD redirects without counting a click.' : ' Bots are redirected but not counted.'}`,
    parameters: [
      {
        name: 'code',
        in: 'path',
        required: true,
        description: 'The referral code (any case).',
        schema: { type: 'string', example: 'ANNA-7K2Q' },
      },
      ...(tracked
        ? [{ name: 'slug', in: 'path', required: true, schema: { type: 'string', example: 'spring-sale' } }]
        : []),
    ],
    responses: {
      302: {
        description:
          'Redirect to the landing page (or the tracked link’s page). A request that accepts `text/html` for an unknown code or link is sent to the code’s public page, `/a/{code}`, on the same origin.',
        headers: {
          Location: {
            required: true,
            description: 'An absolute https URL, or `/a/{code}` for a dead link opened in a browser',
            schema: { type: 'string', format: 'uri-reference' },
          },
          'Cache-Control': { schema: { type: 'string' } },
        },
      },
      403: {
        description: 'Not through the API’s own domain (CloudFront’s origin header is missing or wrong)',
        content: { 'application/json': { schema: errorRef } },
      },
      404: {
        description: 'Unknown code or link (to a client that does not accept `text/html`, and to HEAD)',
        content: { 'application/json': { schema: errorRef } },
      },
      503: {
        description: 'Briefly unavailable; retry',
        content: { 'application/json': { schema: errorRef } },
      },
    },
  };
}

const OPENAPI_OPERATION: Json = {
  tags: ['Meta'],
  summary: 'This document',
  responses: {
    200: {
      description: 'The OpenAPI 3.1 document, generated from the route definitions',
      content: { 'application/json': { schema: { type: 'object' } } },
    },
  },
};

/** What any API route can answer, whatever it does: the caps and checks every request passes. */
const PLATFORM_ERRORS: Record<number, string> = {
  403: 'Not through the API’s own domain (CloudFront’s origin header is missing or wrong), or not allowed',
  400: 'Malformed request: query, path, cursor or JSON, or a body on a GET',
  414: 'Query over 4 KB, or path over 1 KB',
  503: 'Briefly unavailable; retry',
};

/** Shopify's delivery headers, read from the raw request (the route verifies them itself). */
const SHOPIFY_DELIVERY: Json = {
  parameters: [
    ['X-Shopify-Hmac-Sha256', 'Base64 HMAC-SHA256 of the raw body with the shop’s webhook secret', true],
    ['X-Shopify-Shop-Domain', 'The shop, such as brand.myshopify.com: must be the connected one', true],
    ['X-Shopify-Topic', 'orders/paid or refunds/create; other topics are answered 200 ignored', true],
    ['X-Shopify-Webhook-Id', 'The delivery; a redelivery under the same id is answered duplicate', false],
  ].map(([name, description, required]) => ({
    name,
    in: 'header',
    required,
    description,
    schema: { type: 'string' },
  })),
  requestBody: {
    required: true,
    description:
      "Shopify's order (orders/paid) or refund (refunds/create) payload, as Shopify documents it; " +
      'verified on the raw bytes, up to 1 MB. A signed object that is no readable order or refund is ' +
      'answered 200 ignored, so Shopify does not retry it for two days; a body that is no JSON object, 422.',
    content: { 'application/json': { schema: { type: 'object' } } },
  },
};

/**
 * What every API route can answer besides its own responses, added where a route did not
 * state it: the platform's caps, a body of the wrong type (415) for a route that takes one,
 * and throttling, by the API itself or by API Gateway, whose own 429 body is `{ "message" }`.
 */
function addPlatformResponses(operation: Json): void {
  const responses = operation.responses as Json;
  for (const [status, description] of Object.entries(PLATFORM_ERRORS))
    responses[status] ??= { description, content: { 'application/json': { schema: errorRef } } };
  // Whatever the route says of 413: past 6 MB, API Gateway answers it before the function runs.
  responses[413] = {
    description: 'Body over 64 KB (1 MB for webhooks); past 6 MB API Gateway refuses it with its own body',
    content: { 'application/json': { schema: { anyOf: [errorRef, gatewayRef] } } },
  };
  if (operation.requestBody && !responses[415])
    responses[415] = {
      description: 'The body is not JSON (send Content-Type: application/json)',
      content: { 'application/json': { schema: errorRef } },
    };
  responses[429] ??= {
    description:
      'Too many requests: a per-member allowance used up (the error shape, with Retry-After in seconds), ' +
      'or API Gateway\'s throttle for the route (its own body, `{ "message": "Too Many Requests" }`)',
    headers: { 'Retry-After': { schema: { type: 'integer', minimum: 1 } } },
    content: {
      'application/json': {
        schema: { anyOf: [errorRef, gatewayRef] },
      },
    },
  };
}

/**
 * Names every operation and states how it is authorised, from the route table, so the document
 * and the routes cannot disagree; adds the operations served outside the Hono apps.
 * @throws Error when a route of the table has no operation in the document.
 */
function completeFromRouteTable(document: Document): void {
  document.paths ??= {};
  const paths = document.paths as Record<string, Json>;
  for (const route of ROUTES) {
    if (route.method === 'ANY') continue;
    const method = route.method.toLowerCase();
    paths[route.path] ??= {};
    const item = paths[route.path] as Json;
    if (route.function === 'redirect') item[method] ??= redirectOperation(route);
    if (route.function === 'docs') item[method] ??= structuredClone(OPENAPI_OPERATION);
    const operation = item[method] as Json | undefined;
    if (!operation) throw new Error(`${route.method} ${route.path} is in the route table but not documented`);
    if (route.access === 'shopify') {
      const { parameters, requestBody } = structuredClone(SHOPIFY_DELIVERY);
      operation.parameters = [...(operation.parameters ?? []), ...parameters];
      operation.requestBody = requestBody;
    }
    operation.operationId = route.operationId;
    operation.security = SECURITY[route.access];
    if (route.path.startsWith('/api/')) addPlatformResponses(operation);
    else
      operation.responses[429] ??= {
        description: "API Gateway's throttle for the redirect",
        content: { 'application/json': { schema: gatewayRef } },
      };
  }
}

/**
 * The API's OpenAPI 3.1 document, generated from every context app's route definitions.
 * Imported only by the docs function, so the other bundles do not carry every schema.
 */
export function buildOpenApiDocument() {
  const all = new OpenAPIHono()
    .route('/', programsApp)
    .route('/', challengesApp)
    .route('/', referralsApp)
    .route('/', rewardsApp)
    .route('/', contentApp)
    .route('/', analyticsApp)
    .route('/', webhooksApp)
    .route('/', shopifyCodesApp)
    .route('/', privacyApp)
    .route('/', accountsApp);
  const registry = all.openAPIRegistry;
  registerWebhookEvents(registry);
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
  registry.registerComponent('securitySchemes', 'shopifyHmac', {
    type: 'apiKey',
    in: 'header',
    name: 'X-Shopify-Hmac-Sha256',
    description:
      'Shopify signs each webhook: the base64 HMAC-SHA256 of the raw body with the shop’s webhook ' +
      'secret (given in PUT …/integrations/shopify). The shop is named by X-Shopify-Shop-Domain.',
  });
  const document = all.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Embassy API',
      version: '0.1.0',
      description:
        'Brand-ambassador programs: applications, challenges, content and referrals. ' +
        'Every error body is { "error": { "code", "message", "details"?, "requestId" } }. ' +
        'A method a path does not serve gets 405 with Allow, in the same shape. ' +
        'Only `/api/` and `/r/` themselves, which no route takes, get API Gateway’s own 404, { "message": "Not Found" }.',
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    },
    servers: [
      {
        url: '/',
        description:
          'The origin the dashboard is served from: the CloudFront domain (or your custom domain) in AWS, ' +
          'http://localhost:3000 under npm start.',
      },
    ],
  });
  document.components ??= {};
  document.components.schemas ??= {};
  (document.components.schemas as Json).GatewayMessage = {
    type: 'object',
    description: "API Gateway's own error body, for what it refuses before any function runs.",
    properties: { message: { type: 'string' } },
    required: ['message'],
  };
  completeFromRouteTable(document);
  return document;
}
