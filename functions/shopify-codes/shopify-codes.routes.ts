import { createRoute, z } from '@hono/zod-openapi';
import {
  AmbassadorShopifyCodeSchema,
  ShopifyCodePageSchema,
  ShopifyCodeQuerySchema,
  ShopifyCodeSchema,
} from '#shared/shopify/shopify-code.schema.ts';
import {
  getAmbassadorShopifyCode,
  listProgramShopifyCodes,
  retryShopifyCode,
} from '#shared/shopify/shopify-codes.service.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { AmbassadorParams, errorResponses, jsonContent, ProgramParams } from '../http/openapi.ts';

const CodeParams = ProgramParams.extend({ code: z.string().min(1).max(32) });

const STATUSES =
  '`pending` (Embassy has work to do in the shop, queued or retrying), `created` (the shop’s checkout takes the ' +
  'code), `deactivated` (switched off in the shop: the ambassador is suspended) or `failed` (`reason` says why; ' +
  'retry it once the cause is fixed).';

export const shopifyCodesRoutes = createRouter()
  // GET /api/programs/{programId}/integrations/shopify/codes – the codes and where each stands in the shop
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/integrations/shopify/codes',
      tags: ['Shopify'],
      summary: 'Ambassadors’ codes in the Shopify shop (owner, manager or brand)',
      description:
        'Each approved ambassador’s code, made a discount in the connected shop through the Admin API once an Admin ' +
        `API token and a discount are set. Status: ${STATUSES} Filter by \`status\` (most recently changed first) ` +
        'or `ambassadorId`. `shopSyncEnabled` false means every code exists only in Embassy.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, query: ShopifyCodeQuerySchema },
      responses: { 200: jsonContent(ShopifyCodePageSchema, 'The codes'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await listProgramShopifyCodes(c.get('user'), c.req.valid('param').programId, c.req.valid('query')),
        200,
      ),
  )
  // POST /api/programs/{programId}/integrations/shopify/codes/{code}/retry – try a failed code again
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/integrations/shopify/codes/{code}/retry',
      tags: ['Shopify'],
      summary: 'Retry a failed code (owner, manager or brand)',
      description:
        'The code becomes `pending`, due now; Embassy’s next sweep (within a minute) makes it in the shop. 409 when ' +
        'the code is not `failed`.',
      middleware: [requireUser] as const,
      request: { params: CodeParams },
      responses: { 202: jsonContent(ShopifyCodeSchema, 'Queued'), ...errorResponses },
    }),
    async (c) => {
      const { programId, code } = c.req.valid('param');
      return c.json(await retryShopifyCode(c.get('user'), programId, code), 202);
    },
  )
  // GET /api/programs/{programId}/ambassadors/{ambassadorId}/shopify-code – whether the shop takes their code
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/ambassadors/{ambassadorId}/shopify-code',
      tags: ['Shopify'],
      summary: 'Whether the shop’s checkout takes an ambassador’s code (the ambassador, or a manager)',
      description: `\`inShop\` and a sentence saying so. Status: ${STATUSES}`,
      middleware: [requireUser] as const,
      request: { params: AmbassadorParams },
      responses: { 200: jsonContent(AmbassadorShopifyCodeSchema, 'The code'), ...errorResponses },
    }),
    async (c) => {
      const { programId, ambassadorId } = c.req.valid('param');
      return c.json(await getAmbassadorShopifyCode(c.get('user'), programId, ambassadorId), 200);
    },
  );
