import { z } from 'zod';

/** The vocabulary of a post's figures, and what a post and a challenge carry of them (kept small: the challenges function loads it). */

/** The figures a post can carry, as the platforms' insights name them. */
export const METRICS = ['views', 'impressions', 'reach', 'likes', 'comments', 'shares', 'saves'] as const;
export type Metric = (typeof METRICS)[number];
/** The figures that add up to engagements. */
export const ENGAGEMENT_METRICS = ['likes', 'comments', 'shares', 'saves'] as const satisfies Metric[];

/** Beyond any post's audience (10^12), and well inside what DynamoDB and JSON keep exactly. */
const MAX_FIGURE = 1_000_000_000_000;
export const figure = z.number().int().min(0).max(MAX_FIGURE);

export type Figures = Partial<Record<Metric, number>>;
export const FiguresSchema = z
  .object(
    Object.fromEntries(METRICS.map((m) => [m, figure.optional()])) as Record<
      Metric,
      z.ZodOptional<typeof figure>
    >,
  )
  .meta({ id: 'PostFigures' });

/** What a post counts for: the figures of its latest report that counts (see countedReport). */
export const CountedMetricsSchema = z
  .object({
    ...(Object.fromEntries(METRICS.map((m) => [m, figure.optional()])) as Record<
      Metric,
      z.ZodOptional<typeof figure>
    >),
    /** likes + comments + shares + saves, of those known. */
    engagements: z.number().int(),
    reportId: z.string(),
    asOf: z.string(),
    status: z.enum(['reported', 'verified']),
  })
  .meta({ id: 'CountedMetrics' });
export type CountedMetrics = z.infer<typeof CountedMetricsSchema>;

/** A reach bonus of a challenge: paid once per post, when a verified report reaches it. */
export const ReachBonusSchema = z
  .strictObject({
    metric: z.enum(METRICS),
    atLeast: z.number().int().min(1).max(MAX_FIGURE),
    points: z.number().int().min(1).max(100_000),
  })
  .meta({ id: 'ReachBonus' });
export type ReachBonus = z.infer<typeof ReachBonusSchema>;
export const ReachBonusesSchema = z
  .array(ReachBonusSchema)
  .max(10)
  .refine(
    (bonuses) => new Set(bonuses.map((b) => `${b.metric}:${b.atLeast}`)).size === bonuses.length,
    'Each reach bonus needs its own metric and threshold',
  );
