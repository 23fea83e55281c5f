import { createRoute } from '@hono/zod-openapi';
import { deleteAccount } from '#shared/privacy/delete-account.service.ts';
import { DeleteAccountSchema, DeletedAccountSchema } from '#shared/privacy/erasure.schema.ts';
import { PersonalDataExportSchema } from '#shared/privacy/export.schema.ts';
import { exportMyData } from '#shared/privacy/export-my-data.service.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { errorResponses, jsonBody, jsonContent } from '../http/openapi.ts';

export const privacyRoutes = createRouter()
  // GET /api/me/export – everything Embassy holds about the caller, as JSON
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/me/export',
      tags: ['Identity'],
      summary: 'Download your data: everything Embassy holds about you, in every program',
      description:
        'Memberships with applications, posts with their figure reports and rights grants, points, ' +
        'commissions, payouts, redemptions, the orders and clicks credited to you (per day), notifications ' +
        'and invitations. Sent as an attachment.',
      middleware: [requireUser] as const,
      responses: { 200: jsonContent(PersonalDataExportSchema, 'Your data'), ...errorResponses },
    }),
    async (c) => {
      const data = await exportMyData(c.get('user'));
      c.header(
        'content-disposition',
        `attachment; filename="embassy-data-${data.exportedAt.slice(0, 10)}.json"`,
      );
      return c.json(data, 200);
    },
  )
  // DELETE /api/me – deletes the caller's account: personal data erased, the books kept under a pseudonym
  .openapi(
    createRoute({
      method: 'delete',
      path: '/api/me',
      tags: ['Identity'],
      summary: 'Delete your account (send { "confirm": true })',
      description:
        'You can no longer sign in, and your tokens stop working at once. Your name, email, application ' +
        'answers, handles, posts and notifications are erased in every program; orders, commissions, payouts ' +
        'and points stay under a pseudonym, as bookkeeping law requires (docs/privacy.md). 200 when all is ' +
        'done; 202 when a large account is finished by the scheduler within minutes.',
      middleware: [requireUser] as const,
      request: { body: jsonBody(DeleteAccountSchema) },
      responses: {
        200: jsonContent(DeletedAccountSchema, 'Deleted'),
        202: jsonContent(DeletedAccountSchema, 'Deleted; the rest of the erasure follows within minutes'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const deleted = await deleteAccount(c.get('user'));
      return deleted.status === 'erased' ? c.json(deleted, 200) : c.json(deleted, 202);
    },
  );
