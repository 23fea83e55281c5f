import { createRoute, z } from '@hono/zod-openapi';
import { LimitSchema, MonthSchema } from '#shared/common.schema.ts';
import { getLeaderboard } from '#shared/points/get-leaderboard.service.ts';
import { getLedger } from '#shared/points/get-ledger.service.ts';
import { LedgerEntrySchema } from '#shared/points/points.schema.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { AmbassadorParams, errorResponses, jsonContent, ProgramParams } from '../http/openapi.ts';

/** Points as ambassadors see them: the leaderboard, and each one's ledger with balance and lifetime total. */
export const pointsRoutes = createRouter()
  // GET /api/programs/{programId}/leaderboard – the top of a period and your own rank
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/leaderboard',
      tags: ['Points'],
      summary: 'Leaderboard for a month or all time, with your rank',
      middleware: [requireUser] as const,
      request: {
        params: ProgramParams,
        query: z.object({
          period: z.union([z.literal('all'), MonthSchema]).optional(),
          limit: LimitSchema,
        }),
      },
      responses: {
        200: jsonContent(
          z.object({
            period: z.string(),
            entries: z.array(
              z.object({
                rank: z.number(),
                userId: z.string(),
                displayName: z.string(),
                points: z.number(),
                tier: z.string().optional(),
              }),
            ),
            me: z.object({ rank: z.number().optional(), points: z.number() }).optional(),
          }),
          'The leaderboard',
        ),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(await getLeaderboard(c.get('user'), c.req.valid('param').programId, c.req.valid('query')), 200),
  )
  // GET /api/programs/{programId}/ambassadors/{ambassadorId}/ledger – the points ledger, balance and lifetime total
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/ambassadors/{ambassadorId}/ledger',
      tags: ['Points'],
      summary: 'An ambassador’s points ledger (themself or managers)',
      middleware: [requireUser] as const,
      request: { params: AmbassadorParams },
      responses: {
        200: jsonContent(
          z.object({ balance: z.number(), lifetime: z.number(), entries: z.array(LedgerEntrySchema) }),
          'The ledger',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { programId, ambassadorId } = c.req.valid('param');
      return c.json(await getLedger(c.get('user'), programId, ambassadorId), 200);
    },
  );
