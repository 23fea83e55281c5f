import { createRoute, z } from '@hono/zod-openapi';
import { STAGES } from '#shared/analytics/ambassador-journey.service.ts';
import { NextStepSchema } from '#shared/analytics/next-step.schema.ts';
import { getMe } from '#shared/identity/get-me.service.ts';
import { MembershipStatusSchema, RoleSchema } from '#shared/programs/membership.schema.ts';
import { pingTable } from '#shared/programs/program.store.ts';
import { ReportFiguresSchema } from '#shared/reports/report.schema.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { errorResponses, jsonContent } from '../http/openapi.ts';

const MeSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string().optional(), isAdmin: z.boolean() }),
    memberships: z.array(
      z.object({
        programId: z.string(),
        programName: z.string(),
        programSlug: z.string(),
        role: RoleSchema,
        status: MembershipStatusSchema,
        referralCode: z.string().optional(),
        /** Ambassadors: their journey stage and suggested next actions (see the journey route). */
        journey: z
          .object({
            stage: z.enum(STAGES),
            next: z.array(NextStepSchema),
            /** What the ambassador's posts with figures add up to (their latest counted reports). */
            figures: z
              .object({
                posts: z.number(),
                reach: z.number(),
                views: z.number(),
                impressions: z.number(),
                engagements: z.number(),
              })
              .optional(),
          })
          .optional(),
        progress: z
          .object({
            points: z.number(),
            lifetimePoints: z.number(),
            tier: z.object({ id: z.string(), name: z.string() }),
            nextTier: z
              .object({ id: z.string(), name: z.string(), minPoints: z.number(), pointsToGo: z.number() })
              .optional(),
            badges: z.array(z.string()),
            approvedPosts: z.number(),
            recruits: z.number(),
            sales: ReportFiguresSchema.extend({ currency: z.string() }),
          })
          .optional(),
      }),
    ),
    invitations: z.array(
      z.object({
        programId: z.string(),
        programName: z.string(),
        role: z.enum(['manager', 'brand']),
        invitedAt: z.string(),
      }),
    ),
  })
  .openapi('Me');

export const meRoutes = createRouter()
  // GET /api/health – liveness plus a cheap read of the table
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      tags: ['Meta'],
      summary: 'Health: the function runs and the table answers',
      responses: {
        200: jsonContent(z.object({ status: z.literal('ok'), time: z.string() }), 'Healthy'),
        503: errorResponses[503],
      },
    }),
    async (c) => {
      await pingTable();
      return c.json({ status: 'ok' as const, time: new Date().toISOString() }, 200);
    },
  )
  // GET /api/me – the caller, their memberships and pending invitations
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/me',
      tags: ['Identity'],
      summary: 'The signed-in user and their memberships',
      middleware: [requireUser] as const,
      responses: { 200: jsonContent(MeSchema, 'You'), ...errorResponses },
    }),
    async (c) => c.json(await getMe(c.get('user')), 200),
  );
