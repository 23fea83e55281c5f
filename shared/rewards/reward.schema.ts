import { z } from 'zod';
import { CursorSchema, LimitSchema, trimmedText } from '../common.schema.ts';
import { RewardKindSchema } from './redemption.schema.ts';

export { REWARD_KINDS, type RewardKind, RewardKindSchema } from './redemption.schema.ts';

/**
 * A moment of a reward's window: an instant with its offset (`2026-12-01T09:00:00Z`), or a
 * wall-clock time or a day in the program's time zone (`2026-12-01T09:00`, `2026-12-01`). A day
 * means its start for `availableFrom` and its end for `availableUntil`.
 */
export const RewardMomentSchema = z
  .string()
  .max(40)
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/,
    'Must be a day (2026-12-01), a time in the program’s zone (2026-12-01T09:00) or an instant (2026-12-01T08:00:00Z)',
  )
  .refine(
    (value) => !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)),
    'Not a real date',
  );

const RewardFields = {
  title: trimmedText({ min: 1, max: 120 }),
  description: trimmedText({ max: 2000 }),
  /** A key from `POST /uploads` (JPEG, PNG or WebP, uploaded like proof images). */
  imageKey: z.string().min(1).max(300),
  /** Points the reward costs; spending lowers the balance, never lifetime points. */
  costPoints: z.number().int().min(1).max(10_000_000),
  /** How many are left. Code rewards count their unclaimed codes instead. Absent: unlimited. */
  stock: z.number().int().min(0).max(1_000_000),
  /** How many live redemptions one ambassador may hold (rejected and cancelled ones do not count). */
  perMemberLimit: z.number().int().min(1).max(1000),
  /** The lowest tier that may redeem (a tier id of the program). */
  minTier: z.string().min(1).max(32),
  availableFrom: RewardMomentSchema,
  availableUntil: RewardMomentSchema,
  /** Products and perks need a manager's approval unless set false; codes are fulfilled at once unless set true. */
  requiresApproval: z.boolean(),
  active: z.boolean(),
  /** Product seeding: the challenge the ambassador is asked to post in once the gift arrives. */
  followUpChallengeId: z.string().min(1).max(64),
  /** Days after fulfilment to post in the follow-up challenge (default 14). */
  postWithinDays: z.number().int().min(1).max(365),
};

export const CreateRewardSchema = z
  .strictObject({
    title: RewardFields.title,
    description: RewardFields.description.default(''),
    kind: RewardKindSchema,
    costPoints: RewardFields.costPoints,
    imageKey: RewardFields.imageKey.optional(),
    stock: RewardFields.stock.optional(),
    perMemberLimit: RewardFields.perMemberLimit.optional(),
    minTier: RewardFields.minTier.optional(),
    availableFrom: RewardFields.availableFrom.optional(),
    availableUntil: RewardFields.availableUntil.optional(),
    requiresApproval: RewardFields.requiresApproval.optional(),
    active: RewardFields.active.default(true),
    followUpChallengeId: RewardFields.followUpChallengeId.optional(),
    postWithinDays: RewardFields.postWithinDays.optional(),
  })
  .meta({ id: 'CreateReward' });
export type CreateRewardInput = z.infer<typeof CreateRewardSchema>;

/** A change: the fields given are set; `null` clears an optional one. The kind never changes. */
export const UpdateRewardSchema = z
  .strictObject({
    title: RewardFields.title.optional(),
    description: RewardFields.description.optional(),
    costPoints: RewardFields.costPoints.optional(),
    imageKey: RewardFields.imageKey.nullable().optional(),
    stock: RewardFields.stock.nullable().optional(),
    perMemberLimit: RewardFields.perMemberLimit.nullable().optional(),
    minTier: RewardFields.minTier.nullable().optional(),
    availableFrom: RewardFields.availableFrom.nullable().optional(),
    availableUntil: RewardFields.availableUntil.nullable().optional(),
    requiresApproval: RewardFields.requiresApproval.optional(),
    active: RewardFields.active.optional(),
    followUpChallengeId: RewardFields.followUpChallengeId.nullable().optional(),
    postWithinDays: RewardFields.postWithinDays.nullable().optional(),
  })
  .meta({ id: 'UpdateReward' });
