import { createRoute, z } from '@hono/zod-openapi';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  replayWebhookDelivery,
  rotateWebhookSecret,
  sendTestWebhook,
  updateWebhookEndpoint,
} from '#shared/webhooks/manage-webhooks.service.ts';
import {
  CreateWebhookEndpointSchema,
  RotateWebhookSecretSchema,
  UpdateWebhookEndpointSchema,
  WebhookDeliveryQuerySchema,
  WebhookDeliverySchema,
  WebhookEndpointSchema,
  WebhookEndpointWithSecretSchema,
} from '#shared/webhooks/webhook.schema.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { errorResponses, jsonBody, jsonContent, ProgramParams, readOptionalJson } from '../http/openapi.ts';

const EndpointParams = ProgramParams.extend({ endpointId: z.string().min(1).max(64) });
const DeliveryParams = EndpointParams.extend({ deliveryId: z.string().min(1).max(64) });

const URL_RULES =
  'The URL must be https and reach a public address: loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), ' +
  'link-local (169.254/16, the cloud metadata service among them), carrier-grade NAT and reserved addresses are refused ' +
  '(422 with `details.reason` `not_https`, `private_address`, `unresolvable` or `bad_url`), and checked again before ' +
  'every delivery, so a DNS change cannot get round it.';

