import { z } from 'zod';
import { CursorSchema, LimitSchema, trimmedText } from '../common.schema.ts';
import { RightsGrantInputSchema, RightsGrantSchema } from '../content/content-terms.schema.ts';
import { CountedMetricsSchema } from '../content/figures.schema.ts';
import { PLATFORMS } from './post-url.ts';
import { SUBMISSION_LIMITS } from './submission-limits.ts';

export const SUBMISSION_STATUSES = ['pending', 'approved', 'rejected', 'changes_requested'] as const;
export const SubmissionStatusSchema = z.enum(SUBMISSION_STATUSES);
export type SubmissionStatus = z.infer<typeof SubmissionStatusSchema>;

export const CaptionFlagSchema = z.object({
  code: z.enum(['disclosure_missing', 'hashtag_missing', 'mention_missing']),
  message: z.string(),
  value: z.string().optional(),
});

export const SubmitPostSchema = z
  .strictObject({
    postUrl: trimmedText({ min: 1, max: SUBMISSION_LIMITS.postUrl }),
    platform: z.enum(PLATFORMS),
    caption: z.string().max(SUBMISSION_LIMITS.caption).default(''),
    /** The key from `POST /api/programs/{programId}/uploads`, after the image was uploaded. */
    proofImageKey: z.string().max(SUBMISSION_LIMITS.proofImageKey).optional(),
    /** Rights for the brand to reuse the post, under the program's current content terms. */
    rightsGrant: RightsGrantInputSchema.optional(),
  })
  .meta({ id: 'SubmitPost' });
export type SubmitPostInput = z.infer<typeof SubmitPostSchema>;

export const ReviewSchema = z
  .strictObject({
    decision: z.enum(['approve', 'reject', 'request_changes']),
    feedback: trimmedText({ max: 2000 }).optional(),
    /** The version the reviewer saw: a decision on an older version is refused (409). */
    version: z.number().int().min(1),
  })
  .refine((r) => r.decision === 'approve' || (r.feedback !== undefined && r.feedback.length > 0), {
    message: 'Feedback is required when rejecting or requesting changes',
    path: ['feedback'],
  })
  .meta({ id: 'Review' });
export type ReviewInput = z.infer<typeof ReviewSchema>;

export const SubmissionSchema = z
  .object({
    submissionId: z.string(),
    programId: z.string(),
    challengeId: z.string(),
    userId: z.string(),
    authorName: z.string(),
    /** The canonical form of the link: the same post in another form is a duplicate. */
    postUrl: z.string(),
    platform: z.enum(PLATFORMS),
    caption: z.string(),
    proofImageKey: z.string().optional(),
    status: SubmissionStatusSchema,
    /** How many times the author sent the post: 1, then one more with each resubmission after `request_changes`. */
    version: z.number().int(),
    /** What the automatic checks found for the reviewer: missing disclosure, hashtags, mentions. */
    flags: z.array(CaptionFlagSchema),
    feedback: z.string().optional(),
    reviewedBy: z.string().optional(),
    reviewedAt: z.string().optional(),
    pointsAwarded: z.number().int().optional(),
    rightsGrant: RightsGrantSchema.optional(),
    kudos: z.number().int().default(0),
    /** An approved post's figures: its latest report that counts (POST …/metrics). */
    metrics: CountedMetricsSchema.optional(),
    /** The reach bonuses paid for the post, as `metric:atLeast`. */
    reachBonusesPaid: z.array(z.string()).optional(),
    submittedAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Submission' });
export type Submission = z.infer<typeof SubmissionSchema>;

/**
 * The next useful actions after a submission: the participation chain, no dead ends. `label` is
 * in English; a reader's own words are built from `action` (and `title`).
 */
export const NextActionSchema = z.object({
  action: z.enum(['share_referral_link', 'view_gallery', 'unlocks_challenge', 'next_challenge']),
  label: z.string(),
  href: z.string().optional(),
  challengeId: z.string().optional(),
  /** `unlocks_challenge`: the title of the challenge it unlocks. */
  title: z.string().optional(),
});
export type NextAction = z.infer<typeof NextActionSchema>;

export const SubmissionQuerySchema = z.object({
  status: SubmissionStatusSchema.optional(),
  challengeId: z.string().max(64).optional(),
  limit: LimitSchema,
  cursor: CursorSchema,
});

/** What other ambassadors see in the gallery: the post, not the review. */
export const GalleryItemSchema = SubmissionSchema.pick({
  submissionId: true,
  challengeId: true,
  userId: true,
  authorName: true,
  postUrl: true,
  platform: true,
  caption: true,
  kudos: true,
  reviewedAt: true,
})
  .extend({
    /** Whether the person reading the gallery already gave this post kudos (one each). */
    kudosGiven: z.boolean(),
    /** A short-lived link to the proof image's thumbnail, once it is made (never the original). */
    thumbnailUrl: z.string().optional(),
  })
  .meta({ id: 'GalleryItem' });
export type GalleryItem = z.infer<typeof GalleryItemSchema>;

/** A post as the gallery shows it; `kudosGiven` says whether the reader gave it kudos. */
export function toGalleryItem(submission: Submission, kudosGiven: boolean): GalleryItem {
  const { submissionId, challengeId, userId, authorName, postUrl, platform, caption, kudos, reviewedAt } =
    submission;
  return {
    submissionId,
    challengeId,
    userId,
    authorName,
    postUrl,
    platform,
    caption,
    kudos,
    kudosGiven,
    reviewedAt,
  };
}
