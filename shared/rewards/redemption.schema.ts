import { z } from 'zod';
import { CursorSchema, HttpsUrlSchema, LimitSchema, trimmedText } from '../common.schema.ts';

export const REWARD_KINDS = ['code', 'product', 'perk'] as const;
export const RewardKindSchema = z.enum(REWARD_KINDS);
export type RewardKind = z.infer<typeof RewardKindSchema>;

/** ISO 3166-1 alpha-2 regions Intl knows as countries; EU, UN and the private-use codes are not. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  const name = regionNames.of(code);
  return name !== undefined && name !== code && name !== 'Unknown Region';
}

export const ShippingAddressSchema = z
  .strictObject({
    name: trimmedText({ min: 1, max: 120 }),
    line1: trimmedText({ min: 1, max: 200 }),
    line2: trimmedText({ max: 200 }).optional(),
    city: trimmedText({ min: 1, max: 120 }),
    postalCode: trimmedText({ min: 1, max: 20 }),
    region: trimmedText({ max: 120 }).optional(),
    /** ISO 3166-1 alpha-2, upper case (DE, FR, US). */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'Must be an ISO 3166-1 alpha-2 code such as DE')
      .refine(isCountryCode, 'Unknown ISO 3166-1 alpha-2 country code'),
  })
  .meta({ id: 'ShippingAddress' });
export type ShippingAddress = z.infer<typeof ShippingAddressSchema>;

export const RedeemRewardSchema = z
  .strictObject({
    /** Required for product rewards, refused for others. */
    shippingAddress: ShippingAddressSchema.optional(),
  })
  .meta({ id: 'RedeemReward' });
export type RedeemRewardInput = z.infer<typeof RedeemRewardSchema>;

export const IdempotencyHeadersSchema = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(255)
    // Spaces around the value are HTTP's, not the key's: the gateway drops them before we see it.
    // No `%`: the Lambda adapter percent-encodes a value that is not ASCII (`Ë` arrives as
    // `%C3%8B`), so refusing `%` refuses those as sent.
    .regex(
      /^ *[\x21-\x24\x26-\x7e]+ *$/,
      'Idempotency-Key is printable ASCII without spaces or %, such as a UUID',
    ),
});

export const REDEMPTION_STATUSES = ['requested', 'approved', 'fulfilled', 'rejected', 'cancelled'] as const;
export const RedemptionStatusSchema = z.enum(REDEMPTION_STATUSES);
export type RedemptionStatus = z.infer<typeof RedemptionStatusSchema>;

export const RedemptionEventSchema = z.object({
  at: z.string(),
  status: RedemptionStatusSchema,
  by: z.string().optional(),
  reason: z.string().optional(),
});

/** Product seeding: the post a fulfilled gift asks for. */
export const GiftFollowUpSchema = z.object({
  challengeId: z.string(),
  /** The reward's postWithinDays when it was redeemed. */
  postWithinDays: z.number().int(),
  /** The ambassador's own deadline: fulfilment plus the reward's postWithinDays. */
  dueAt: z.string().optional(),
  remindedAt: z.string().optional(),
  /** When the ambassador posted in the challenge, and which post. */
  postedAt: z.string().optional(),
  submissionId: z.string().optional(),
});

export const RedemptionSchema = z
  .object({
    programId: z.string(),
    redemptionId: z.string(),
    rewardId: z.string(),
    rewardTitle: z.string(),
    kind: RewardKindSchema,
    userId: z.string(),
    displayName: z.string(),
    costPoints: z.number().int(),
    status: RedemptionStatusSchema,
    shippingAddress: ShippingAddressSchema.optional(),
    /** Code rewards: the code itself, to its ambassador once fulfilled; masked for the team. */
    code: z.string().optional(),
    trackingUrl: z.string().optional(),
    note: z.string().optional(),
    /** Why it was rejected. */
    reason: z.string().optional(),
    followUp: GiftFollowUpSchema.optional(),
    /** `gift_not_posted`: fulfilled, the post's deadline passed, and no post yet. */
    flags: z.array(z.enum(['gift_not_posted'])).optional(),
    history: z.array(RedemptionEventSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Redemption' });
export type Redemption = z.infer<typeof RedemptionSchema>;

/** The stored form carries the sealed code, never shown as is. */
export const StoredRedemptionSchema = RedemptionSchema.omit({ code: true, flags: true }).extend({
  codeHash: z.string().optional(),
  sealedCode: z.string().optional(),
  version: z.number().int(),
});
export type StoredRedemption = z.infer<typeof StoredRedemptionSchema>;

export const ListRedemptionsQuerySchema = z.object({
  status: RedemptionStatusSchema.optional(),
  /** Managers: one ambassador's redemptions. */
  ambassadorId: z.string().min(1).max(64).optional(),
  limit: LimitSchema,
  cursor: CursorSchema,
});
export type ListRedemptionsQuery = z.infer<typeof ListRedemptionsQuerySchema>;

export const DecideRedemptionSchema = z
  .strictObject({
    decision: z.enum(['approve', 'reject']),
    /** Required to reject: the ambassador reads it. */
    reason: trimmedText({ max: 500 }).optional(),
  })
  .meta({ id: 'DecideRedemption' });
export type DecideRedemptionInput = z.infer<typeof DecideRedemptionSchema>;

export const FulfilRedemptionSchema = z
  .strictObject({
    trackingUrl: HttpsUrlSchema.optional(),
    note: trimmedText({ max: 500 }).optional(),
  })
  .meta({ id: 'FulfilRedemption' });
export type FulfilRedemptionInput = z.infer<typeof FulfilRedemptionSchema>;
