import { createRoute, z } from '@hono/zod-openapi';
import { adjustPoints } from '#shared/points/adjust-points.service.ts';
import { LedgerEntrySchema } from '#shared/points/points.schema.ts';
import { redeemReward } from '#shared/rewards/redeem-reward.service.ts';
import {
  DecideRedemptionSchema,
  FulfilRedemptionSchema,
  IdempotencyHeadersSchema,
  ListRedemptionsQuerySchema,
  RedeemRewardSchema,
  RedemptionSchema,
} from '#shared/rewards/redemption.schema.ts';
import {
  cancelRedemption,
  decideRedemption,
  fulfilRedemption,
  getRedemption,
  listRedemptions,
} from '#shared/rewards/redemptions.service.ts';
import {
  CreateRewardSchema,
  ListRewardsQuerySchema,
  PointsAdjustmentSchema,
  RewardViewSchema,
  UpdateRewardSchema,
  UploadCodesResultSchema,
  UploadCodesSchema,
} from '#shared/rewards/reward.schema.ts';
import {
  createReward,
  getReward,
  listRewards,
  updateReward,
  uploadCodes,
} from '#shared/rewards/rewards.service.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { AmbassadorParams, errorResponses, jsonBody, jsonContent, ProgramParams } from '../http/openapi.ts';

const RewardParams = ProgramParams.extend({ rewardId: z.string().min(1).max(64) });
const RedemptionParams = ProgramParams.extend({ redemptionId: z.string().min(1).max(64) });
const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() });

