import { createRoute, z } from '@hono/zod-openapi';
import { CreateApiKeySchema } from '#shared/conversions/api-key.schema.ts';
import {
  createApiKey,
  createSigningSecret,
  listProgramApiKeys,
  revokeProgramApiKey,
  revokeProgramSigningSecret,
} from '#shared/conversions/api-keys.service.ts';
import {
  ConversionSchema,
  ListConversionsQuerySchema,
  RecordConversionSchema,
  RecordRefundSchema,
  RefundSchema,
} from '#shared/conversions/conversion.schema.ts';
import { listConversions } from '#shared/conversions/list-conversions.service.ts';
import { recordConversion } from '#shared/conversions/record-conversion.service.ts';
import { recordRefund } from '#shared/conversions/record-refund.service.ts';
import { AppError, validationFailed } from '#shared/errors.ts';
import { requireApiKey } from '../http/api-key-auth.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { errorResponses, jsonBody, jsonContent, ProgramParams } from '../http/openapi.ts';

const KeyParams = ProgramParams.extend({ keyId: z.string().min(1).max(64) });
const ApiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  createdBy: z.string().optional(),
  revokedAt: z.string().optional(),
});

const SecretParams = ProgramParams.extend({ secretId: z.string().min(1).max(64) });
const OrderParams = ProgramParams.extend({ orderId: z.string().min(1).max(100) });

