import { createRoute, z } from '@hono/zod-openapi';
import { getAmbassadorJourney, STAGE_RULES, STAGES } from '#shared/analytics/ambassador-journey.service.ts';
import { ChainsQuerySchema, JourneyQuerySchema } from '#shared/analytics/analytics.schema.ts';
import { getChains } from '#shared/analytics/chains.service.ts';
import { getJourney } from '#shared/analytics/journey.service.ts';
import { getMonthlyReport, monthlyReportFile } from '#shared/analytics/monthly-report.service.ts';
import { NextStepSchema } from '#shared/analytics/next-step.schema.ts';
import { recordDownload } from '#shared/audit/audit.service.ts';
import { MonthSchema } from '#shared/common.schema.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { setCsvHeaders, wantsCsv } from '../http/csv.ts';
import { AmbassadorParams, errorResponses, jsonContent, ProgramParams } from '../http/openapi.ts';

const Rate = z.number().nullable();
const FiguresSchema = z.object({
  sharing: z.object({
    submissions: z.number(),
    approved: z.number(),
    approvalRate: Rate,
    medianReviewHours: z.number().nullable(),
    /** Summed from the latest counted figures of the posts approved in the month; null until one has figures. */
    reach: z.number().nullable(),
    views: z.number().nullable(),
    impressions: z.number().nullable(),
    engagements: z.number().nullable(),
    postsWithFigures: z.number(),
  }),
  shopping: z.object({
    clicks: z.number().nullable(),
    orders: z.number(),
    revenue: z.number(),
    /**
     * Of the orders and revenue, what a referral code alone earned (no click from the
     * ambassador's links within the window). Absent from monthly reports stored before they were kept.
     */
    codeOnlyOrders: z.number().optional(),
    codeOnlyRevenue: z.number().optional(),
    /** Click-attributed orders per counted click (code-only orders had no click); null without clicks. */
    conversionRate: Rate,
    revenuePerActiveAmbassador: z.number().nullable(),
  }),
  advocacy: z.object({
    applicants: z.number(),
    newAmbassadors: z.number(),
    activeAmbassadors: z.number().nullable(),
    retention: Rate,
    recruited: z.number(),
  }),
});
const JourneySchema = z
  .object({
    programId: z.string(),
    from: z.string(),
    to: z.string(),
    months: z.array(
      FiguresSchema.extend({
        month: z.string(),
        breakdown: z
          .array(
            FiguresSchema.extend({
              challengeId: z.string().optional(),
              tier: z.string().optional(),
              platform: z.string().optional(),
            }),
          )
          .optional(),
      }),
    ),
  })
  .meta({ id: 'JourneyKpis' });

const MonthlyReportSchema = z
  .object({
    programId: z.string(),
    month: z.string(),
    generatedAt: z.string(),
    /** False until 30 days after the month: a late action can still change its figures. */
    final: z.boolean(),
    kpis: FiguresSchema.extend({ month: z.string() }),
    /** The figures of the month's approved posts by platform; absent from reports written before figures were kept. */
    reachByPlatform: z
      .array(
        z.object({
          platform: z.string(),
          posts: z.number(),
          views: z.number(),
          impressions: z.number(),
          reach: z.number(),
          engagements: z.number(),
        }),
      )
      .optional(),
    topAmbassadors: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        points: z.number(),
        orders: z.number(),
        revenue: z.number(),
      }),
    ),
    topPosts: z.array(
      z.object({
        submissionId: z.string(),
        userId: z.string(),
        authorName: z.string(),
        postUrl: z.string(),
        kudos: z.number(),
      }),
    ),
    chains: z.object({
      topTransitions: z.array(
        z.object({ from: z.string(), to: z.string(), count: z.number(), medianHours: z.number().nullable() }),
      ),
      topChain: z.object({ chain: z.array(z.string()), count: z.number() }).optional(),
      biggestDeadEnd: z.object({ action: z.string(), actions: z.number(), deadEnds: z.number() }).optional(),
    }),
  })
  .meta({ id: 'MonthlyReport' });

const ChainsSchema = z
  .object({
    programId: z.string(),
    from: z.string(),
    to: z.string(),
    windowDays: z.number(),
    transitions: z.array(
      z.object({ from: z.string(), to: z.string(), count: z.number(), medianHours: z.number().nullable() }),
    ),
    topChains: z.array(z.object({ chain: z.array(z.string()), count: z.number() })),
    deadEnds: z.object({
      settledMonths: z.array(z.string()),
      actions: z.array(
        z.object({
          action: z.string(),
          actions: z.number(),
          followed: z.number(),
          deadEnds: z.number(),
          deadEndRate: Rate,
        }),
      ),
    }),
    challenges: z.array(
      z.object({
        challengeId: z.string(),
        title: z.string(),
        completions: z.number(),
        continued: z.number(),
        continuationRate: Rate,
      }),
    ),
  })
  .meta({ id: 'ParticipationChains' });

