import { createRoute, z } from '@hono/zod-openapi';
import {
  DecideApplicationSchema,
  LeaveProgramSchema,
  ListAmbassadorsQuerySchema,
  RotateReferralCodeSchema,
  SubmitApplicationSchema,
  SuspensionSchema,
} from '#shared/ambassadors/application.schema.ts';
import { decideApplication } from '#shared/ambassadors/decide-application.service.ts';
import { getAmbassador } from '#shared/ambassadors/get-ambassador.service.ts';
import { leaveProgram } from '#shared/ambassadors/leave-program.service.ts';
import { listAmbassadors } from '#shared/ambassadors/list-ambassadors.service.ts';
import { rotateReferralCode } from '#shared/ambassadors/rotate-referral-code.service.ts';
import { setSuspension } from '#shared/ambassadors/set-suspension.service.ts';
import { submitApplication } from '#shared/ambassadors/submit-application.service.ts';
import { CursorSchema, LimitSchema } from '#shared/common.schema.ts';
import { MembershipSchema } from '#shared/programs/membership.schema.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import {
  AmbassadorParams,
  errorResponses,
  jsonBody,
  jsonContent,
  ProgramParams,
  readOptionalJson,
} from '../http/openapi.ts';

const AmbassadorPageSchema = z.object({
  items: z.array(MembershipSchema),
  nextCursor: z.string().optional(),
});

const statusChange = (action: 'suspend' | 'reinstate', summary: string) =>
  createRoute({
    method: 'post',
    path: `/api/programs/{programId}/ambassadors/{ambassadorId}/${action}`,
    tags: ['Ambassadors'],
    summary,
    description: 'The body `{ "reason"? }` is optional; an empty body is fine.',
    middleware: [requireUser] as const,
    request: { params: AmbassadorParams },
    responses: { 200: jsonContent(MembershipSchema, 'The ambassador'), ...errorResponses },
  });