export const conversionsRoutes = createRouter()
  // POST /api/programs/{programId}/signing-secrets – a secret to sign conversion requests with, shown once
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/signing-secrets',
      tags: ['Conversions'],
      summary: 'Create a signing secret (owner or brand); at most two active, for rotation',
      description:
        'Sign each conversion request with Embassy-Signature: t={unix seconds},v1={hex HMAC-SHA256 of "{t}.{raw body}"}. ' +
        'Requests more than 300 s off are refused. A signed refund names its order in the body (orderId).',
      middleware: [requireUser] as const,
      request: { params: ProgramParams },
      responses: {
        201: jsonContent(
          z.object({ id: z.string(), createdAt: z.string(), secret: z.string() }),
          'Store it now',
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await createSigningSecret(c.get('user'), c.req.valid('param').programId), 201),
  )
  // DELETE /api/programs/{programId}/signing-secrets/{secretId} – retire a signing secret
  .openapi(
    createRoute({
      method: 'delete',
      path: '/api/programs/{programId}/signing-secrets/{secretId}',
      tags: ['Conversions'],
      summary: 'Revoke a signing secret (owner or brand)',
      middleware: [requireUser] as const,
      request: { params: SecretParams },
      responses: { 204: { description: 'Revoked' }, ...errorResponses },
    }),
    async (c) => {
      const { programId, secretId } = c.req.valid('param');
      await revokeProgramSigningSecret(c.get('user'), programId, secretId);
      return c.body(null, 204);
    },
  )
  // POST /api/programs/{programId}/api-keys – the owner or brand creates a key for the shop's server
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/api-keys',
      tags: ['Conversions'],
      summary: 'Create an API key (owner or brand); the key is shown once',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, body: jsonBody(CreateApiKeySchema) },
      responses: {
        201: jsonContent(
          ApiKeySchema.extend({ key: z.string() }),
          'The key: store it now, it is not shown again',
        ),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(await createApiKey(c.get('user'), c.req.valid('param').programId, c.req.valid('json')), 201),
  )
  // GET /api/programs/{programId}/api-keys – the program's keys, without secrets
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/api-keys',
      tags: ['Conversions'],
      summary: 'List API keys, without secrets (owner or brand)',
      middleware: [requireUser] as const,
      request: { params: ProgramParams },
      responses: {
        200: jsonContent(z.object({ items: z.array(ApiKeySchema) }), 'The keys'),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await listProgramApiKeys(c.get('user'), c.req.valid('param').programId), 200),
  )
  // DELETE /api/programs/{programId}/api-keys/{keyId} – revoke a key at once
  .openapi(
    createRoute({
      method: 'delete',
      path: '/api/programs/{programId}/api-keys/{keyId}',
      tags: ['Conversions'],
      summary: 'Revoke an API key (owner or brand)',
      middleware: [requireUser] as const,
      request: { params: KeyParams },
      responses: { 204: { description: 'Revoked' }, ...errorResponses },
    }),
    async (c) => {
      const { programId, keyId } = c.req.valid('param');
      await revokeProgramApiKey(c.get('user'), programId, keyId);
      return c.body(null, 204);
    },
  )
  // POST /api/programs/{programId}/conversions – the shop's server reports an order, once
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/conversions',
      tags: ['Conversions'],
      summary: 'Record an order (program API key)',
      description:
        'Idempotent on orderId: a repeat returns the first result (200) and writes nothing; a repeat with ' +
        'different content is 409. Attribution: the clickId (the rid the redirect appended) if it is this ' +
        'program’s and within the attribution window before occurredAt; else the referralCode if active; ' +
        'else unattributed. What did not count is listed in flags. The ambassador’s own order earns no ' +
        'commission: self_referral when the customer’s email is theirs, own_link_purchase when the credited ' +
        'click came from a browser they used on their links page.',
      middleware: [requireApiKey] as const,
      request: { params: ProgramParams, body: jsonBody(RecordConversionSchema) },
      responses: {
        201: jsonContent(ConversionSchema, 'Recorded'),
        200: jsonContent(ConversionSchema, 'Already recorded: the first result'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { conversion, replayed } = await recordConversion(
        c.req.valid('param').programId,
        c.get('apiKeyId'),
        c.req.valid('json'),
      );
      return c.json(conversion, replayed ? 200 : 201);
    },
  )
  // GET /api/programs/{programId}/conversions – the program's orders, newest first
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/conversions',
      tags: ['Conversions'],
      summary:
        'List orders, newest first, with attribution, flags, refunds and commission line (owner or brand)',
      description: 'from and to are UTC days (inclusive) on the order’s occurredAt.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, query: ListConversionsQuerySchema },
      responses: {
        200: jsonContent(
          z.object({ items: z.array(ConversionSchema), nextCursor: z.string().optional() }),
          'A page',
        ),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(await listConversions(c.get('user'), c.req.valid('param').programId, c.req.valid('query')), 200),
  )
  // POST /api/programs/{programId}/conversions/{orderId}/refunds – the shop's server reports a refund, once
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/conversions/{orderId}/refunds',
      tags: ['Conversions'],
      summary: 'Record a refund of an order (program API key or signature)',
      description:
        'Idempotent on refundId (a repeat returns the first result; another amount is 409). Refunds never add up ' +
        'to more than the order (422). A refund that arrives before its order is kept as pending and taken into ' +
        'the order’s net when the order arrives. A signed request names the order in the body too (orderId): ' +
        'the signature covers the body, not the path (401 without it; 422 when it differs from the path).',
      middleware: [requireApiKey] as const,
      request: { params: OrderParams, body: jsonBody(RecordRefundSchema) },
      responses: {
        201: jsonContent(RefundSchema, 'Recorded'),
        200: jsonContent(RefundSchema, 'Already recorded: the first result'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { programId, orderId } = c.req.valid('param');
      const input = c.req.valid('json');
      if (input.orderId === undefined && c.get('apiKeyId').startsWith('signature:')) {
        throw new AppError(
          'unauthorized',
          'A signed refund names its order in the body (orderId), so the signature covers which order it refunds',
        );
      }
      if (input.orderId !== undefined && input.orderId !== orderId) {
        throw validationFailed('orderId: the body names another order than the path', { field: 'orderId' });
      }
      const { refund, replayed } = await recordRefund(programId, orderId, input);
      return c.json(refund, replayed ? 200 : 201);
    },
  );