export type UpdateRewardInput = z.infer<typeof UpdateRewardSchema>;

/** A reward as stored. */
export const RewardSchema = z
  .object({
    programId: z.string(),
    rewardId: z.string(),
    title: z.string(),
    description: z.string(),
    kind: RewardKindSchema,
    costPoints: z.number().int(),
    imageKey: z.string().optional(),
    stock: z.number().int().optional(),
    perMemberLimit: z.number().int().optional(),
    minTier: z.string().optional(),
    /** Instants (UTC); the window is [availableFrom, availableUntil). */
    availableFrom: z.string().optional(),
    availableUntil: z.string().optional(),
    requiresApproval: z.boolean(),
    active: z.boolean(),
    followUpChallengeId: z.string().optional(),
    postWithinDays: z.number().int().optional(),
    /** Live redemptions (requested, approved or fulfilled). */
    redeemed: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Reward' });
export type Reward = z.infer<typeof RewardSchema>;

export const LOCK_REASONS = [
  'inactive',
  'tier',
  'not_yet',
  'ended',
  'limit_reached',
  'out_of_stock',
] as const;

/** A reward as one caller sees it: with an image link, and for ambassadors whether they can have it. */
export const RewardViewSchema = RewardSchema.extend({
  /** A short-lived link to the image. */
  imageUrl: z.string().optional(),
  /** Ambassadors: their balance covers the cost. */
  affordable: z.boolean().optional(),
  /** Ambassadors: points still needed (0 when affordable). */
  pointsToGo: z.number().int().optional(),
  /**
   * Ambassadors: why they cannot redeem it now, apart from points: `reason` and its values say it
   * (a reader's own words are built from them), `message` says it in English.
   */
  locked: z
    .object({
      reason: z.enum(LOCK_REASONS),
      message: z.string(),
      /** `tier`: the tier id needed (its name is in the program's tiers). */
      tier: z.string().optional(),
      /** `not_yet`: the instant it opens; `ended`: the instant it ended (the program's zone words them). */
      at: z.string().optional(),
      /** `limit_reached`: how many one member may hold. */
      limit: z.number().int().optional(),
    })
    .optional(),
  /** Ambassadors: their live redemptions of it. */
  mine: z.number().int().optional(),
}).meta({ id: 'RewardView' });
export type RewardView = z.infer<typeof RewardViewSchema>;

export const ListRewardsQuerySchema = z.object({
  limit: LimitSchema,
  cursor: CursorSchema,
});

export const UploadCodesSchema = z
  .strictObject({
    /** Codes as the shop issued them (1–1,000 a call); each may be uploaded once. */
    codes: z
      .array(
        // Checked as sent, not trimmed first: the document says no spaces, and a code with a
        // space around it would be another code than the one the shop issued.
        z
          .string()
          .min(1)
          .max(200)
          .regex(/^[\x21-\x7e]+$/, 'A code is printable ASCII without spaces'),
      )
      .min(1)
      .max(1000),
  })
  .meta({ id: 'UploadRewardCodes' });

export const UploadCodesResultSchema = z
  .object({ added: z.number().int(), left: z.number().int() })
  .meta({ id: 'RewardCodesUploaded' });

export const PointsAdjustmentSchema = z
  .strictObject({
    /** Positive to grant, negative to deduct; a deduction may not take the balance below zero. */
    points: z
      .number()
      .int()
      .min(-1_000_000)
      .max(1_000_000)
      .refine((n) => n !== 0, 'Must not be 0'),
    reason: trimmedText({ min: 1, max: 300 }),
  })
  .meta({ id: 'PointsAdjustment' });
