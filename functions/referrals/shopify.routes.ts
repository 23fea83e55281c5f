import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '#shared/errors.ts';
import { ShopifySettingsInputSchema, ShopifySettingsSchema } from '#shared/shopify/shopify.schema.ts';
import {
  getShopifySettings,
  handleShopifyDelivery,
  putShopifySettings,
} from '#shared/shopify/shopify.service.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { errorResponses, jsonBody, jsonContent, ProgramParams } from '../http/openapi.ts';

/** Whether text parses as JSON (malformed JSON is the delivery handler's 400). */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export const shopifyRoutes = createRouter()
  // PUT /api/programs/{programId}/integrations/shopify – connect a shop; the secret is sealed, never returned
  .openapi(
    createRoute({
      method: 'put',
      path: '/api/programs/{programId}/integrations/shopify',
      tags: ['Shopify'],
      summary: 'Connect a Shopify shop (owner or brand)',
      description:
        'In Shopify admin, Settings › Notifications › Webhooks: create webhooks for "Order payment" (orders/paid) and ' +
        '"Refund create" (refunds/create), format JSON, URL = this API’s origin + webhookPath. Then send the shop ' +
        'domain and the secret shown under "Your webhooks will be signed with". The secret is stored sealed ' +
        '(AES-256-GCM) and never returned.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, body: jsonBody(ShopifySettingsInputSchema) },
      responses: { 200: jsonContent(ShopifySettingsSchema, 'Connected'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await putShopifySettings(c.get('user'), c.req.valid('param').programId, c.req.valid('json')),
        200,
      ),
  )
  // GET /api/programs/{programId}/integrations/shopify – the connection, without its secret
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/integrations/shopify',
      tags: ['Shopify'],
      summary: 'The connected shop, without its secret (owner or brand)',
      middleware: [requireUser] as const,
      request: { params: ProgramParams },
      responses: { 200: jsonContent(ShopifySettingsSchema, 'Connected'), ...errorResponses },
    }),
    async (c) => c.json(await getShopifySettings(c.get('user'), c.req.valid('param').programId), 200),
  )
  // POST /api/webhooks/shopify/{programId} – Shopify's deliveries, verified by their HMAC
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/webhooks/shopify/{programId}',
      tags: ['Shopify'],
      summary: 'Shopify webhook receiver: orders/paid and refunds/create',
      description:
        'Verified with X-Shopify-Hmac-Sha256 (base64 HMAC-SHA256 of the raw body with the shop’s secret, compared ' +
        'in constant time); 401 otherwise. Deduplicated on X-Shopify-Webhook-Id. An order is attributed to the ' +
        'discount code that is an ambassador’s referral code, else the ref and rid found in the order’s note ' +
        'attributes or landing-site URL; rid (the click) takes precedence within the attribution window. The ' +
        'amount is subtotal_price (after discounts, before shipping). Orders are recorded as shopify-{order id}. ' +
        'A genuine delivery that cannot count is answered 200 with status ignored and the reason.',
      request: { params: ProgramParams },
      responses: {
        200: jsonContent(
          z.object({ status: z.enum(['recorded', 'duplicate', 'ignored']), reason: z.string().optional() }),
          'Handled',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const rawBody = new Uint8Array(await c.req.arrayBuffer());
      // Shopify sends an object; anything else is no delivery (the document says object).
      const text = new TextDecoder().decode(rawBody);
      if (text.trimStart()[0] !== '{' && isJson(text))
        throw new AppError('validation_failed', 'A Shopify delivery is a JSON object');
      return c.json(
        await handleShopifyDelivery({
          programId: c.req.valid('param').programId,
          topic: c.req.header('x-shopify-topic'),
          webhookId: c.req.header('x-shopify-webhook-id'),
          shopDomain: c.req.header('x-shopify-shop-domain'),
          hmac: c.req.header('x-shopify-hmac-sha256'),
          rawBody,
        }),
        200,
      );
    },
  );
