import { rate } from '../analytics/counters.ts';
import { getChallenges } from '../challenges/challenge.store.ts';
import { AppError } from '../errors.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { decodeCursor, encodeCursor } from '../platform/db/cursor.ts';
import { SALES_ROLES } from '../programs/membership.schema.ts';
import { memberNames } from '../programs/membership.store.ts';
import type { Program } from '../programs/program.schema.ts';
import type {
  ReferralFigures,
  ReferralReport,
  ReferralReportQuery,
  ReportFigures,
  ReportRow,
} from './report.schema.ts';
import {
  coveringPeriods,
  daysBetween,
  rankedAmbassadors,
  rowPerPeriod,
  sumRows,
  type Totals,
} from './rollup-reader.store.ts';
import { NO_CHALLENGE, ROLLUP } from './rollup-rows.ts';

export function figuresOf(t: Totals): ReportFigures {
  return {
    clicks: t.clicks,
    orders: t.orders,
    revenue: t.revenue,
    refunds: t.refunds,
    netRevenue: t.revenue - t.refunds,
    codeOnly: { orders: t.codeOnlyOrders, revenue: t.codeOnlyRevenue },
    // Only orders that came through a click: a leaked code's orders had none.
    conversionRate: rate(t.orders - t.codeOnlyOrders, t.clicks),
    commission: { pending: t.commissionPending, approved: t.commissionApproved, paid: t.commissionPaid },
  };
}

/** The brand's figures: the ambassador's, and the clicks kept apart as suspicious. */
const referralFiguresOf = (t: Totals): ReferralFigures => ({
  ...figuresOf(t),
  suspiciousClicks: t.suspiciousClicks,
});

const sumFigures = (rows: ReferralFigures[]): ReferralFigures => {
  const t = rows.reduce(
    (acc, r) => ({
      clicks: acc.clicks + r.clicks,
      suspiciousClicks: acc.suspiciousClicks + r.suspiciousClicks,
      orders: acc.orders + r.orders,
      revenue: acc.revenue + r.revenue,
      refunds: acc.refunds + r.refunds,
      codeOnlyOrders: acc.codeOnlyOrders + r.codeOnly.orders,
      codeOnlyRevenue: acc.codeOnlyRevenue + r.codeOnly.revenue,
      commissionPending: acc.commissionPending + r.commission.pending,
      commissionApproved: acc.commissionApproved + r.commission.approved,
      commissionPaid: acc.commissionPaid + r.commission.paid,
    }),
    {
      clicks: 0,
      suspiciousClicks: 0,
      orders: 0,
      revenue: 0,
      refunds: 0,
      codeOnlyOrders: 0,
      codeOnlyRevenue: 0,
      commissionPending: 0,
      commissionApproved: 0,
      commissionPaid: 0,
    },
  );
  return referralFiguresOf(t);
};

/**
 * The referral report (owner or brand): clicks, orders, revenue, refunds, net revenue,
 * code-only orders and revenue (kept apart, and out of the conversion rate), conversion rate,
 * commission by state and suspicious clicks (a burst from one IP, kept out of the clicks), per ambassador, challenge or UTC day, from the rollups. Orders, refunds and commissions count on the order's day; a later refund changes
 * that day's figures. Sorted by net revenue (days in order); with `limit`, a page at a time, the
 * totals always the whole range's. By ambassador over one rollup period (a whole calendar month
 * or one day) the pages come from the sales ranking index, so a page costs the same at any size;
 * another range sums each ambassador's rows of the periods covering it first.
 * @throws AppError `forbidden`.
 */
export async function referralReport(
  user: AuthUser,
  programId: string,
  query: ReferralReportQuery,
): Promise<ReferralReport> {
  const access = await loadProgramAccess(user, programId);
  assertRole(access, SALES_ROLES);
  return reportFor(access.program, query);
}

export async function reportFor(program: Program, query: ReferralReportQuery): Promise<ReferralReport> {
  const { programId } = program;
  const { from, to, groupBy, limit } = query;
  const head = { programId, currency: program.currency, from, to, groupBy };
  if (groupBy === 'day') {
    const days = daysBetween(from, to);
    const totals = await rowPerPeriod(programId, days.map(ROLLUP.day), ROLLUP.total);
    const rows = days.map((day, i) => ({ key: day, name: day, ...referralFiguresOf(totals[i] as Totals) }));
    return { ...head, rows, totals: sumFigures(rows) };
  }
  const periods = coveringPeriods(from, to);
  const [period] = periods;
  if (groupBy === 'ambassador' && limit !== undefined && period !== undefined && periods.length === 1) {
    const [page, total] = await Promise.all([
      rankedAmbassadors(programId, period, limit, query.cursor),
      rowPerPeriod(programId, periods, ROLLUP.total),
    ]);
    const names = await memberNames(
      programId,
      page.rows.map(([key]) => key),
    );
    const rows = page.rows.map(([key, totals]) => ({
      key,
      name: names.get(key) ?? key,
      ...referralFiguresOf(totals),
    }));
    return {
      ...head,
      rows,
      totals: referralFiguresOf(total[0] as Totals),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
  }
  const sums = await sumRows(
    programId,
    periods,
    groupBy === 'ambassador' ? ROLLUP.ambassadorPrefix : ROLLUP.challengePrefix,
  );
  const names =
    groupBy === 'ambassador'
      ? await memberNames(programId, [...sums.keys()])
      : await challengeNames(programId, [...sums.keys()]);
  const rows: ReportRow[] = [...sums.entries()]
    .map(([key, totals]) => ({ key, name: names.get(key) ?? key, ...referralFiguresOf(totals) }))
    .sort((a, b) => b.netRevenue - a.netRevenue || b.clicks - a.clicks || (a.key < b.key ? -1 : 1));
  const totals = sumFigures(rows);
  if (limit === undefined) return { ...head, rows, totals };
  const offset = offsetOf(query.cursor);
  const more = offset + limit < rows.length;
  return {
    ...head,
    rows: rows.slice(offset, offset + limit),
    totals,
    ...(more ? { nextCursor: encodeCursor({ offset: offset + limit }) } : {}),
  };
}

/** Where a page of summed rows starts: its cursor is the count of rows before it. */
function offsetOf(cursor: string | undefined): number {
  const offset = decodeCursor(cursor, { equal: {}, prefix: {}, numbers: ['offset'] })?.offset ?? 0;
  if (!Number.isInteger(offset) || (offset as number) < 0)
    throw new AppError('bad_request', 'The cursor is invalid; start again without one');
  return offset as number;
}

async function challengeNames(programId: string, challengeIds: string[]): Promise<Map<string, string>> {
  const real = challengeIds.filter((id) => id !== NO_CHALLENGE);
  const challenges = await getChallenges(programId, real);
  return new Map([
    [NO_CHALLENGE, '(no challenge)'],
    ...challenges.map((c) => [c.challengeId, c.title] as [string, string]),
  ]);
}
