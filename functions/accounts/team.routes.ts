import { createRoute, z } from '@hono/zod-openapi';
import { AuditEntryViewSchema, AuditQuerySchema } from '#shared/audit/audit.schema.ts';
import { listProgramAudit } from '#shared/audit/audit.service.ts';
import { InvitationSchema } from '#shared/programs/invitation.schema.ts';
import { ChangeRoleSchema, TeamMemberSchema, TransferOwnershipSchema } from '#shared/programs/team.schema.ts';
import {
  changeRole,
  handOverOwnership,
  listInvitations,
  listTeam,
  removeTeamMember,
  revokeInvitation,
} from '#shared/programs/team.service.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { errorResponses, jsonBody, jsonContent, ProgramParams } from '../http/openapi.ts';

const MemberParams = ProgramParams.extend({ userId: z.string().min(1).max(128) });
const RevokeInvitationSchema = z.strictObject({ email: z.email().max(254) }).meta({ id: 'RevokeInvitation' });
const TeamSchema = z.object({ items: z.array(TeamMemberSchema) }).openapi('Team');

export const teamRoutes = createRouter()
  // GET /api/programs/{programId}/members – the team: owners, managers and brand users
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/members',
      tags: ['Team'],
      summary:
        'The team: owners, managers and brand users, with their role and since when (owner or manager)',
      description: 'Ambassadors are not listed here: see the ambassadors list.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams },
      responses: { 200: jsonContent(TeamSchema, 'The team, owners first'), ...errorResponses },
    }),
    async (c) => c.json(await listTeam(c.get('user'), c.req.valid('param').programId), 200),
  )
  // PATCH /api/programs/{programId}/members/{userId} – the owner changes a member's role
  .openapi(
    createRoute({
      method: 'patch',
      path: '/api/programs/{programId}/members/{userId}',
      tags: ['Team'],
      summary: 'Change a team member’s role (owner)',
      description: 'The last owner can’t be demoted: 409 with `details.reason: "last_owner"`.',
      middleware: [requireUser] as const,
      request: { params: MemberParams, body: jsonBody(ChangeRoleSchema) },
      responses: { 200: jsonContent(TeamMemberSchema, 'The member in their new role'), ...errorResponses },
    }),
    async (c) => {
      const { programId, userId } = c.req.valid('param');
      return c.json(await changeRole(c.get('user'), programId, userId, c.req.valid('json')), 200);
    },
  )
  // DELETE /api/programs/{programId}/members/{userId} – the owner removes a member; their access ends at once
  .openapi(
    createRoute({
      method: 'delete',
      path: '/api/programs/{programId}/members/{userId}',
      tags: ['Team'],
      summary: 'Remove a team member (owner)',
      description:
        'Their access ends at once: their next call is refused. They are told by notification and email. The last ' +
        'owner can’t be removed: 409 with `details.reason: "last_owner"`.',
      middleware: [requireUser] as const,
      request: { params: MemberParams },
      responses: { 204: { description: 'Removed' }, ...errorResponses },
    }),
    async (c) => {
      const { programId, userId } = c.req.valid('param');
      await removeTeamMember(c.get('user'), programId, userId);
      return c.body(null, 204);
    },
  )
  // POST /api/programs/{programId}/ownership – the owner hands ownership to a team member
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/ownership',
      tags: ['Team'],
      summary: 'Hand ownership to a team member (owner)',
      description: 'In one step: they become owner, and you (if you are an owner member) become a manager.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, body: jsonBody(TransferOwnershipSchema) },
      responses: { 200: jsonContent(TeamSchema, 'The two members as they are now'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await handOverOwnership(c.get('user'), c.req.valid('param').programId, c.req.valid('json')),
        200,
      ),
  )
  // GET /api/programs/{programId}/invitations – pending invitations
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/invitations',
      tags: ['Team'],
      summary: 'Pending invitations, newest first (owner or manager)',
      middleware: [requireUser] as const,
      request: { params: ProgramParams },
      responses: {
        200: jsonContent(
          z.object({ items: z.array(InvitationSchema) }),
          'Invitations not yet accepted nor expired',
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await listInvitations(c.get('user'), c.req.valid('param').programId), 200),
  )
  // POST /api/programs/{programId}/invitations/revoke – the owner revokes an invitation (as accept is a POST beside it)
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/invitations/revoke',
      tags: ['Team'],
      summary: 'Revoke a pending invitation (owner)',
      description: 'Its link stops working. 404 when that email has no pending invitation.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, body: jsonBody(RevokeInvitationSchema) },
      responses: { 204: { description: 'Revoked' }, ...errorResponses },
    }),
    async (c) => {
      const { programId } = c.req.valid('param');
      await revokeInvitation(c.get('user'), programId, c.req.valid('json').email);
      return c.body(null, 204);
    },
  )
  // GET /api/programs/{programId}/audit – the program's audit log
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/audit',
      tags: ['Team'],
      summary: 'The program’s audit log, newest first (owner or manager)',
      description:
        'Decisions, settings and team changes, payouts, exports and adjustments: who did what, when, and what ' +
        'changed. Append-only. Filter by `actor` (a user id), `type`, and a time range `from`–`to` (inclusive). ' +
        'With both `actor` and `type`, a page may hold fewer than `limit` entries and still have a `nextCursor`.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, query: AuditQuerySchema },
      responses: {
        200: jsonContent(
          z.object({ items: z.array(AuditEntryViewSchema), nextCursor: z.string().optional() }),
          'One page of entries',
        ),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(
        await listProgramAudit(c.get('user'), c.req.valid('param').programId, c.req.valid('query')),
        200,
      ),
  );
