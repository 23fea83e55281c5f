import { z } from 'zod';
import { MonthSchema, trimmedText } from '../common.schema.ts';
import { ReachBonusesSchema, ReachBonusSchema } from '../content/figures.schema.ts';
import { PLATFORMS } from '../submissions/post-url.ts';

/** Letters and digits of any script: the `u` flag is JavaScript's; JSON Schema patterns are read that way already. */
const TAG = /^[#@]?[\p{L}\p{N}_.]{1,60}$/u;

// Checked as sent, not trimmed first: the document's pattern refuses the spaces around a tag, so
// the server does too (the dashboard splits tags on spaces before it sends them).
const tag = (prefix: '#' | '@') =>
  z
    .string()
    .regex(TAG, `Write tags like ${prefix}name`)
    // The OpenAPI generator would write the flag into the pattern (`…$/u`), which no client reads.
    .meta({ pattern: TAG.source })
    .transform((value) => `${prefix}${value.replace(/^[#@]/, '')}`);

export const RequirementsSchema = z
  .object({
    platforms: z
      .array(z.enum(PLATFORMS))
      .min(1)
      .max(PLATFORMS.length)
      .default([...PLATFORMS]),
    hashtags: z.array(tag('#')).max(10).default([]),
    mentions: z.array(tag('@')).max(10).default([]),
    /** Posts must carry an ad disclosure (#ad, the platform's paid-partnership label…). */
    disclosureRequired: z.boolean().default(true),
  })
  .meta({ id: 'ChallengeRequirements' });
export type Requirements = z.infer<typeof RequirementsSchema>;

const MAX_WINDOW_DAYS = 92;
const isoInstant = z.iso.datetime({
  offset: true,
  error: 'Must be an ISO-8601 date-time, such as 2026-12-01T09:00:00Z',
});

const challengeFields = {
  title: trimmedText({ min: 1, max: 120 }),
  brief: z.string().max(5000).default(''),
  /** A calendar month in the program's time zone; or give opensAt and closesAt. */
  month: MonthSchema.optional(),
  opensAt: isoInstant.optional(),
  closesAt: isoInstant.optional(),
  points: z.number().int().min(0).max(100_000).default(100),
  requirements: RequirementsSchema.default({
    platforms: [...PLATFORMS],
    hashtags: [],
    mentions: [],
    disclosureRequired: true,
  }),
  maxSubmissionsPerAmbassador: z.number().int().min(1).max(20).default(1),
  /** Scarcity: only the first N approved posts earn their place. */
  slots: z.number().int().min(1).max(100_000).optional(),
  /** Only ambassadors at this tier or above may take part. */
  minTier: z.string().max(32).optional(),
  /** Challenges the ambassador must have had a post approved in first. */
  prerequisites: z.array(z.string().min(1).max(64)).max(10).default([]),
  /**
   * A sales challenge: completed by this many attributed sales (self-referrals excluded) made
   * within its window, not by posts. Its points are awarded when the goal is reached.
   */
  salesGoal: z.number().int().min(1).max(10_000).optional(),
  /** Points for posts whose verified figures reach a threshold, each paid once per post. */
  reachBonuses: ReachBonusesSchema.optional(),
  /** Posts must come with a grant of rights under the program's content terms. */
  rightsRequired: z.boolean().default(false),
};

type WindowInput = {
  month?: string | undefined;
  opensAt?: string | undefined;
  closesAt?: string | undefined;
};

/** Exactly one way to give the window; an explicit one must be ordered and at most 92 days. */
function checkWindow(value: WindowInput, ctx: z.RefinementCtx, required: boolean): void {
  const explicit = value.opensAt !== undefined || value.closesAt !== undefined;
  if (value.month !== undefined && explicit) {
    ctx.addIssue({
      code: 'custom',
      path: ['month'],
      message: 'Give either month or opensAt and closesAt, not both',
    });
    return;
  }
  if (!explicit) {
    if (required && value.month === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['month'],
        message: 'Give the month (YYYY-MM), or opensAt and closesAt',
      });
    }
    return;
  }
  // An update may move only the deadline; everything else gives both ends.
  if (!required && value.opensAt === undefined && value.closesAt !== undefined) return;
  if (value.opensAt === undefined || value.closesAt === undefined) {
    ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'Give both opensAt and closesAt' });
    return;
  }
  const days = (Date.parse(value.closesAt) - Date.parse(value.opensAt)) / 86_400_000;
  if (days <= 0)
    ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'closesAt must be after opensAt' });
  if (days > MAX_WINDOW_DAYS) {
    ctx.addIssue({
      code: 'custom',
      path: ['closesAt'],
      message: `A challenge runs at most ${MAX_WINDOW_DAYS} days`,
    });
  }
}