const JourneyStageSchema = z
  .object({
    ambassadorId: z.string(),
    stage: z.enum(STAGES),
    rules: z.string(),
    lastActionAt: z.string().optional(),
    last30Days: z.record(z.string(), z.number()),
    next: z.array(NextStepSchema),
    /** `gift_not_posted`: a gift that asked for a post is past its deadline without one. */
    flags: z.array(z.enum(['gift_not_posted'])).optional(),
    /** What the ambassador's posts with figures add up to (their latest counted reports). */
    figures: z.object({
      posts: z.number(),
      reach: z.number(),
      views: z.number(),
      impressions: z.number(),
      engagements: z.number(),
    }),
  })
  .meta({ id: 'AmbassadorJourney' });

export const analyticsRoutes = createRouter()
  // GET /api/programs/{programId}/reports/monthly/{month} – the month's program report, JSON or CSV
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/reports/monthly/{month}',
      tags: ['Analytics'],
      summary: 'The monthly program report (owner, manager or brand), JSON or CSV',
      description:
        'Written by the scheduler after the month ends (or on first request after it): the month’s journey KPIs, ' +
        'the views, impressions, reach and engagements of its approved posts by platform (`reachByPlatform`), ' +
        'the top ten ambassadors by points with their orders and revenue, the five approved posts with most kudos, ' +
        'and the chain highlights. CSV with Accept: text/csv or format=csv: one Section, Item, Measure, Value, Currency line per figure, money as decimals.',
      middleware: [requireUser] as const,
      request: {
        params: ProgramParams.extend({ month: MonthSchema }),
        query: z.object({ format: z.enum(['json', 'csv']).optional() }),
      },
      responses: {
        200: {
          description: 'The report',
          content: {
            'application/json': { schema: MonthlyReportSchema },
            'text/csv': { schema: z.string() },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { programId, month } = c.req.valid('param');
      if (wantsCsv(c, c.req.valid('query').format)) {
        const { filename, csv } = await monthlyReportFile(c.get('user'), programId, month);
        await recordDownload(c.get('user'), programId, filename);
        setCsvHeaders(c, filename);
        return c.body(csv, 200);
      }
      return c.json(await getMonthlyReport(c.get('user'), programId, month), 200);
    },
  )
  // GET /api/programs/{programId}/ambassadors/{ambassadorId}/journey – stage and next steps
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/ambassadors/{ambassadorId}/journey',
      tags: ['Analytics'],
      summary: 'An ambassador’s journey stage and suggested next actions (that ambassador, or a manager)',
      description: `Stages, tried in this order: ${STAGE_RULES} The next actions start with what most often follows the ambassador’s last action in this program (the last three months’ transitions), then what they have not done lately.`,
      middleware: [requireUser] as const,
      request: { params: AmbassadorParams },
      responses: { 200: jsonContent(JourneyStageSchema, 'The journey'), ...errorResponses },
    }),
    async (c) => {
      const { programId, ambassadorId } = c.req.valid('param');
      return c.json(await getAmbassadorJourney(c.get('user'), programId, ambassadorId), 200);
    },
  )
  // GET /api/programs/{programId}/analytics/journey – KPIs per month
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/analytics/journey',
      tags: ['Analytics'],
      summary: 'Journey KPIs per month: sharing, shopping, advocacy (owner, manager or brand)',
      description:
        'Months are UTC calendar months, from and to inclusive (at most 36). Sharing: submissions (each version), ' +
        'approved posts, approval rate, median hours from submission to approval (lower median, whole hours). ' +
        'Shopping: counted clicks, attributed orders without self-referrals, their revenue (minor units), orders per ' +
        'click, revenue per active ambassador. Advocacy: applications, approvals, ambassadors with at least one ' +
        'action, retention (last month’s active ambassadors active again), approvals of recruits. by=challenge or ' +
        'by=tier adds a breakdown (the tier the ambassador had just before acting).',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, query: JourneyQuerySchema },
      responses: { 200: jsonContent(JourneySchema, 'The KPIs'), ...errorResponses },
    }),
    async (c) =>
      c.json(await getJourney(c.get('user'), c.req.valid('param').programId, c.req.valid('query')), 200),
  )
  // GET /api/programs/{programId}/analytics/chains – which actions lead to which, and where chains die
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/analytics/chains',
      tags: ['Analytics'],
      summary: 'Participation chains: transitions, top chains, dead ends, continuation per challenge',
      description:
        'Each ambassador’s actions (applied, approved, challenge_viewed, submitted, post_approved, link_shared, ' +
        'clicked (once per UTC day with clicks, placed at the day’s end), sold, invited, badge_earned, tier_up) in time order. A transition A→B: B ' +
        'is the same ambassador’s next action and comes within 30 days of A. A chain: three actions in a row, each ' +
        'a transition. Counted in the month of the first action. medianHours is the lower median in whole hours. ' +
        'Dead ends: actions with no next action within 30 days, over the settledMonths (ended 30+ days ago). ' +
        'Kept incrementally: an action that arrives late takes its place in the timeline and the counts are ' +
        'corrected, so they always equal a recount.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, query: ChainsQuerySchema },
      responses: { 200: jsonContent(ChainsSchema, 'The chains'), ...errorResponses },
    }),
    async (c) =>
      c.json(await getChains(c.get('user'), c.req.valid('param').programId, c.req.valid('query')), 200),
  );
