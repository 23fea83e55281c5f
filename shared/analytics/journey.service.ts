import { addMonths } from '../challenges/month-window.ts';
import type { AuthUser } from '../identity/auth-user.ts';
import { assertRole, loadProgramAccess } from '../identity/program-access.ts';
import { rowPerPeriod, sumRows } from '../reports/rollup-reader.store.ts';
import { ROLLUP } from '../reports/rollup-rows.ts';
import type { JourneyQuery } from './analytics.schema.ts';
import { monthRows } from './analytics.store.ts';
import { ANALYTICS_ROW } from './analytics-rows.ts';
import { type Counters, histogramMedian, monthsBetween, rate } from './counters.ts';

export type JourneyFigures = {
  sharing: {
    submissions: number;
    approved: number;
    approvalRate: number | null;
    medianReviewHours: number | null;
    /**
     * The sum of the latest counted figures of the posts approved in the month (see
     * POST …/metrics): null until some post has figures.
     */
    reach: number | null;
    views: number | null;
    impressions: number | null;
    /** Likes, comments, shares and saves. */
    engagements: number | null;
    /** Posts approved in the month that have figures. */
    postsWithFigures: number;
  };
  shopping: {
    /** Counted clicks; null per tier (clicks are not kept by tier). */
    clicks: number | null;
    orders: number;
    revenue: number;
    /** Of the orders and revenue, what a code alone earned (no click within the window). */
    codeOnlyOrders: number;
    codeOnlyRevenue: number;
    /** Click-attributed orders per counted click: code-only orders had no click. */
    conversionRate: number | null;
    revenuePerActiveAmbassador: number | null;
  };
  advocacy: {
    applicants: number;
    newAmbassadors: number;
    activeAmbassadors: number | null;
    /** Of last month's active ambassadors, the share active again this month. */
    retention: number | null;
    recruited: number;
  };
};

/**
 * @param clicks null where clicks are not kept (per tier)
 * @param activeBefore last month's active ambassadors, where retention is kept (in total only)
 * @param countsActive whether the row counts active ambassadors (in total and per tier)
 */
function figures(
  k: Counters,
  clicks: number | null,
  activeBefore: number | undefined,
  countsActive: boolean,
): JourneyFigures {
  const n = (type: string) => k[`n_${type}`] ?? 0;
  const posts = k.m_posts ?? 0;
  const figure = (metric: string) => (posts > 0 ? (k[`m_${metric}`] ?? 0) : null);
  const active = countsActive ? (k.active ?? 0) : undefined;
  return {
    sharing: {
      submissions: n('submitted'),
      approved: n('post_approved'),
      approvalRate: rate(n('post_approved'), n('submitted')),
      medianReviewHours: histogramMedian(k, 'rv'),
      reach: figure('reach'),
      views: figure('views'),
      impressions: figure('impressions'),
      engagements: figure('engagements'),
      postsWithFigures: posts,
    },
    shopping: {
      clicks,
      orders: n('sold'),
      revenue: k.revenue ?? 0,
      codeOnlyOrders: n('sold_code_only'),
      codeOnlyRevenue: k.codeOnlyRevenue ?? 0,
      conversionRate: clicks === null ? null : rate(n('sold') - n('sold_code_only'), clicks),
      revenuePerActiveAmbassador: active ? Math.floor((k.revenue ?? 0) / active) : null,
    },
    advocacy: {
      applicants: n('applied'),
      newAmbassadors: n('approved'),
      activeAmbassadors: active ?? null,
      retention: activeBefore === undefined ? null : rate(k.retained ?? 0, activeBefore),
      recruited: n('recruited'),
    },
  };
}

/** Each breakdown's counter rows, and what its entries are named by. */
const BREAKDOWNS = {
  challenge: { prefix: ANALYTICS_ROW.challengePrefix, name: 'challengeId' },
  tier: { prefix: ANALYTICS_ROW.tierPrefix, name: 'tier' },
  platform: { prefix: ANALYTICS_ROW.platformPrefix, name: 'platform' },
} as const;

/**
 * Journey KPIs per month (owner, manager or brand): sharing, shopping and advocacy, in total or
 * broken down per challenge, tier or platform (orders and clicks are not kept per platform). Read from monthly counters the activity aggregator keeps,
 * so the cost follows the months asked for, not the history.
 * @throws AppError `forbidden`, `validation_failed`.
 */
export async function getJourney(user: AuthUser, programId: string, query: JourneyQuery) {
  assertRole(await loadProgramAccess(user, programId), ['owner', 'manager', 'brand']);
  return journeyFor(programId, query);
}

/** The journey KPIs of a program, whoever asks (callers check access). */
export async function journeyFor(programId: string, query: JourneyQuery) {
  const months = monthsBetween(query.from, query.to);
  const before = addMonths(query.from, -1);
  const [rows, beforeRows, clickTotals] = await Promise.all([
    Promise.all(months.map((m) => monthRows(programId, m))),
    monthRows(programId, before),
    rowPerPeriod(programId, months.map(ROLLUP.month), ROLLUP.total),
  ]);
  const challengeClicks =
    query.by === 'challenge'
      ? await Promise.all(months.map((m) => sumRows(programId, [ROLLUP.month(m)], ROLLUP.challengePrefix)))
      : [];
  return {
    programId,
    from: query.from,
    to: query.to,
    months: months.map((month, i) => {
      const kpis = rows[i] as Map<string, Counters>;
      const previousRows = i === 0 ? beforeRows : (rows[i - 1] as Map<string, Counters>);
      const total = kpis.get(ANALYTICS_ROW.total) ?? {};
      const entry = {
        month,
        ...figures(
          total,
          clickTotals[i]?.clicks ?? 0,
          previousRows.get(ANALYTICS_ROW.total)?.active ?? 0,
          true,
        ),
      };
      if (!query.by) return entry;
      const { prefix, name } = BREAKDOWNS[query.by];
      const breakdown = [...kpis.entries()]
        .filter(([key]) => key.startsWith(prefix))
        .map(([key, k]) => {
          const id = key.slice(prefix.length);
          const clicks = query.by === 'challenge' ? (challengeClicks[i]?.get(id)?.clicks ?? 0) : null;
          return { [name]: id, ...figures(k, clicks, undefined, query.by === 'tier') };
        });
      return { ...entry, breakdown };
    }),
  };
}
