import { z } from 'zod';
import { CursorSchema, LimitSchema } from '../common.schema.ts';

/**
 * Where an ambassador's code stands in the shop:
 * - `pending`: Embassy has work to do in the shop (create, deactivate, activate, end), queued or retrying;
 * - `created`: the discount exists in the shop and works (until `endsAt`, when set);
 * - `deactivated`: the discount exists in the shop but is switched off (the ambassador is suspended);
 * - `failed`: Shopify refused, or kept failing; `reason` says why. A manager may retry.
 */
export const SHOPIFY_CODE_STATUSES = ['pending', 'created', 'deactivated', 'failed'] as const;
export const ShopifyCodeStatusSchema = z.enum(SHOPIFY_CODE_STATUSES);
export type ShopifyCodeStatus = z.infer<typeof ShopifyCodeStatusSchema>;

/** A code as Embassy keeps it in step with the shop. */
export const ShopifyCodeSchema = z
  .object({
    code: z.string(),
    programId: z.string(),
    ambassadorId: z.string(),
    status: ShopifyCodeStatusSchema,
    /** What the shop should have: the discount working (`active`) or switched off (`inactive`). */
    wanted: z.enum(['active', 'inactive']),
    /** When the shop's discount stops (the code was replaced by a new one). */
    endsAt: z.string().optional(),
    /** Why the last attempt did not get there (Shopify's words, or the network's). */
    reason: z.string().optional(),
    /** The discount's id in the shop (`gid://shopify/DiscountCodeNode/…`), once made. */
    discountId: z.string().optional(),
    /** Attempts since the last success or retry. */
    attempts: z.number().int(),
    /** When the next attempt is due, while there is work to do. */
    nextAttemptAt: z.string().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ShopifyCode' });
export type ShopifyCode = z.infer<typeof ShopifyCodeSchema>;

export const ShopifyCodeQuerySchema = z.object({
  status: ShopifyCodeStatusSchema.optional(),
  ambassadorId: z.string().min(1).max(64).optional(),
  limit: LimitSchema,
  cursor: CursorSchema,
});
export type ShopifyCodeQuery = z.infer<typeof ShopifyCodeQuerySchema>;

export const ShopifyCodePageSchema = z
  .object({
    items: z.array(ShopifyCodeSchema),
    nextCursor: z.string().optional(),
    /**
     * Whether Embassy can make codes in the shop at all (an Admin API token and a discount are
     * set). When false, every code exists only in Embassy: it attributes through links and the
     * conversions API, but the shop's checkout does not know it.
     */
    shopSyncEnabled: z.boolean(),
  })
  .meta({ id: 'ShopifyCodePage' });
export type ShopifyCodePage = z.infer<typeof ShopifyCodePageSchema>;

/** One ambassador's code and where it stands in the shop, with a sentence that says so plainly. */
export const AmbassadorShopifyCodeSchema = z
  .object({
    referralCode: z.string().optional(),
    /** Whether the shop's checkout takes the code now. */
    inShop: z.boolean(),
    /** Absent when Embassy keeps no shop record for it (no Admin API token, or not yet queued). */
    status: ShopifyCodeStatusSchema.optional(),
    /**
     * Which of the sentences `message` is, for a reader's own words: `no_code` (it comes with
     * approval), `waiting` (no shop record yet), `not_connected` (the shop is not connected for
     * codes), or the shop record's `status`.
     */
    state: z.enum(['no_code', 'waiting', 'not_connected', ...SHOPIFY_CODE_STATUSES]),
    /** `failed`: Shopify's own reason, in its words. */
    reason: z.string().optional(),
    message: z.string(),
  })
  .meta({ id: 'AmbassadorShopifyCode' });
export type AmbassadorShopifyCode = z.infer<typeof AmbassadorShopifyCodeSchema>;
