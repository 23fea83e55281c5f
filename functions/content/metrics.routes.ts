import { createRoute, z } from '@hono/zod-openapi';
import { CountedMetricsSchema } from '#shared/content/figures.schema.ts';
import {
  MetricsReportQuerySchema,
  MetricsReportSchema,
  ReportMetricsSchema,
  VerifyMetricsSchema,
} from '#shared/content/metrics.schema.ts';
import { getPostMetrics, listMetricsToCheck } from '#shared/content/post-metrics.service.ts';
import { reportMetrics } from '#shared/content/report-metrics.service.ts';
import { verifyMetrics } from '#shared/content/verify-metrics.service.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { errorResponses, jsonBody, jsonContent, ProgramParams } from '../http/openapi.ts';

const SubmissionParams = ProgramParams.extend({ submissionId: z.string().min(1).max(64) });
const ReportParams = SubmissionParams.extend({ reportId: z.string().min(1).max(64) });
/** The team and the author get a short-lived link to the insights screenshot. */
const MetricsReportViewSchema = MetricsReportSchema.extend({ screenshotUrl: z.string().optional() }).meta({
  id: 'MetricsReportView',
});

export const metricsRoutes = createRouter()
  // POST /api/programs/{programId}/submissions/{submissionId}/metrics – the author reports the post's figures
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/submissions/{submissionId}/metrics',
      tags: ['Content'],
      summary: 'Report an approved post’s figures (its author)',
      description:
        'Any of views, impressions, reach, likes, comments, shares and saves, as read from the platform’s insights at ' +
        '`asOf` (default now), optionally with `screenshotKey` (uploaded like a proof image). Figures left out keep ' +
        'their last value; a figure lower than the last report needs a `note`. Each report is kept; the latest one ' +
        'that counts is what the post counts for. A jump of more than 100× or more likes than views is flagged, and ' +
        'counts only once a manager verifies it.',
      middleware: [requireUser] as const,
      request: { params: SubmissionParams, body: jsonBody(ReportMetricsSchema) },
      responses: { 201: jsonContent(MetricsReportSchema, 'The report, as kept'), ...errorResponses },
    }),
    async (c) => {
      const { programId, submissionId } = c.req.valid('param');
      return c.json(await reportMetrics(c.get('user'), programId, submissionId, c.req.valid('json')), 201);
    },
  )
  // GET /api/programs/{programId}/submissions/{submissionId}/metrics – what the post counts for, and its history
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/submissions/{submissionId}/metrics',
      tags: ['Content'],
      summary: 'A post’s figures and their history (its author and the team)',
      middleware: [requireUser] as const,
      request: { params: SubmissionParams },
      responses: {
        200: jsonContent(
          z
            .object({
              submissionId: z.string(),
              counted: CountedMetricsSchema.optional(),
              reports: z.array(MetricsReportViewSchema),
            })
            .meta({ id: 'PostMetrics' }),
          'Oldest report first',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { programId, submissionId } = c.req.valid('param');
      return c.json(await getPostMetrics(c.get('user'), programId, submissionId), 200);
    },
  )
  // POST /api/programs/{programId}/submissions/{submissionId}/metrics/{reportId}/verification – a manager verifies or disputes
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/submissions/{submissionId}/metrics/{reportId}/verification',
      tags: ['Content'],
      summary: 'Verify or dispute a report of a post’s figures (managers)',
      description:
        'A disputed report stops counting (give `reason`; the author is told). A verified one counts, flagged or ' +
        'not, and pays the challenge’s reach bonuses it reaches, each once per post.',
      middleware: [requireUser] as const,
      request: { params: ReportParams, body: jsonBody(VerifyMetricsSchema) },
      responses: { 200: jsonContent(MetricsReportSchema, 'The report, decided'), ...errorResponses },
    }),
    async (c) => {
      const { programId, submissionId, reportId } = c.req.valid('param');
      return c.json(
        await verifyMetrics(c.get('user'), programId, submissionId, reportId, c.req.valid('json')),
        200,
      );
    },
  )
  // GET /api/programs/{programId}/metrics-reports – reports waiting for a manager
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/metrics-reports',
      tags: ['Content'],
      summary: 'Reports of figures waiting for a look (managers)',
      description:
        '`flagged`: implausible figures, not counted until verified. `reported`: the rest not yet verified or ' +
        'disputed. Oldest first.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, query: MetricsReportQuerySchema },
      responses: {
        200: jsonContent(
          z.object({
            items: z.array(
              MetricsReportViewSchema.extend({
                /** The post the figures are of: what a reviewer opens to compare. */
                post: z
                  .object({
                    postUrl: z.string(),
                    platform: z.string(),
                    authorName: z.string(),
                    challengeId: z.string(),
                    counted: CountedMetricsSchema.optional(),
                  })
                  .optional(),
              }),
            ),
            nextCursor: z.string().optional(),
          }),
          'A page',
        ),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(
        await listMetricsToCheck(c.get('user'), c.req.valid('param').programId, c.req.valid('query')),
        200,
      ),
  );
