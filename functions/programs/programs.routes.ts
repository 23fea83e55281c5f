import { createRoute, z } from '@hono/zod-openapi';
import { trimmedText } from '#shared/common.schema.ts';
import { acceptInvitation } from '#shared/programs/accept-invitation.service.ts';
import { createProgram } from '#shared/programs/create-program.service.ts';
import { getProgramForUser } from '#shared/programs/get-program.service.ts';
import { getPublicProgram } from '#shared/programs/get-public-program.service.ts';
import { InvitationSchema, InviteMemberSchema } from '#shared/programs/invitation.schema.ts';
import { inviteMember } from '#shared/programs/invite-member.service.ts';
import { MembershipSchema } from '#shared/programs/membership.schema.ts';
import {
  CreateProgramSchema,
  ProgramSchema,
  PublicProgramSchema,
  SlugSchema,
  UpdateProgramSchema,
} from '#shared/programs/program.schema.ts';
import { PublicPageViewSchema } from '#shared/programs/public-page.schema.ts';
import { updateProgram } from '#shared/programs/update-program.service.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { errorResponses, jsonBody, jsonContent, ProgramParams } from '../http/openapi.ts';
import { requestLanguage } from '../http/request-language.ts';

export const programsRoutes = createRouter()
  // POST /api/programs – an admin creates a program and becomes its owner
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs',
      tags: ['Programs'],
      summary: 'Create a program (platform admins)',
      middleware: [requireUser] as const,
      request: { body: jsonBody(CreateProgramSchema) },
      responses: {
        201: jsonContent(ProgramSchema, 'The program; the caller is its owner'),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await createProgram(c.get('user'), c.req.valid('json'), requestLanguage(c)), 201),
  )
  // GET /api/programs/{programId} – everything for members, the public part for anyone signed in
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}',
      tags: ['Programs'],
      summary: 'Read a program',
      description: 'Members (and admins) get every field; any other signed-in user gets the public part.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams },
      responses: {
        200: jsonContent(
          z.object({
            view: z.enum(['member', 'public']),
            program: z.union([ProgramSchema, PublicProgramSchema]),
          }),
          'The program',
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await getProgramForUser(c.get('user'), c.req.valid('param').programId), 200),
  )
  // GET /api/public/programs/{slug} – the application page's program, for anyone (and who invited them)
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/public/programs/{slug}',
      tags: ['Programs'],
      summary: 'A program’s public part by its slug, for the application page /p/{slug} (no sign-in)',
      description:
        '`page` is what the page shows besides the form: the tagline, perks and FAQ, the logo and hero image ' +
        'as one-hour links to their thumbnails (absent until the thumbnail is made), and up to ' +
        '`publicPage.sampleChallenges` published challenges (open now and next, else the latest closed). ' +
        'With ref (an ambassador’s referral code, from an invite link /p/{slug}?ref={code}) it also names who ' +
        'invited the visitor. Send the same ref with the application to record the recruiter; when the recruit ' +
        'is approved, the recruiter earns the program’s pointsPerRecruit, once.',
      request: {
        params: z.object({ slug: SlugSchema }),
        query: z.object({ ref: trimmedText({ max: 20 }).optional() }),
      },
      responses: {
        200: jsonContent(
          z.object({
            program: PublicProgramSchema,
            page: PublicPageViewSchema,
            invitedBy: z.object({ displayName: z.string(), ref: z.string() }).optional(),
          }),
          'The program',
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await getPublicProgram(c.req.valid('param').slug, c.req.valid('query').ref), 200),
  )
  // PATCH /api/programs/{programId} – owners and managers change the settings
  .openapi(
    createRoute({
      method: 'patch',
      path: '/api/programs/{programId}',
      tags: ['Programs'],
      summary: 'Change program settings (owner or manager)',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, body: jsonBody(UpdateProgramSchema) },
      responses: { 200: jsonContent(ProgramSchema, 'The changed program'), ...errorResponses },
    }),
    async (c) =>
      c.json(await updateProgram(c.get('user'), c.req.valid('param').programId, c.req.valid('json')), 200),
  )
  // POST /api/programs/{programId}/invitations – the owner invites a manager or brand user by email
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/invitations',
      tags: ['Team'],
      summary: 'Invite a manager or brand user by email (owner)',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, body: jsonBody(InviteMemberSchema) },
      responses: { 201: jsonContent(InvitationSchema, 'The invitation, valid 14 days'), ...errorResponses },
    }),
    async (c) =>
      c.json(await inviteMember(c.get('user'), c.req.valid('param').programId, c.req.valid('json')), 201),
  )
  // POST /api/programs/{programId}/invitations/accept – the invitee accepts with their verified email
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/invitations/accept',
      tags: ['Team'],
      summary: 'Accept an invitation addressed to your verified email',
      middleware: [requireUser] as const,
      request: { params: ProgramParams },
      responses: { 201: jsonContent(MembershipSchema, 'Your new membership'), ...errorResponses },
    }),
    async (c) => c.json(await acceptInvitation(c.get('user'), c.req.valid('param').programId), 201),
  );
