import { z } from 'zod';
import { CursorSchema } from '../common.schema.ts';
import { UtcDaySchema } from '../utc-day.schema.ts';

/** Referral figures for a row, a total or an ambassador: money in minor units. */
export const ReportFiguresSchema = z
  .object({
    clicks: z.number().int(),
    orders: z.number().int(),
    revenue: z.number().int(),
    refunds: z.number().int(),
    netRevenue: z.number().int(),
    /**
     * Orders a code alone earned (no click from the ambassador's links within the window), and
     * their revenue: part of `orders` and `revenue`, shown apart.
     */
    codeOnly: z.object({ orders: z.number().int(), revenue: z.number().int() }),
    /**
     * Click-attributed orders (`orders − codeOnly.orders`) per counted click, to four places;
     * null without clicks. Code-only orders had no click, so they never count here.
     */
    conversionRate: z.number().nullable(),
    /** Commission lines by state, clawbacks netted in. */
    commission: z.object({ pending: z.number().int(), approved: z.number().int(), paid: z.number().int() }),
  })
  .meta({ id: 'ReportFigures' });
export type ReportFigures = z.infer<typeof ReportFiguresSchema>;

/** The brand's report adds what it keeps apart from the figures (the ambassador's own view does not). */
export const ReferralFiguresSchema = ReportFiguresSchema.extend({
  /** Visits past the burst threshold from one IP in an hour: not in `clicks` nor the conversion rate. */
  suspiciousClicks: z.number().int(),
}).meta({ id: 'ReferralFigures' });
export type ReferralFigures = z.infer<typeof ReferralFiguresSchema>;

export const ReferralReportSchema = z
  .object({
    programId: z.string(),
    currency: z.string(),
    from: z.string(),
    to: z.string(),
    groupBy: z.enum(['ambassador', 'challenge', 'day']),
    /** With `limit`: this page of the rows; without, every row. */
    rows: z.array(ReferralFiguresSchema.extend({ key: z.string(), name: z.string() })),
    /** The whole range's totals, on every page. */
    totals: ReferralFiguresSchema,
    /** With `limit`, when more rows follow: pass it as `cursor` for the next page. */
    nextCursor: z.string().optional(),
  })
  .meta({ id: 'ReferralReport' });
export type ReferralReport = z.infer<typeof ReferralReportSchema>;
export type ReportRow = ReferralReport['rows'][number];

const MAX_DAYS = 1096;

export const ReferralReportQuerySchema = z
  .object({
    from: UtcDaySchema,
    to: UtcDaySchema,
    groupBy: z.enum(['ambassador', 'challenge', 'day']).default('ambassador'),
    format: z.enum(['json', 'csv']).optional(),
    /**
     * Rows a page (by ambassador or challenge; a CSV is always whole). Without it, every row.
     * By ambassador over one whole calendar month or one day, pages come from a sorted index:
     * top sellers first, at the same cost at any program size.
     */
    limit: z.coerce.number().int().min(1).max(100).optional(),
    cursor: CursorSchema,
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'to must not be before from' })
  .refine((q) => daysBetweenCount(q.from, q.to) <= MAX_DAYS, {
    path: ['to'],
    message: `A report spans at most ${MAX_DAYS} days`,
  });

export type ReferralReportQuery = z.infer<typeof ReferralReportQuerySchema>;

function daysBetweenCount(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
