import { createRoute, z } from '@hono/zod-openapi';
import {
  CommissionSchema,
  CreatePayoutSchema,
  ListCommissionsQuerySchema,
  PayoutSchema,
} from '#shared/commissions/commission.schema.ts';
import { createPayout, listCommissions } from '#shared/commissions/commissions.service.ts';
import { referralReport, reportCsv } from '#shared/reports/referral-report.service.ts';
import { ReferralReportQuerySchema, ReferralReportSchema } from '#shared/reports/report.schema.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { setCsvHeaders, wantsCsv } from '../http/csv.ts';
import { errorResponses, jsonBody, jsonContent, ProgramParams } from '../http/openapi.ts';

export const salesRoutes = createRouter()
  // GET /api/programs/{programId}/reports/referrals – the brand's referral report, JSON or CSV
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/reports/referrals',
      tags: ['Reports'],
      summary: 'Referral report per ambassador, challenge or day (owner or brand)',
      description:
        'Clicks, orders, revenue, refunds, net revenue, conversion rate (orders per counted click) and commission by ' +
        'state, from pre-aggregated rollups. Days are UTC; from and to are inclusive. Orders, their refunds and their ' +
        'commissions count on the order’s day. Money is in minor units. CSV with Accept: text/csv or format=csv; its ' +
        'last line is the total.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, query: ReferralReportQuerySchema },
      responses: {
        200: {
          description: 'The report',
          content: {
            'application/json': { schema: ReferralReportSchema },
            'text/csv': { schema: z.string() },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const report = await referralReport(c.get('user'), c.req.valid('param').programId, query);
      if (wantsCsv(c, query.format)) {
        setCsvHeaders(c, `referrals-${query.from}-${query.to}-${query.groupBy}.csv`);
        return c.body(reportCsv(report), 200);
      }
      return c.json(report, 200);
    },
  )
  // GET /api/programs/{programId}/commissions – commission lines by state or ambassador
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/commissions',
      tags: ['Commissions'],
      summary: 'Commission lines by state (default approved: the payout queue) or by ambassador',
      description:
        'The owner and brand see every line; an ambassador sees their own with ambassadorId set to theirs. A line is ' +
        'pending during the holding period, then approved by the scheduler, then paid in a payout; void when refunded ' +
        'in full while pending. A refund after approval adds a negative clawback line. Each line carries its history.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, query: ListCommissionsQuerySchema },
      responses: {
        200: jsonContent(
          z.object({ items: z.array(CommissionSchema), nextCursor: z.string().optional() }),
          'A page',
        ),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(await listCommissions(c.get('user'), c.req.valid('param').programId, c.req.valid('query')), 200),
  )
  // POST /api/programs/{programId}/payouts – mark approved commission lines paid, all or none
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/payouts',
      tags: ['Commissions'],
      summary: 'Mark approved commissions paid, as one payout (owner or brand)',
      description:
        'All or none: if a line is not approved (pending, paid, void, or changed meanwhile) the payout is refused with ' +
        '409 naming the lines. Clawback lines net against commissions per ambassador.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, body: jsonBody(CreatePayoutSchema) },
      responses: { 201: jsonContent(PayoutSchema, 'Paid'), ...errorResponses },
    }),
    async (c) =>
      c.json(await createPayout(c.get('user'), c.req.valid('param').programId, c.req.valid('json')), 201),
  );