export const ambassadorsRoutes = createRouter()
  // POST /api/programs/{programId}/applications – a signed-in user applies to become an ambassador
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/applications',
      tags: ['Ambassadors'],
      summary: 'Apply to a program',
      description:
        'Answers are checked against the program questions; consent must name the current terms version. ' +
        'Applying twice gives 409; a rejected applicant may reapply after the program cooldown.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, body: jsonBody(SubmitApplicationSchema) },
      responses: { 201: jsonContent(MembershipSchema, 'The pending application'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await submitApplication(c.get('user'), c.req.valid('param').programId, c.req.valid('json')),
        201,
      ),
  )
  // GET /api/programs/{programId}/ambassadors – managers page through applicants and ambassadors by status
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/ambassadors',
      tags: ['Ambassadors'],
      summary: 'List ambassadors by status, newest first (managers)',
      middleware: [requireUser] as const,
      request: {
        params: ProgramParams,
        query: ListAmbassadorsQuerySchema.extend({ limit: LimitSchema, cursor: CursorSchema }),
      },
      responses: {
        200: jsonContent(AmbassadorPageSchema, 'A page; pass nextCursor for the next'),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(await listAmbassadors(c.get('user'), c.req.valid('param').programId, c.req.valid('query')), 200),
  )
  // GET /api/programs/{programId}/ambassadors/{ambassadorId} – the ambassador themself, or a manager
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/ambassadors/{ambassadorId}',
      tags: ['Ambassadors'],
      summary: 'Read one ambassador (themself or a manager)',
      middleware: [requireUser] as const,
      request: { params: AmbassadorParams },
      responses: { 200: jsonContent(MembershipSchema, 'The ambassador'), ...errorResponses },
    }),
    async (c) => {
      const { programId, ambassadorId } = c.req.valid('param');
      return c.json(await getAmbassador(c.get('user'), programId, ambassadorId), 200);
    },
  )
  // POST /api/programs/{programId}/ambassadors/{ambassadorId}/decision – approve (issues a referral code) or reject
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/ambassadors/{ambassadorId}/decision',
      tags: ['Ambassadors'],
      summary: 'Approve or reject an application, once (managers)',
      middleware: [requireUser] as const,
      request: { params: AmbassadorParams, body: jsonBody(DecideApplicationSchema) },
      responses: { 200: jsonContent(MembershipSchema, 'The decided application'), ...errorResponses },
    }),
    async (c) => {
      const { programId, ambassadorId } = c.req.valid('param');
      return c.json(
        await decideApplication(c.get('user'), programId, ambassadorId, c.req.valid('json')),
        200,
      );
    },
  )
  // POST /api/programs/{programId}/ambassadors/{ambassadorId}/suspend – stop an ambassador and their code
  .openapi(statusChange('suspend', 'Suspend an approved ambassador (managers)'), async (c) => {
    const { programId, ambassadorId } = c.req.valid('param');
    const { reason } = await readOptionalJson(c.req.raw, SuspensionSchema);
    return c.json(await setSuspension(c.get('user'), programId, ambassadorId, 'suspend', reason), 200);
  })
  // POST /api/programs/{programId}/ambassadors/{ambassadorId}/reinstate – undo a suspension
  .openapi(statusChange('reinstate', 'Reinstate a suspended ambassador (managers)'), async (c) => {
    const { programId, ambassadorId } = c.req.valid('param');
    const { reason } = await readOptionalJson(c.req.raw, SuspensionSchema);
    return c.json(await setSuspension(c.get('user'), programId, ambassadorId, 'reinstate', reason), 200);
  })
  // POST /api/programs/{programId}/ambassadors/{ambassadorId}/leave – the ambassador leaves; their code retires, their history stays
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/ambassadors/{ambassadorId}/leave',
      tags: ['Ambassadors'],
      summary: 'Leave the program (the ambassador themself)',
      description:
        'The body `{ "reason"? }` is optional; an empty body is fine. The membership becomes `left` and the ' +
        'referral code retires at once (as do earlier codes still in their grace): its links redirect without ' +
        'attribution and later orders are recorded for no one. Points, posts, orders and commissions stay; ' +
        'pending commissions are approved and paid as earned. A pending applicant withdraws this way. The ' +
        'ambassador may apply again at once; approval issues a new code. Only the ambassador themself (403 ' +
        'otherwise); a rejected or already-left membership is a 409.',
      middleware: [requireUser] as const,
      request: { params: AmbassadorParams },
      responses: { 200: jsonContent(MembershipSchema, 'The membership, left'), ...errorResponses },
    }),
    async (c) => {
      const { programId, ambassadorId } = c.req.valid('param');
      const { reason } = await readOptionalJson(c.req.raw, LeaveProgramSchema);
      return c.json(await leaveProgram(c.get('user'), programId, ambassadorId, reason), 200);
    },
  )
  // POST /api/programs/{programId}/ambassadors/{ambassadorId}/referral-code/rotate – a new code; the old one retires after its grace
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/ambassadors/{ambassadorId}/referral-code/rotate',
      tags: ['Ambassadors'],
      summary: 'Give an approved ambassador a new referral code (managers)',
      description:
        'For a code that leaked (say to a coupon site). The ambassador gets a new code, their tracked links ' +
        'are copied to it, and they are told. The old code keeps attributing for `graceDays` (0: it stops at ' +
        'once), then its orders and clicks earn nothing new and its links redirect without attribution. ' +
        'Orders keep the code they were attributed to; the old codes are listed in `codeHistory`. ' +
        'Only approved ambassadors (409 otherwise).',
      middleware: [requireUser] as const,
      request: { params: AmbassadorParams, body: jsonBody(RotateReferralCodeSchema) },
      responses: {
        200: jsonContent(MembershipSchema, 'The ambassador, with the new code'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { programId, ambassadorId } = c.req.valid('param');
      return c.json(
        await rotateReferralCode(c.get('user'), programId, ambassadorId, c.req.valid('json')),
        200,
      );
    },
  );
