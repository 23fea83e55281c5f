import { createRoute, z } from '@hono/zod-openapi';
import { recordDownload } from '#shared/audit/audit.service.ts';
import {
  ContentExportQuerySchema,
  ContentItemSchema,
  ContentQuerySchema,
  RevokedRightsSchema,
} from '#shared/content/content-library.schema.ts';
import { EXPORT_ROWS, exportContentCsv, listContent } from '#shared/content/list-content.service.ts';
import { revokeRights } from '#shared/content/revoke-rights.service.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { setCsvHeaders } from '../http/csv.ts';
import { errorResponses, jsonContent, ProgramParams } from '../http/openapi.ts';

const SubmissionParams = ProgramParams.extend({ submissionId: z.string().min(1).max(64) });

const FILTERS =
  '`rights`: `granted` (live grants, expiring ones too), `expiring` (ending within 30 days) or `none` (no live ' +
  'grant: never given, revoked or expired); `scope`: live grants covering it; `platform`, `challengeId`, ' +
  '`ambassadorId`; `minReach`: the latest reported reach at least this. The challenge or ambassador picks the ' +
  'keyed query; the other filters are applied to its pages as they are read, so a page may hold fewer posts than ' +
  '`limit`, even none, and still a `nextCursor`: follow it.';

export const libraryRoutes = createRouter()
  // GET /api/programs/{programId}/content – the brand's content library: approved posts with their rights
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/content',
      tags: ['Content'],
      summary: 'The content library: approved posts with their rights (owner, manager or brand)',
      description: `Newest first, each with its rights grant, latest metrics, thumbnail and link. ${FILTERS}`,
      middleware: [requireUser] as const,
      request: { params: ProgramParams, query: ContentQuerySchema },
      responses: {
        200: jsonContent(
          z.object({ items: z.array(ContentItemSchema), nextCursor: z.string().optional() }),
          'A page',
        ),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(await listContent(c.get('user'), c.req.valid('param').programId, c.req.valid('query')), 200),
  )
  // GET /api/programs/{programId}/content/export – the content library as CSV
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/content/export',
      tags: ['Content'],
      summary: 'The content library as CSV (owner, manager or brand)',
      description:
        `The library's filters; up to ${EXPORT_ROWS} posts a file. When there are more, the \`Next-Cursor\` header ` +
        'holds the cursor to the rest. A header row in words; the team (not the brand) also gets each ambassador’s email. ' +
        'Cells that a spreadsheet would read as a formula are quoted.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, query: ContentExportQuerySchema },
      responses: {
        200: {
          description: 'The CSV file',
          headers: z.object({ 'Next-Cursor': z.string().optional() }),
          content: { 'text/csv': { schema: z.string() } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { programId } = c.req.valid('param');
      const { csv, filename, nextCursor } = await exportContentCsv(
        c.get('user'),
        programId,
        c.req.valid('query'),
      );
      await recordDownload(c.get('user'), programId, filename);
      setCsvHeaders(c, filename);
      if (nextCursor) c.header('Next-Cursor', nextCursor);
      return c.body(csv, 200);
    },
  )
  // DELETE /api/programs/{programId}/submissions/{submissionId}/rights – the author revokes the rights they granted
  .openapi(
    createRoute({
      method: 'delete',
      path: '/api/programs/{programId}/submissions/{submissionId}/rights',
      tags: ['Content'],
      summary: 'Revoke the rights granted with a post (its author)',
      description:
        'The brand’s use ends at once: the answer’s `rights.endsAt` is the moment of revocation. The post leaves the ' +
        'library’s granted posts, and no expiry reminder follows. A post without a live grant is a 409.',
      middleware: [requireUser] as const,
      request: { params: SubmissionParams },
      responses: { 200: jsonContent(RevokedRightsSchema, 'The revoked grant'), ...errorResponses },
    }),
    async (c) => {
      const { programId, submissionId } = c.req.valid('param');
      return c.json(await revokeRights(c.get('user'), programId, submissionId), 200);
    },
  );
