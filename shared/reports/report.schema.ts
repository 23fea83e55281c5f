import { z } from 'zod';

/** Referral figures for a row, a total or an ambassador: money in minor units. */
export const ReportFiguresSchema = z
  .object({
    clicks: z.number().int(),
    orders: z.number().int(),
    revenue: z.number().int(),
    refunds: z.number().int(),
    netRevenue: z.number().int(),
    /** Orders per counted click, to four places; null without clicks. */
    conversionRate: z.number().nullable(),
    /** Commission lines by state, clawbacks netted in. */
    commission: z.object({ pending: z.number().int(), approved: z.number().int(), paid: z.number().int() }),
  })
  .meta({ id: 'ReportFigures' });
export type ReportFigures = z.infer<typeof ReportFiguresSchema>;

export const ReferralReportSchema = z
  .object({
    programId: z.string(),
    currency: z.string(),
    from: z.string(),
    to: z.string(),
    groupBy: z.enum(['ambassador', 'challenge', 'day']),
    rows: z.array(ReportFiguresSchema.extend({ key: z.string(), name: z.string() })),
    totals: ReportFiguresSchema,
  })
  .meta({ id: 'ReferralReport' });
export type ReferralReport = z.infer<typeof ReferralReportSchema>;
export type ReportRow = ReferralReport['rows'][number];
