import { z } from 'zod';
import { CurrencySchema, CursorSchema, LimitSchema, trimmedText } from '../common.schema.ts';
import { UtcDaySchema } from '../utc-day.schema.ts';

export const RecordConversionSchema = z
  .strictObject({
    orderId: trimmedText({ min: 1, max: 100 }),
    /** Integer minor units (cents), never floats. */
    amount: z.number().int().min(0).max(1_000_000_000_000),
    currency: CurrencySchema,
    referralCode: trimmedText({ max: 20 }).optional(),
    /** The `rid` the redirect appended, kept by the shop since the visit. */
    clickId: trimmedText({ max: 40 }).optional(),
    /** Compared hashed with the ambassador's, to flag self-referral; never stored raw. */
    customerEmail: z.email().max(254).optional(),
    occurredAt: z.iso.datetime({ offset: true }),
    items: z
      .array(
        z.strictObject({
          sku: z.string().max(100),
          quantity: z.number().int().min(1).max(100_000),
          amount: z.number().int().min(0).max(1_000_000_000_000),
        }),
      )
      .max(500)
      .optional(),
  })
  .meta({ id: 'RecordConversion' });
export type RecordConversionInput = z.infer<typeof RecordConversionSchema>;

export const CONVERSION_FLAGS = [
  'self_referral',
  /** The credited click came from a browser (IP and user agent) the ambassador used on their links page. */
  'own_link_purchase',
  'unknown_click',
  'click_outside_window',
  'unknown_code',
  'suspended_code',
  /** The code (or the click's code) was rotated, and the order came after its `retiresAt`. */
  'retired_code',
  'refunds_exceed_order',
  'repeat_customer',
] as const;

export const ConversionSchema = z
  .object({
    programId: z.string(),
    orderId: z.string(),
    amount: z.number().int(),
    currency: z.string(),
    occurredAt: z.string(),
    status: z.enum(['attributed', 'unattributed']),
    attribution: z
      .object({
        via: z.enum(['click', 'code']),
        code: z.string(),
        ambassadorId: z.string(),
        clickId: z.string().optional(),
        clickedAt: z.string().optional(),
        /** The challenge of the tracked link clicked, if it was made for one. */
        challengeId: z.string().optional(),
        /** `first_click` when the program credits the visitor's first click in the window. */
        model: z.enum(['last_click', 'first_click']).optional(),
        /**
         * True when the code alone earned the order: no click from the ambassador's links within
         * the window (`via: "code"`). Code-only orders count apart in the reports and never in
         * the conversion rate. Orders recorded before it was kept lack it; read it as `via === "code"`.
         */
        codeOnly: z.boolean().optional(),
      })
      .optional(),
    /** The commission line the order earned, if any (none for the ambassador's own orders and unattributed ones). */
    commissionId: z.string().optional(),
    /** What the attribution noticed: the ambassador's own order, a click too old or unknown, a code unknown or suspended, a repeat customer. */
    flags: z.array(z.enum(CONVERSION_FLAGS)),
    items: z.array(z.object({ sku: z.string(), quantity: z.number(), amount: z.number() })).optional(),
    /** The sum of refunds so far, including any that arrived before the order. Net = amount − refunded. */
    refundedAmount: z.number().int().default(0),
    recordedAt: z.string(),
    /** A hash of the request's content: a repeat with different content is a conflict. */
    fingerprint: z.string(),
  })
  .meta({ id: 'Conversion' });
export type Conversion = z.infer<typeof ConversionSchema>;

export const RecordRefundSchema = z
  .strictObject({
    refundId: trimmedText({ min: 1, max: 100 }),
    /**
     * The order refunded, the same as the path's. Required on a signed request: the signature
     * covers the body, not the path, so without it a captured request could refund another order.
     */
    orderId: trimmedText({ min: 1, max: 100 }).optional(),
    /** Integer minor units; the refunds of an order never add up to more than the order. */
    amount: z.number().int().min(1).max(1_000_000_000_000),
  })
  .meta({ id: 'RecordRefund' });
export type RecordRefundInput = z.infer<typeof RecordRefundSchema>;

export const RefundSchema = z
  .object({
    programId: z.string(),
    orderId: z.string(),
    refundId: z.string(),
    amount: z.number().int(),
    receivedAt: z.string(),
    /** `pending` until the order arrives; then its amount is taken into the order's net. */
    status: z.enum(['applied', 'pending']),
    refundedTotal: z.number().int(),
  })
  .meta({ id: 'Refund' });
export type Refund = z.infer<typeof RefundSchema>;

export const ListConversionsQuerySchema = z
  .object({
    from: UtcDaySchema.optional(),
    to: UtcDaySchema.optional(),
    /** Only the orders attributed to this referral code (old codes keep their orders). */
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{1,20}$/, 'a referral code')
      .optional(),
    /** `true`: only code-only orders; `false`: only the others. */
    codeOnly: z.enum(['true', 'false']).optional(),
    limit: LimitSchema,
    cursor: CursorSchema,
  })
  // A reversed range is the caller's mistake, not an empty page (DynamoDB refuses the query).
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'to must not be before from' });
export type ListConversionsQuery = z.infer<typeof ListConversionsQuerySchema>;

/** What is known of an order's money so far, as stored: refunds may arrive before the order. */
export const OrderLedgerSchema = z.object({
  version: z.number().default(0),
  refundTotal: z.number().default(0),
  orderAmount: z.number().optional(),
  /** The order's commission line, if it earned one: refunds shrink it or claw it back. */
  commissionId: z.string().optional(),
});
export type OrderLedger = z.infer<typeof OrderLedgerSchema>;
