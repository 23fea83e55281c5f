import { z } from 'zod';
import { CursorSchema, LimitSchema, trimmedText } from '../common.schema.ts';
import { FiguresSchema, figure, METRICS, type Metric } from './figures.schema.ts';

const isoInstant = z.iso.datetime({
  offset: true,
  error: 'Must be an ISO-8601 date-time, such as 2026-12-01T09:00:00Z',
});

export const METRICS_SOURCES = ['ambassador', 'platform'] as const;

/**
 * A report of a post's figures. Figures left out keep their last reported value. `asOf` is when
 * the figures were read (default: now); a report may not be older than the one before it.
 */
export const ReportMetricsSchema = z
  .strictObject({
    ...(Object.fromEntries(METRICS.map((m) => [m, figure.optional()])) as Record<
      Metric,
      z.ZodOptional<typeof figure>
    >),
    /** The key from `POST /api/programs/{programId}/uploads` of a screenshot of the platform's insights. */
    screenshotKey: z.string().max(300).optional(),
    asOf: isoInstant.optional(),
    /** Why a figure went down (required then: platforms recount, people delete). */
    note: trimmedText({ max: 500 }).optional(),
  })
  .refine((report) => METRICS.some((m) => report[m] !== undefined), {
    message: `Report at least one figure: ${METRICS.join(', ')}`,
    path: ['views'],
  })
  .meta({ id: 'ReportMetrics' });
export type ReportMetricsInput = z.infer<typeof ReportMetricsSchema>;

export const VerifyMetricsSchema = z
  .strictObject({
    status: z.enum(['verified', 'disputed']),
    /** Required when disputing: the ambassador sees it. */
    reason: trimmedText({ max: 500 }).optional(),
  })
  .refine((v) => v.status === 'verified' || (v.reason !== undefined && v.reason.length > 0), {
    message: 'Say why the figures are disputed',
    path: ['reason'],
  })
  .meta({ id: 'VerifyMetrics' });
export type VerifyMetricsInput = z.infer<typeof VerifyMetricsSchema>;

export const METRICS_REPORT_STATUSES = ['reported', 'verified', 'disputed'] as const;
export type MetricsReportStatus = (typeof METRICS_REPORT_STATUSES)[number];

/**
 * An implausible figure: `code` and its values say what (a reader's own words are built from
 * them), `message` says it in English. Flags kept before the values came have none.
 */
export const MetricsFlagSchema = z.object({
  code: z.enum(['jump', 'likes_above_views']),
  metric: z.enum(METRICS),
  message: z.string(),
  /** `jump`: the figure in the last report. */
  before: z.number().optional(),
  /** `jump`: the figure now; `likes_above_views`: the likes. */
  now: z.number().optional(),
  /** `jump`: how many times the last report a figure may be before it is flagged. */
  factor: z.number().optional(),
  /** `likes_above_views`: the views. */
  views: z.number().optional(),
});
export type MetricsFlag = z.infer<typeof MetricsFlagSchema>;

export const MetricsReportSchema = z
  .object({
    reportId: z.string(),
    programId: z.string(),
    submissionId: z.string(),
    /** The post's author. */
    userId: z.string(),
    /** Every figure known as of this report: the ones it gave, and the last value of the others. */
    figures: FiguresSchema,
    /** Which figures this report gave. */
    reported: z.array(z.enum(METRICS)),
    asOf: z.string(),
    note: z.string().optional(),
    screenshotKey: z.string().optional(),
    /** Who read the figures: the ambassador, or a platform fetcher. */
    source: z.enum(METRICS_SOURCES),
    status: z.enum(METRICS_REPORT_STATUSES),
    /** Implausible figures, held for a look: a flagged report counts once it is verified. */
    flags: z.array(MetricsFlagSchema),
    verification: z.object({ by: z.string(), at: z.string(), reason: z.string().optional() }).optional(),
    reportedAt: z.string(),
  })
  .meta({ id: 'MetricsReport' });
export type MetricsReport = z.infer<typeof MetricsReportSchema>;

export const MetricsReportQuerySchema = z.object({
  /** `flagged`: reported and held for a look; `reported`: every report not yet verified or disputed. */
  status: z.enum(['reported', 'flagged']).default('reported'),
  limit: LimitSchema,
  cursor: CursorSchema,
});
export type MetricsReportQuery = z.infer<typeof MetricsReportQuerySchema>;
