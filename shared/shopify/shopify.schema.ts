import { z } from 'zod';
import { trimmedText } from '../common.schema.ts';

export const SHOPIFY_TOPICS = ['orders/paid', 'refunds/create'] as const;

/**
 * A shop's own domain in any case, as sent: no `i` flag, which the OpenAPI generator would write
 * into the document's pattern (JSON Schema patterns take none), so the case is spelled out.
 */
const SHOP_DOMAIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,60}\.[Mm][Yy][Ss][Hh][Oo][Pp][Ii][Ff][Yy]\.[Cc][Oo][Mm]$/;

/**
 * The program's discount, the same for every ambassador's code: a whole percentage off (1–100),
 * or a fixed amount off in the program currency's minor units (cents), once per customer or not.
 */
export const ShopifyDiscountSchema = z
  .strictObject({
    type: z.enum(['percentage', 'fixed_amount']),
    value: z.number().int().min(1).max(100_000_000),
    oncePerCustomer: z.boolean().default(true),
  })
  .refine((discount) => discount.type !== 'percentage' || discount.value <= 100, {
    message: 'A percentage is a whole number from 1 to 100',
    path: ['value'],
  })
  .meta({ id: 'ShopifyDiscount' });
export type ShopifyDiscount = z.infer<typeof ShopifyDiscountSchema>;

export const ShopifySettingsInputSchema = z
  .strictObject({
    // Checked as sent, then lower-cased (host names have no case; Shopify names shops in lower case).
    shopDomain: z
      .string()
      .regex(SHOP_DOMAIN, 'The shop’s own domain, such as fiesta-shop.myshopify.com')
      .toLowerCase(),
    /** The secret Shopify shows under Settings › Notifications › Webhooks ("signed with"). Never returned. */
    webhookSecret: trimmedText({ min: 16, max: 200 }),
    /**
     * A custom app's Admin API access token (`shpat_…`, scope `write_discounts`), with which Embassy
     * makes each ambassador's code a discount in the shop. Sealed, never returned; left out, the
     * stored one is kept.
     */
    adminAccessToken: z
      .string()
      .min(20)
      .max(255)
      .regex(/^[\x21-\x7E]+$/, 'An Admin API access token, such as shpat_…, without spaces')
      .optional(),
    /** What each ambassador's code gives at checkout. Left out, the stored one is kept. */
    discount: ShopifyDiscountSchema.optional(),
  })
  .meta({ id: 'ShopifySettingsInput' });

export const ShopifySettingsSchema = z
  .object({
    shopDomain: z.string(),
    /** Where to point the shop's webhooks (path; prefix with the API's origin). */
    webhookPath: z.string(),
    topics: z.array(z.enum(SHOPIFY_TOPICS)),
    /** Whether an Admin API token is stored (the token itself is never returned). */
    adminAccessTokenSet: z.boolean(),
    discount: ShopifyDiscountSchema.optional(),
    updatedAt: z.string(),
    updatedBy: z.string(),
  })
  .meta({ id: 'ShopifySettings' });

export type ShopifySettings = z.infer<typeof ShopifySettingsSchema>;

/**
 * The parts of Shopify's webhook payloads (REST Admin API shapes, as `orders/paid` and
 * `refunds/create` deliver them) that attribution reads. Everything else is ignored.
 */
const MoneySet = z.looseObject({ shop_money: z.looseObject({ amount: z.union([z.string(), z.number()]) }) });

const NameValue = z.looseObject({ name: z.string(), value: z.unknown() });

export const ShopifyOrderSchema = z.looseObject({
  id: z.union([z.number(), z.string()]),
  email: z.string().nullish(),
  contact_email: z.string().nullish(),
  customer: z.looseObject({ email: z.string().nullish() }).nullish(),
  created_at: z.string(),
  processed_at: z.string().nullish(),
  // Three letters, or Intl (which gives the minor unit) throws; an unknown code is refused later.
  currency: z.string().regex(/^[A-Za-z]{3}$/),
  subtotal_price: z.union([z.string(), z.number()]),
  discount_codes: z.array(z.looseObject({ code: z.string() })).nullish(),
  note_attributes: z.array(NameValue).nullish(),
  landing_site: z.string().nullish(),
  line_items: z
    .array(
      z.looseObject({
        id: z.union([z.number(), z.string()]).nullish(),
        sku: z.string().nullish(),
        variant_id: z.union([z.number(), z.string()]).nullish(),
        quantity: z.number(),
        price: z.union([z.string(), z.number()]),
      }),
    )
    .nullish(),
});

export type ShopifyOrder = z.infer<typeof ShopifyOrderSchema>;

export const ShopifyRefundSchema = z.looseObject({
  id: z.union([z.number(), z.string()]),
  order_id: z.union([z.number(), z.string()]),
  refund_line_items: z
    .array(
      z.looseObject({
        subtotal: z.union([z.string(), z.number()]).nullish(),
        subtotal_set: MoneySet.nullish(),
      }),
    )
    .nullish(),
  transactions: z
    .array(z.looseObject({ kind: z.string(), status: z.string(), amount: z.union([z.string(), z.number()]) }))
    .nullish(),
  order_adjustments: z
    .array(z.looseObject({ kind: z.string().nullish(), amount: z.union([z.string(), z.number()]).nullish() }))
    .nullish(),
  refund_shipping_lines: z.array(z.looseObject({ subtotal_amount_set: MoneySet.nullish() })).nullish(),
});

export type ShopifyRefund = z.infer<typeof ShopifyRefundSchema>;
export type ShopifySettingsInput = z.infer<typeof ShopifySettingsInputSchema>;
