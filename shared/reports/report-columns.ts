import type { ReferralFigures } from './report.schema.ts';

/** How a figure is written: a count, money in minor units, or a rate (0.125, or none without clicks). */
export type FigureKind = 'count' | 'money' | 'rate';

/** Each figure's stable name: the dashboard words its headers by it, never by the English. */
export type ReportFigureKey =
  | 'clicks'
  | 'orders'
  | 'conversionRate'
  | 'revenue'
  | 'refunds'
  | 'netRevenue'
  | 'codeOnlyOrders'
  | 'codeOnlyRevenue'
  | 'commissionPending'
  | 'commissionApproved'
  | 'commissionPaid'
  | 'suspiciousClicks';

/** One figure of the referral report, as the dashboard's table and the CSV both show it. */
export type ReportFigure = {
  key: ReportFigureKey;
  /** The table's header, under its group's when it has one. */
  header: string;
  group?: 'Code only' | 'Commission';
  /** The CSV's header: the figure's whole name on one line. */
  title: string;
  kind: FigureKind;
  value: (figures: ReferralFigures) => number | null;
};

/**
 * The referral report's figures in order: the dashboard's table (web/src/views/brand/sales)
 * and the CSV take their columns from this one list, so they cannot drift apart.
 */
export const REPORT_FIGURES: readonly ReportFigure[] = [
  { key: 'clicks', header: 'Clicks', title: 'Clicks', kind: 'count', value: (f) => f.clicks },
  { key: 'orders', header: 'Orders', title: 'Orders', kind: 'count', value: (f) => f.orders },
  {
    key: 'conversionRate',
    header: 'Conversion',
    title: 'Conversion rate',
    kind: 'rate',
    value: (f) => f.conversionRate,
  },
  { key: 'revenue', header: 'Revenue', title: 'Revenue', kind: 'money', value: (f) => f.revenue },
  { key: 'refunds', header: 'Refunds', title: 'Refunds', kind: 'money', value: (f) => f.refunds },
  {
    key: 'netRevenue',
    header: 'Net revenue',
    title: 'Net revenue',
    kind: 'money',
    value: (f) => f.netRevenue,
  },
  // Part of the orders and revenue: what a code alone brought (no click on the ambassador's links).
  {
    key: 'codeOnlyOrders',
    header: 'Orders',
    group: 'Code only',
    title: 'Code-only orders',
    kind: 'count',
    value: (f) => f.codeOnly.orders,
  },
  {
    key: 'codeOnlyRevenue',
    header: 'Revenue',
    group: 'Code only',
    title: 'Code-only revenue',
    kind: 'money',
    value: (f) => f.codeOnly.revenue,
  },
  {
    key: 'commissionPending',
    header: 'Pending',
    group: 'Commission',
    title: 'Commission pending',
    kind: 'money',
    value: (f) => f.commission.pending,
  },
  {
    key: 'commissionApproved',
    header: 'Approved',
    group: 'Commission',
    title: 'Commission approved',
    kind: 'money',
    value: (f) => f.commission.approved,
  },
  {
    key: 'commissionPaid',
    header: 'Paid',
    group: 'Commission',
    title: 'Commission paid',
    kind: 'money',
    value: (f) => f.commission.paid,
  },
  // A burst of visits from one address in an hour: kept out of the clicks and the rate.
  {
    key: 'suspiciousClicks',
    header: 'Suspicious clicks',
    title: 'Suspicious clicks',
    kind: 'count',
    value: (f) => f.suspiciousClicks,
  },
];

/** What the first column names, by the report's grouping. */
export const GROUP_HEADERS = { day: 'Day', ambassador: 'Ambassador', challenge: 'Challenge' } as const;
