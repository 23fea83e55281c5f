import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { WEBHOOK_EVENT_TYPES } from '#shared/webhooks/webhook.schema.ts';
import { WEBHOOK_EVENT_DATA } from '#shared/webhooks/webhook-events.ts';

/** The Standard Webhooks headers every delivery carries. */
const SignatureHeadersSchema = z.object({
  'webhook-id': z.string().openapi({
    description: 'The event’s id: the same on every attempt and replay, so a receiver can drop repeats.',
    example: 'evt_01JB2X7Q4M0000000000000000',
  }),
  'webhook-timestamp': z.string().openapi({
    description: 'When this attempt was signed, in Unix seconds. Refuse one far from your clock.',
    example: '1735689600',
  }),
  'webhook-signature': z.string().openapi({
    description:
      'Space-separated `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}` with the ' +
      'endpoint’s secret (the base64 after `whsec_`). During a rotation’s overlap there is one per live secret.',
    example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=',
  }),
});

/**
 * The events Embassy sends to a program's endpoints, as the document's 3.1 `webhooks`: one POST
 * per event type, its body the envelope around the data the API documents for that thing.
 */
export function registerWebhookEvents(registry: OpenAPIHono['openAPIRegistry']): void {
  registry.registerComponent('securitySchemes', 'webhookSignature', {
    type: 'apiKey',
    in: 'header',
    name: 'webhook-signature',
    description:
      'Standard Webhooks signing with the endpoint’s secret (whsec_…, shown once when the endpoint is made ' +
      'or its secret rotated). Verify it before trusting the body.',
  });
  for (const type of WEBHOOK_EVENT_TYPES) {
    const { schema, summary } = WEBHOOK_EVENT_DATA[type];
    registry.registerWebhook({
      method: 'post',
      path: type,
      operationId: `webhook${type.replace(/(^|\.|_)(\w)/g, (_m, _sep, letter: string) => letter.toUpperCase())}`,
      security: [{ webhookSignature: [] }],
      tags: ['Webhooks'],
      summary,
      description:
        `Sent to each enabled endpoint of the program that subscribes to \`${type}\`. ` +
        'Retried with backoff for about a day until it gets a 2xx, then kept as a failed delivery that can be replayed.',
      request: {
        headers: SignatureHeadersSchema,
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.object({
                id: z.string().openapi({ description: 'The event’s id, equal to `webhook-id`.' }),
                type: z.literal(type),
                createdAt: z.string().openapi({ format: 'date-time', description: 'When it happened.' }),
                programId: z.string(),
                data: schema,
              }),
            },
          },
        },
      },
      responses: {
        200: {
          description:
            'Any 2xx answer acknowledges the event; anything else, or no answer in 5 s, is retried.',
        },
      },
    });
  }
}
