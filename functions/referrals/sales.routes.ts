import { createRoute, z } from '@hono/zod-openapi';
import { recordDownload } from '#shared/audit/audit.service.ts';
import { CommissionLineSchema, ListCommissionsQuerySchema } from '#shared/commissions/commission.schema.ts';
import { listCommissions } from '#shared/commissions/commissions.service.ts';
import { ReferralReportQuerySchema, ReferralReportSchema } from '#shared/reports/report.schema.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { setCsvHeaders, wantsCsv } from '../http/csv.ts';
import { errorResponses, jsonContent, ProgramParams } from '../http/openapi.ts';

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
        'commissions count on the order’s day. Money is in minor units. CSV with Accept: text/csv or format=csv: a header ' +
        'row in words, the dashboard table’s columns with money as decimals and a Currency column (per ambassador, the ' +
        'owner also gets emails), its last line the total.',
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
      const { programId } = c.req.valid('param');
      if (wantsCsv(c, query.format)) {
        // The CSV's columns load with the first download, not at a cold start.
        const { referralReportCsv } = await import('#shared/reports/referral-report-csv.ts');
        const { filename, csv } = await referralReportCsv(c.get('user'), programId, query);
        await recordDownload(c.get('user'), programId, filename);
        setCsvHeaders(c, filename);
        return c.body(csv, 200);
      }
      // The report's readers load with the first report, not at a cold start of the referrals function.
      const { referralReport } = await import('#shared/reports/referral-report.service.ts');
      return c.json(await referralReport(c.get('user'), programId, query), 200);
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
        'pending during the holding period, then approved by the scheduler, batched when a payout claims it, then paid ' +
        'when the payout is confirmed; void when refunded in full while pending. A refund after approval adds a ' +
        'negative clawback line. Each line carries its history; with ambassadorId, each also says when and why it ' +
        'will be paid (payoutStatus).',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, query: ListCommissionsQuerySchema },
      responses: {
        200: jsonContent(
          z.object({ items: z.array(CommissionLineSchema), nextCursor: z.string().optional() }),
          'A page',
        ),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(await listCommissions(c.get('user'), c.req.valid('param').programId, c.req.valid('query')), 200),
  );
