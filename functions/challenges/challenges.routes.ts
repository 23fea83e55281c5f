import { createRoute, z } from '@hono/zod-openapi';
import {
  ChallengeSchema,
  ChallengeViewSchema,
  CreateChallengeSchema,
  ListChallengesQuerySchema,
  UpdateChallengeSchema,
} from '#shared/challenges/challenge.schema.ts';
import { createChallenge } from '#shared/challenges/create-challenge.service.ts';
import { getChallengeView, listChallenges } from '#shared/challenges/list-challenges.service.ts';
import { publishChallenge } from '#shared/challenges/publish-challenge.service.ts';
import { updateChallenge } from '#shared/challenges/update-challenge.service.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { errorResponses, jsonBody, jsonContent, ProgramParams } from '../http/openapi.ts';

const ChallengeParams = ProgramParams.extend({ challengeId: z.string().min(1).max(64) });

export const challengesRoutes = createRouter()
  // POST /api/programs/{programId}/challenges – a manager drafts a challenge
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/challenges',
      tags: ['Challenges'],
      summary: 'Draft a challenge (managers)',
      description:
        'Give `month` (a calendar month in the program time zone) or `opensAt` and `closesAt`. ' +
        '`prerequisites` name challenges the ambassador must have had a post approved in; cycles are refused.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, body: jsonBody(CreateChallengeSchema) },
      responses: { 201: jsonContent(ChallengeSchema, 'The draft'), ...errorResponses },
    }),
    async (c) =>
      c.json(await createChallenge(c.get('user'), c.req.valid('param').programId, c.req.valid('json')), 201),
  )
  // GET /api/programs/{programId}/challenges – this month's challenges, with locks and progress
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/challenges',
      tags: ['Challenges'],
      summary: 'Challenges running in a month (ambassadors and team)',
      description:
        'Ambassadors see published challenges, each with `locked` and the reason (tier or prerequisite), ' +
        'slots left, their own submissions and what finishing it unlocks. The team also sees drafts.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, query: ListChallengesQuerySchema },
      responses: {
        200: jsonContent(z.object({ month: z.string(), items: z.array(ChallengeViewSchema) }), 'The month'),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(await listChallenges(c.get('user'), c.req.valid('param').programId, c.req.valid('query')), 200),
  )
  // GET /api/programs/{programId}/challenges/{challengeId} – one challenge as the caller sees it
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/challenges/{challengeId}',
      tags: ['Challenges'],
      summary: 'Read one challenge',
      middleware: [requireUser] as const,
      request: { params: ChallengeParams },
      responses: { 200: jsonContent(ChallengeViewSchema, 'The challenge'), ...errorResponses },
    }),
    async (c) => {
      const { programId, challengeId } = c.req.valid('param');
      return c.json(await getChallengeView(c.get('user'), programId, challengeId), 200);
    },
  )
  // PATCH /api/programs/{programId}/challenges/{challengeId} – a manager edits a challenge
  .openapi(
    createRoute({
      method: 'patch',
      path: '/api/programs/{programId}/challenges/{challengeId}',
      tags: ['Challenges'],
      summary: 'Change a challenge (managers)',
      description: 'Drafts and scheduled challenges change freely; once open, only title and brief.',
      middleware: [requireUser] as const,
      request: { params: ChallengeParams, body: jsonBody(UpdateChallengeSchema) },
      responses: { 200: jsonContent(ChallengeSchema, 'The challenge'), ...errorResponses },
    }),
    async (c) => {
      const { programId, challengeId } = c.req.valid('param');
      return c.json(await updateChallenge(c.get('user'), programId, challengeId, c.req.valid('json')), 200);
    },
  )
  // POST /api/programs/{programId}/challenges/{challengeId}/publish – schedule or open a draft
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/challenges/{challengeId}/publish',
      tags: ['Challenges'],
      summary: 'Publish a draft (managers)',
      middleware: [requireUser] as const,
      request: { params: ChallengeParams },
      responses: { 200: jsonContent(ChallengeSchema, 'Scheduled or open'), ...errorResponses },
    }),
    async (c) => {
      const { programId, challengeId } = c.req.valid('param');
      return c.json(await publishChallenge(c.get('user'), programId, challengeId), 200);
    },
  );
