import { createRoute, z } from '@hono/zod-openapi';
import { CursorSchema, LimitSchema } from '#shared/common.schema.ts';
import { giveKudos, listGallery } from '#shared/submissions/gallery.service.ts';
import { GalleryItemSchema } from '#shared/submissions/submission.schema.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { errorResponses, jsonContent, ProgramParams } from '../http/openapi.ts';

const SubmissionParams = ProgramParams.extend({ submissionId: z.string().min(1).max(64) });
const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() });

/** The gallery of approved posts and their kudos: what ambassadors see of each other's content. */
export const galleryRoutes = createRouter()
  // GET /api/programs/{programId}/gallery – approved posts, newest first
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/gallery',
      tags: ['Submissions'],
      summary: 'Approved posts, newest first (ambassadors and team)',
      middleware: [requireUser] as const,
      request: {
        params: ProgramParams,
        query: z.object({
          challengeId: z.string().max(64).optional(),
          limit: LimitSchema,
          cursor: CursorSchema,
        }),
      },
      responses: { 200: jsonContent(page(GalleryItemSchema), 'A page'), ...errorResponses },
    }),
    async (c) =>
      c.json(await listGallery(c.get('user'), c.req.valid('param').programId, c.req.valid('query')), 200),
  )
  // POST /api/programs/{programId}/submissions/{submissionId}/kudos – one kudos per person per approved post
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/submissions/{submissionId}/kudos',
      tags: ['Submissions'],
      summary: 'Give an approved post kudos (once)',
      middleware: [requireUser] as const,
      request: { params: SubmissionParams },
      responses: { 201: jsonContent(z.object({ kudos: z.number() }), 'The new count'), ...errorResponses },
    }),
    async (c) => {
      const { programId, submissionId } = c.req.valid('param');
      return c.json(await giveKudos(c.get('user'), programId, submissionId), 201);
    },
  );