export const rewardsRoutes = createRouter()
  // POST /api/programs/{programId}/rewards – a manager adds a reward to the catalogue
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/rewards',
      tags: ['Rewards'],
      summary: 'Add a reward to the catalogue (managers)',
      description:
        '`code` rewards hand out a code from a pool uploaded with POST …/codes (their stock is the codes left); ' +
        '`product` rewards are shipped (the redemption gives an address); `perk` rewards are fulfilled by hand. ' +
        'Window moments are instants, or days and times in the program’s time zone.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, body: jsonBody(CreateRewardSchema) },
      responses: { 201: jsonContent(RewardViewSchema, 'The reward'), ...errorResponses },
    }),
    async (c) =>
      c.json(await createReward(c.get('user'), c.req.valid('param').programId, c.req.valid('json')), 201),
  )
  // GET /api/programs/{programId}/rewards – the catalogue, with what an ambassador can afford
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/rewards',
      tags: ['Rewards'],
      summary: 'The reward catalogue (ambassadors and team)',
      description:
        'Ambassadors see active rewards, each with `affordable`, `pointsToGo`, `mine` (their live redemptions) and ' +
        '`locked` with the reason (inactive, tier, not_yet, ended, limit_reached, out_of_stock). The team sees all.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, query: ListRewardsQuerySchema },
      responses: { 200: jsonContent(page(RewardViewSchema), 'A page'), ...errorResponses },
    }),
    async (c) =>
      c.json(await listRewards(c.get('user'), c.req.valid('param').programId, c.req.valid('query')), 200),
  )
  // GET /api/programs/{programId}/rewards/{rewardId} – one reward as the caller sees it
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/rewards/{rewardId}',
      tags: ['Rewards'],
      summary: 'Read a reward',
      middleware: [requireUser] as const,
      request: { params: RewardParams },
      responses: { 200: jsonContent(RewardViewSchema, 'The reward'), ...errorResponses },
    }),
    async (c) => {
      const { programId, rewardId } = c.req.valid('param');
      return c.json(await getReward(c.get('user'), programId, rewardId), 200);
    },
  )
  // PATCH /api/programs/{programId}/rewards/{rewardId} – a manager edits a reward
  .openapi(
    createRoute({
      method: 'patch',
      path: '/api/programs/{programId}/rewards/{rewardId}',
      tags: ['Rewards'],
      summary: 'Change a reward (managers)',
      description: 'The fields given are set; `null` clears an optional one. The kind cannot change.',
      middleware: [requireUser] as const,
      request: { params: RewardParams, body: jsonBody(UpdateRewardSchema) },
      responses: { 200: jsonContent(RewardViewSchema, 'The reward'), ...errorResponses },
    }),
    async (c) => {
      const { programId, rewardId } = c.req.valid('param');
      return c.json(await updateReward(c.get('user'), programId, rewardId, c.req.valid('json')), 200);
    },
  )
  // POST /api/programs/{programId}/rewards/{rewardId}/codes – a manager uploads codes to a code reward's pool
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/rewards/{rewardId}/codes',
      tags: ['Rewards'],
      summary: 'Upload codes to a code reward (managers)',
      description:
        'Up to 1,000 codes a call. A code repeated in the call (422) or already in the pool (409) refuses the call, ' +
        'naming them. Codes are sealed at rest; only the ambassador who receives one sees it, the team sees it masked.',
      middleware: [requireUser] as const,
      request: { params: RewardParams, body: jsonBody(UploadCodesSchema) },
      responses: { 201: jsonContent(UploadCodesResultSchema, 'Added'), ...errorResponses },
    }),
    async (c) => {
      const { programId, rewardId } = c.req.valid('param');
      return c.json(await uploadCodes(c.get('user'), programId, rewardId, c.req.valid('json').codes), 201);
    },
  )
  // POST /api/programs/{programId}/rewards/{rewardId}/redemptions – an ambassador spends points on a reward
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/rewards/{rewardId}/redemptions',
      tags: ['Rewards'],
      summary: 'Redeem a reward (ambassadors)',
      description:
        'Needs an `Idempotency-Key` header (a UUID, say): a retry with the same key returns the first redemption and ' +
        'debits nothing. The balance never goes below zero: not enough points, a lock or no stock left is a 409 with ' +
        '`details.reason`. Codes without approval are fulfilled at once, with the code; products and perks wait for ' +
        'a manager. A product needs `shippingAddress`.',
      middleware: [requireUser] as const,
      request: {
        params: RewardParams,
        headers: IdempotencyHeadersSchema,
        body: jsonBody(RedeemRewardSchema),
      },
      responses: {
        201: jsonContent(RedemptionSchema, 'The redemption (or the first one, for a repeated key)'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { programId, rewardId } = c.req.valid('param');
      const { redemption, replayed } = await redeemReward(
        c.get('user'),
        programId,
        rewardId,
        c.req.valid('json'),
        c.req.valid('header')['idempotency-key'],
      );
      if (replayed) c.header('Idempotent-Replayed', 'true');
      return c.json(redemption, 201);
    },
  )
  // GET /api/programs/{programId}/redemptions – the fulfilment queue, or an ambassador's own
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/redemptions',
      tags: ['Rewards'],
      summary: 'Redemptions: the fulfilment queue (managers) or your own (ambassadors)',
      description:
        'Managers: one status, oldest first (`requested` unless named), or one ambassador’s with `ambassadorId`. ' +
        'Ambassadors: their own, newest first. `flags` holds `gift_not_posted` for a gift whose post is overdue.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, query: ListRedemptionsQuerySchema },
      responses: { 200: jsonContent(page(RedemptionSchema), 'A page'), ...errorResponses },
    }),
    async (c) =>
      c.json(await listRedemptions(c.get('user'), c.req.valid('param').programId, c.req.valid('query')), 200),
  )
  // GET /api/programs/{programId}/redemptions/{redemptionId} – one redemption
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/redemptions/{redemptionId}',
      tags: ['Rewards'],
      summary: 'Read a redemption (its ambassador or managers)',
      middleware: [requireUser] as const,
      request: { params: RedemptionParams },
      responses: { 200: jsonContent(RedemptionSchema, 'The redemption'), ...errorResponses },
    }),
    async (c) => {
      const { programId, redemptionId } = c.req.valid('param');
      return c.json(await getRedemption(c.get('user'), programId, redemptionId), 200);
    },
  )
  // POST /api/programs/{programId}/redemptions/{redemptionId}/decision – a manager approves or rejects, once
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/redemptions/{redemptionId}/decision',
      tags: ['Rewards'],
      summary: 'Approve or reject a requested redemption, once (managers)',
      description:
        'A rejection needs a reason and gives the points, the stock and the code back exactly once; a second decision ' +
        'is a 409. Approving a code reward fulfils it.',
      middleware: [requireUser] as const,
      request: { params: RedemptionParams, body: jsonBody(DecideRedemptionSchema) },
      responses: { 200: jsonContent(RedemptionSchema, 'The decided redemption'), ...errorResponses },
    }),
    async (c) => {
      const { programId, redemptionId } = c.req.valid('param');
      return c.json(await decideRedemption(c.get('user'), programId, redemptionId, c.req.valid('json')), 200);
    },
  )
  // POST /api/programs/{programId}/redemptions/{redemptionId}/fulfil – a manager marks it sent
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/redemptions/{redemptionId}/fulfil',
      tags: ['Rewards'],
      summary: 'Mark an approved redemption fulfilled (managers)',
      description:
        'With an optional tracking link and note, which the ambassador is sent. A gift that asks for a post starts its deadline.',
      middleware: [requireUser] as const,
      request: { params: RedemptionParams, body: jsonBody(FulfilRedemptionSchema) },
      responses: { 200: jsonContent(RedemptionSchema, 'The fulfilled redemption'), ...errorResponses },
    }),
    async (c) => {
      const { programId, redemptionId } = c.req.valid('param');
      return c.json(await fulfilRedemption(c.get('user'), programId, redemptionId, c.req.valid('json')), 200);
    },
  )
  // POST /api/programs/{programId}/redemptions/{redemptionId}/cancel – the ambassador takes it back while requested
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/redemptions/{redemptionId}/cancel',
      tags: ['Rewards'],
      summary: 'Cancel your redemption while it is requested (ambassadors)',
      middleware: [requireUser] as const,
      request: { params: RedemptionParams },
      responses: { 200: jsonContent(RedemptionSchema, 'The cancelled redemption'), ...errorResponses },
    }),
    async (c) => {
      const { programId, redemptionId } = c.req.valid('param');
      return c.json(await cancelRedemption(c.get('user'), programId, redemptionId), 200);
    },
  )
  // POST /api/programs/{programId}/ambassadors/{ambassadorId}/points-adjustments – a manager grants or deducts points
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/ambassadors/{ambassadorId}/points-adjustments',
      tags: ['Points'],
      summary: 'Grant or deduct points, with a reason (managers)',
      description:
        'A ledger entry of kind `adjusted`, recorded with who made it. It moves the balance and lifetime points; a ' +
        'deduction that would take the balance below zero is a 409.',
      middleware: [requireUser] as const,
      request: { params: AmbassadorParams, body: jsonBody(PointsAdjustmentSchema) },
      responses: {
        201: jsonContent(
          z.object({ entry: LedgerEntrySchema, balance: z.number().int(), lifetime: z.number().int() }),
          'The entry and the totals after it',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { programId, ambassadorId } = c.req.valid('param');
      return c.json(await adjustPoints(c.get('user'), programId, ambassadorId, c.req.valid('json')), 201);
    },
  );
