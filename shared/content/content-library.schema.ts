import { z } from 'zod';
import { CursorSchema, LimitSchema } from '../common.schema.ts';
import { PLATFORMS } from '../submissions/post-url.ts';
import { ContentScopeSchema } from './content-terms.schema.ts';
import { CountedMetricsSchema } from './figures.schema.ts';
import { RIGHTS_STATUSES } from './rights-status.ts';

export const ContentRightsSchema = z
  .object({
    status: z.enum(RIGHTS_STATUSES),
    scopes: z.array(ContentScopeSchema),
    termsVersion: z.string().optional(),
    termsSha256: z.string().optional(),
    grantedAt: z.string().optional(),
    expiresAt: z.string().optional(),
    revokedAt: z.string().optional(),
    /** When the brand's use must end: the expiry, or the revocation. */
    endsAt: z.string().optional(),
  })
  .meta({ id: 'ContentRights' });

/** One approved post in the brand's content library. */
export const ContentItemSchema = z
  .object({
    submissionId: z.string(),
    challengeId: z.string(),
    challengeTitle: z.string().optional(),
    ambassadorId: z.string(),
    authorName: z.string(),
    platform: z.enum(PLATFORMS),
    /** The post on its platform. */
    postUrl: z.string(),
    caption: z.string(),
    submittedAt: z.string(),
    approvedAt: z.string().optional(),
    rights: ContentRightsSchema,
    /** The figures of the post's latest report that counts (reported or verified, not disputed). */
    metrics: CountedMetricsSchema.optional(),
    /**
     * A short-lived link to the resized copy of the post's proof image, once the thumbnailer has
     * made it (absent until then, and for a post without one).
     */
    thumbnailUrl: z.string().optional(),
  })
  .meta({ id: 'ContentItem' });
export type ContentItem = z.infer<typeof ContentItemSchema>;

const filters = {
  /** `granted`: live grants (expiring ones too); `expiring`: ending within 30 days; `none`: no live grant. */
  rights: z.enum(['granted', 'expiring', 'none']).optional(),
  /** Live grants that cover this scope. */
  scope: ContentScopeSchema.optional(),
  platform: z.enum(PLATFORMS).optional(),
  challengeId: z.string().min(1).max(64).optional(),
  ambassadorId: z.string().min(1).max(64).optional(),
  /** Posts whose latest reported reach is at least this. */
  minReach: z
    .string()
    .regex(/^\d{1,13}$/, 'minReach is a whole number, 0 or more')
    .transform(Number)
    .optional(),
};

export const ContentQuerySchema = z.object({ ...filters, limit: LimitSchema, cursor: CursorSchema });
export type ContentQuery = z.infer<typeof ContentQuerySchema>;
export type ContentFilter = Omit<ContentQuery, 'limit' | 'cursor'>;

export const ContentExportQuerySchema = z.object({ ...filters, cursor: CursorSchema });
export type ContentExportQuery = z.infer<typeof ContentExportQuerySchema>;

/** What revoking answers: the grant, now ending at the moment it was revoked. */
export const RevokedRightsSchema = z
  .object({ submissionId: z.string(), rights: ContentRightsSchema })
  .meta({ id: 'RevokedRights' });