export const webhooksRoutes = createRouter()
  // POST /api/programs/{programId}/webhooks – add an endpoint; its signing secret is shown once
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/webhooks',
      tags: ['Webhooks'],
      summary: 'Add a webhook endpoint (owner or brand)',
      description:
        `Deliveries are signed the Standard Webhooks way (webhook-id, webhook-timestamp, webhook-signature) with the ` +
        `secret in this answer, which is not shown again. ${URL_RULES} At most 10 endpoints a program (409).`,
      middleware: [requireUser] as const,
      request: { params: ProgramParams, body: jsonBody(CreateWebhookEndpointSchema) },
      responses: {
        201: jsonContent(WebhookEndpointWithSecretSchema, 'The endpoint and its secret'),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(
        await createWebhookEndpoint(c.get('user'), c.req.valid('param').programId, c.req.valid('json')),
        201,
      ),
  )
  // GET /api/programs/{programId}/webhooks – the program's endpoints, without secrets
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/webhooks',
      tags: ['Webhooks'],
      summary: "The program's webhook endpoints (owner or brand)",
      middleware: [requireUser] as const,
      request: { params: ProgramParams },
      responses: {
        200: jsonContent(z.object({ items: z.array(WebhookEndpointSchema) }), 'The endpoints, oldest first'),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await listWebhookEndpoints(c.get('user'), c.req.valid('param').programId), 200),
  )
  // PATCH /api/programs/{programId}/webhooks/{endpointId} – change the URL or events, or turn it on or off
  .openapi(
    createRoute({
      method: 'patch',
      path: '/api/programs/{programId}/webhooks/{endpointId}',
      tags: ['Webhooks'],
      summary: 'Edit a webhook endpoint, or turn it on or off (owner or brand)',
      description: `\`enabled: true\` turns a disabled endpoint back on with its failures counted from zero. ${URL_RULES}`,
      middleware: [requireUser] as const,
      request: { params: EndpointParams, body: jsonBody(UpdateWebhookEndpointSchema) },
      responses: { 200: jsonContent(WebhookEndpointSchema, 'The endpoint'), ...errorResponses },
    }),
    async (c) => {
      const { programId, endpointId } = c.req.valid('param');
      return c.json(
        await updateWebhookEndpoint(c.get('user'), programId, endpointId, c.req.valid('json')),
        200,
      );
    },
  )
  // DELETE /api/programs/{programId}/webhooks/{endpointId} – remove an endpoint
  .openapi(
    createRoute({
      method: 'delete',
      path: '/api/programs/{programId}/webhooks/{endpointId}',
      tags: ['Webhooks'],
      summary: 'Delete a webhook endpoint (owner or brand)',
      description: 'Its deliveries still waiting end unsent.',
      middleware: [requireUser] as const,
      request: { params: EndpointParams },
      responses: { 204: { description: 'Deleted' }, ...errorResponses },
    }),
    async (c) => {
      const { programId, endpointId } = c.req.valid('param');
      await deleteWebhookEndpoint(c.get('user'), programId, endpointId);
      return c.body(null, 204);
    },
  )
  // POST /api/programs/{programId}/webhooks/{endpointId}/secret-rotations – a new secret, the old one signing beside it a while
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/webhooks/{endpointId}/secret-rotations',
      tags: ['Webhooks'],
      summary: "Rotate an endpoint's signing secret (owner or brand)",
      description:
        'The new secret is in the answer, once. The previous one keeps signing beside it for `overlapHours` (default ' +
        '24, at most 168; 0 ends it now): each delivery then carries two `v1,` signatures, so a receiver verifies with ' +
        'either while it switches. The body is optional.',
      middleware: [requireUser] as const,
      request: { params: EndpointParams },
      responses: {
        200: jsonContent(WebhookEndpointWithSecretSchema, 'The endpoint and its new secret'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { programId, endpointId } = c.req.valid('param');
      const { overlapHours } = await readOptionalJson(c.req.raw, RotateWebhookSecretSchema);
      return c.json(await rotateWebhookSecret(c.get('user'), programId, endpointId, overlapHours), 200);
    },
  )
  // GET /api/programs/{programId}/webhooks/{endpointId}/deliveries – the delivery log, newest first
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/webhooks/{endpointId}/deliveries',
      tags: ['Webhooks'],
      summary: "An endpoint's delivery log (owner or brand)",
      description:
        'Newest first: each event sent, its status, attempts, the last response code and duration, and the attempts ' +
        'themselves. `status=failed` lists the dead letters: deliveries whose retries (8 attempts over about 28 hours) ' +
        'were used up; replay them. Kept 30 days.',
      middleware: [requireUser] as const,
      request: { params: EndpointParams, query: WebhookDeliveryQuerySchema },
      responses: {
        200: jsonContent(
          z.object({ items: z.array(WebhookDeliverySchema), nextCursor: z.string().optional() }),
          'A page',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { programId, endpointId } = c.req.valid('param');
      return c.json(
        await listWebhookDeliveries(c.get('user'), programId, endpointId, c.req.valid('query')),
        200,
      );
    },
  )
  // POST /api/programs/{programId}/webhooks/{endpointId}/deliveries/{deliveryId}/replay – send one delivery again
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/webhooks/{endpointId}/deliveries/{deliveryId}/replay',
      tags: ['Webhooks'],
      summary: 'Replay one delivery (owner or brand)',
      description:
        'Sends the same event again, under the same webhook-id, now, with a fresh run of retries. 409 while the endpoint is disabled.',
      middleware: [requireUser] as const,
      request: { params: DeliveryParams },
      responses: { 202: { description: 'On its way' }, ...errorResponses },
    }),
    async (c) => {
      const { programId, endpointId, deliveryId } = c.req.valid('param');
      await replayWebhookDelivery(c.get('user'), programId, endpointId, deliveryId);
      return c.body(null, 202);
    },
  )
  // POST /api/programs/{programId}/webhooks/{endpointId}/test – send a test event to this endpoint
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/webhooks/{endpointId}/test',
      tags: ['Webhooks'],
      summary: 'Send a test event (owner or brand)',
      description:
        'A `webhook.test` event to this endpoint alone, signed, retried and logged like any other; its delivery ' +
        'shows in the log under the id answered. 409 while the endpoint is disabled.',
      middleware: [requireUser] as const,
      request: { params: EndpointParams },
      responses: {
        202: jsonContent(z.object({ id: z.string() }), 'The test event, on its way'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { programId, endpointId } = c.req.valid('param');
      return c.json(await sendTestWebhook(c.get('user'), programId, endpointId), 202);
    },
  );