export const CreateChallengeSchema = z
  .strictObject(challengeFields)
  .superRefine((value, ctx) => checkWindow(value, ctx, true))
  .meta({ id: 'CreateChallenge' });
export type CreateChallengeInput = z.infer<typeof CreateChallengeSchema>;

export const UpdateChallengeSchema = z
  .strictObject({
    title: challengeFields.title,
    brief: z.string().max(5000),
    month: MonthSchema,
    opensAt: isoInstant,
    closesAt: isoInstant,
    points: z.number().int().min(0).max(100_000),
    requirements: RequirementsSchema,
    maxSubmissionsPerAmbassador: z.number().int().min(1).max(20),
    slots: z.number().int().min(1).max(100_000).nullable(),
    minTier: z.string().max(32).nullable(),
    prerequisites: z.array(z.string().min(1).max(64)).max(10),
    salesGoal: z.number().int().min(1).max(10_000).nullable(),
    reachBonuses: ReachBonusesSchema,
    rightsRequired: z.boolean(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change')
  .superRefine((value, ctx) => checkWindow(value, ctx, false))
  .meta({ id: 'UpdateChallenge' });
export type UpdateChallengeInput = z.infer<typeof UpdateChallengeSchema>;

export const CHALLENGE_STATUSES = ['draft', 'scheduled', 'open', 'closed'] as const;
export const ChallengeStatusSchema = z.enum(CHALLENGE_STATUSES);
export type ChallengeStatus = z.infer<typeof ChallengeStatusSchema>;

export const ChallengeSchema = z
  .object({
    challengeId: z.string(),
    programId: z.string(),
    title: z.string(),
    brief: z.string(),
    month: z.string().optional(),
    opensAt: z.string(),
    closesAt: z.string(),
    points: z.number(),
    requirements: RequirementsSchema,
    maxSubmissionsPerAmbassador: z.number(),
    slots: z.number().optional(),
    slotsUsed: z.number(),
    minTier: z.string().optional(),
    prerequisites: z.array(z.string()),
    salesGoal: z.number().optional(),
    reachBonuses: z.array(ReachBonusSchema).optional(),
    rightsRequired: z.boolean().optional(),
    published: z.boolean(),
    publishedAt: z.string().optional(),
    /** When approved ambassadors were told it opened; set once by the scheduler. */
    announcedAt: z.string().optional(),
    /** Product seeding: gifts sent that ask for a post here, and how many of them were posted about. */
    giftsSent: z.number().int().optional(),
    giftsPosted: z.number().int().optional(),
    /** As last set by the scheduler; readers use the clock (see challengeStatus). */
    status: ChallengeStatusSchema,
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Challenge' });
export type Challenge = z.infer<typeof ChallengeSchema>;

/**
 * Why an ambassador cannot take part yet: `code` and its values say it (a reader's own words are
 * built from them); `message` says it in English.
 */
export const LockSchema = z.object({
  code: z.enum(['tier', 'prerequisite']),
  message: z.string(),
  /** `tier`: the tier id needed (its name is in the program's tiers). */
  tier: z.string().optional(),
  /** `prerequisite`: the challenges still without an approved post of the caller's. */
  challengeIds: z.array(z.string()).optional(),
  /** `prerequisite`: their titles, in the order of `challengeIds`. */
  titles: z.array(z.string()).optional(),
});
export type Lock = z.infer<typeof LockSchema>;

/** A challenge as one ambassador sees it: the participation chain made visible. */
export const ChallengeViewSchema = ChallengeSchema.partial({ createdBy: true })
  .extend({
    status: ChallengeStatusSchema,
    slotsLeft: z.number().optional(),
    locked: z.boolean(),
    lock: LockSchema.optional(),
    mySubmissions: z.number().optional(),
    /** Sales challenges: the caller's sales counted toward the goal. */
    mySales: z.number().optional(),
    completed: z.boolean().optional(),
    /** Challenges that list this one as a prerequisite: what finishing it unlocks. */
    unlocks: z.array(z.object({ challengeId: z.string(), title: z.string() })),
  })
  .meta({ id: 'ChallengeView' });
export type ChallengeView = z.infer<typeof ChallengeViewSchema>;

export const ListChallengesQuerySchema = z.object({
  month: MonthSchema.optional(),
  status: ChallengeStatusSchema.optional(),
});
