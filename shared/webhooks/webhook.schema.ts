import { z } from 'zod';
import { CursorSchema, LimitSchema, trimmedText } from '../common.schema.ts';

/**
 * The events a program's endpoints can subscribe to. Each is described, with the shape of its
 * `data`, in the OpenAPI document's `webhooks` (functions/http/openapi-document.ts).
 */
export const WEBHOOK_EVENT_TYPES = [
  'ambassador.applied',
  'ambassador.approved',
  'submission.submitted',
  'submission.approved',
  'conversion.created',
  'conversion.refunded',
  'commission.approved',
  'payout.created',
  'payout.confirmed',
  'reward.redeemed',
  'shopify_code.failed',
  'referral_code.rotated',
  'referral_code.leak_suspected',
  'ambassador.left',
] as const;
export const WebhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);
export type WebhookEventType = z.infer<typeof WebhookEventTypeSchema>;

/** What "send a test event" sends: to that endpoint only, whatever it subscribes to. */
export const TEST_EVENT_TYPE = 'webhook.test';
export type SentEventType = WebhookEventType | typeof TEST_EVENT_TYPE;

/** How long the previous secret still signs after a rotation, by default (hours). */
export const DEFAULT_SECRET_OVERLAP_HOURS = 24;

/**
 * Where an endpoint is: an absolute URL, written plainly. That it is https and reaches no
 * private address is checked by the service (shared/webhooks/destination.ts), with a reason.
 */
const EndpointUrlSchema = z
  .string()
  .max(2048)
  .regex(
    /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s\\]+$/,
    'Must be an https URL, such as https://hooks.example.com/embassy',
  )
  .meta({ format: 'uri', example: 'https://hooks.example.com/embassy' });

const EventTypesSchema = z
  .array(WebhookEventTypeSchema)
  .min(1)
  .max(WEBHOOK_EVENT_TYPES.length)
  .refine((types) => new Set(types).size === types.length, 'Each event type once');

export const CreateWebhookEndpointSchema = z
  .strictObject({
    url: EndpointUrlSchema,
    eventTypes: EventTypesSchema,
    description: trimmedText({ max: 200 }).optional(),
  })
  .meta({ id: 'CreateWebhookEndpoint' });
export type CreateWebhookEndpoint = z.infer<typeof CreateWebhookEndpointSchema>;

export const UpdateWebhookEndpointSchema = z
  .strictObject({
    url: EndpointUrlSchema.optional(),
    eventTypes: EventTypesSchema.optional(),
    description: trimmedText({ max: 200 }).optional(),
    /** `true` turns a disabled endpoint back on (its failures start again from zero); `false` pauses it. */
    enabled: z.boolean().optional(),
  })
  .meta({ id: 'UpdateWebhookEndpoint' });
export type UpdateWebhookEndpoint = z.infer<typeof UpdateWebhookEndpointSchema>;

export const RotateWebhookSecretSchema = z
  .strictObject({
    /** How long the previous secret keeps signing beside the new one (0 ends it now). */
    overlapHours: z.number().int().min(0).max(168).default(DEFAULT_SECRET_OVERLAP_HOURS),
  })
  .meta({ id: 'RotateWebhookSecret' });

/** A signing secret's version; the secret itself is derived, never stored, and shown once. */
export const WebhookSecretVersionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  /** After this the version no longer signs: set when a newer one replaces it. */
  expiresAt: z.string().optional(),
});

export const WebhookEndpointSchema = z
  .object({
    id: z.string(),
    programId: z.string(),
    url: z.string(),
    eventTypes: z.array(WebhookEventTypeSchema),
    description: z.string().optional(),
    /** `disabled` after 20 failed attempts in a row (`disabledReason: failing`) or by hand (`paused`). */
    status: z.enum(['enabled', 'disabled']),
    disabledReason: z.enum(['failing', 'paused']).optional(),
    disabledAt: z.string().optional(),
    /** Failed attempts since the last success; at 20 the endpoint is disabled. */
    consecutiveFailures: z.number().int(),
    secrets: z.array(WebhookSecretVersionSchema),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'WebhookEndpoint' });
export type WebhookEndpoint = z.infer<typeof WebhookEndpointSchema>;

export const WebhookEndpointWithSecretSchema = WebhookEndpointSchema.extend({
  /** `whsec_` and base64: shown only in this answer. Verify deliveries with it (Standard Webhooks). */
  secret: z.string(),
}).meta({ id: 'WebhookEndpointWithSecret' });

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;

export const WebhookAttemptSchema = z.object({
  attempt: z.number().int(),
  at: z.string(),
  /** The receiver's HTTP status; absent when no answer came (refused address, timeout, connection error). */
  responseStatus: z.number().int().optional(),
  durationMs: z.number().int(),
  /** Why the attempt failed, when it did: `http_status`, `timeout`, `connection`, `private_address`, `redirect`… */
  error: z.string().optional(),
});
export type WebhookAttempt = z.infer<typeof WebhookAttemptSchema>;

export const WebhookDeliverySchema = z
  .object({
    /** The event's id: the `webhook-id` header on every attempt, so receivers can deduplicate. */
    id: z.string(),
    endpointId: z.string(),
    programId: z.string(),
    type: z.string(),
    /** `failed`: every retry used up (or the endpoint disabled or deleted); it can be replayed. */
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int(),
    nextAttemptAt: z.string().optional(),
    createdAt: z.string(),
    lastAttemptAt: z.string().optional(),
    lastResponseStatus: z.number().int().optional(),
    lastDurationMs: z.number().int().optional(),
    lastError: z.string().optional(),
    /** The latest attempts, oldest first (the last 20). */
    attemptLog: z.array(WebhookAttemptSchema),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;

export const WebhookDeliveryQuerySchema = z.object({
  status: z.enum(DELIVERY_STATUSES).optional(),
  limit: LimitSchema,
  cursor: CursorSchema,
});
export type WebhookDeliveryQuery = z.infer<typeof WebhookDeliveryQuerySchema>;

/** What every delivery's body is, whatever the event: `data` in the shape the API documents for it. */
export type WebhookEventEnvelope = {
  id: string;
  type: SentEventType;
  createdAt: string;
  programId: string;
  data: unknown;
};
