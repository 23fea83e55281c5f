import { createRoute, z } from '@hono/zod-openapi';
import { getSubmissionForUser } from '#shared/submissions/get-submission.service.ts';
import { listSubmissions } from '#shared/submissions/list-submissions.service.ts';
import { resubmitPost } from '#shared/submissions/resubmit-post.service.ts';
import {
  NextActionSchema,
  ReviewSchema,
  SubmissionQuerySchema,
  SubmissionSchema,
  SubmitPostSchema,
} from '#shared/submissions/submission.schema.ts';
import { submitPost } from '#shared/submissions/submit-post.service.ts';
import { createUpload } from '#shared/uploads/create-proof-upload.service.ts';
import { CreateUploadSchema, UploadTargetSchema } from '#shared/uploads/upload.schema.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { errorResponses, jsonBody, jsonContent, ProgramParams } from '../http/openapi.ts';

const ChallengeParams = ProgramParams.extend({ challengeId: z.string().min(1).max(64) });
const SubmissionParams = ProgramParams.extend({ submissionId: z.string().min(1).max(64) });
const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() });
/** Reviewers and the author get a short-lived link to the proof image. */
const SubmissionViewSchema = SubmissionSchema.extend({
  proofImageUrl: z.string().optional(),
  /** The proof image's resized copy, once the thumbnailer has made it (absent until then). */
  thumbnailUrl: z.string().optional(),
});

export const submissionsRoutes = createRouter()
  // POST /api/programs/{programId}/uploads – a presigned URL to upload a proof image straight to storage
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/uploads',
      tags: ['Submissions'],
      summary: 'Get a presigned URL for a proof image (approved ambassadors)',
      description:
        'PUT the image bytes to `uploadUrl` with the given headers before `expiresAt`, then send `key` as ' +
        '`proofImageKey` with the submission. JPEG, PNG or WebP, at most 5 MB.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, body: jsonBody(CreateUploadSchema) },
      responses: {
        201: jsonContent(UploadTargetSchema, 'Where to upload'),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(await createUpload(c.get('user'), c.req.valid('param').programId, c.req.valid('json')), 201),
  )
  // POST /api/programs/{programId}/challenges/{challengeId}/submissions – an ambassador submits a post link
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/challenges/{challengeId}/submissions',
      tags: ['Submissions'],
      summary: 'Submit a post for an open challenge (approved ambassadors)',
      description:
        'The link must be a post on the named platform, never submitted before in the program (409). ' +
        'A caption without the required disclosure, hashtags or mentions is flagged for the reviewer. ' +
        '`next` lists the next useful actions.',
      middleware: [requireUser] as const,
      request: { params: ChallengeParams, body: jsonBody(SubmitPostSchema) },
      responses: {
        201: jsonContent(
          z.object({ submission: SubmissionSchema, next: z.array(NextActionSchema) }),
          'Submitted',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { programId, challengeId } = c.req.valid('param');
      return c.json(await submitPost(c.get('user'), programId, challengeId, c.req.valid('json')), 201);
    },
  )
  // GET /api/programs/{programId}/submissions – managers: the review queue; ambassadors: their own
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/submissions',
      tags: ['Submissions'],
      summary: 'The review queue (managers, oldest first) or your own submissions (ambassadors)',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, query: SubmissionQuerySchema },
      responses: { 200: jsonContent(page(SubmissionViewSchema), 'A page'), ...errorResponses },
    }),
    async (c) =>
      c.json(await listSubmissions(c.get('user'), c.req.valid('param').programId, c.req.valid('query')), 200),
  )
  // GET /api/programs/{programId}/submissions/{submissionId} – the author or a manager (with the audit trail)
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/submissions/{submissionId}',
      tags: ['Submissions'],
      summary: 'Read a submission (author, or managers with its audit trail)',
      middleware: [requireUser] as const,
      request: { params: SubmissionParams },
      responses: {
        200: jsonContent(
          SubmissionViewSchema.extend({ history: z.array(z.record(z.string(), z.unknown())).optional() }),
          'It',
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { programId, submissionId } = c.req.valid('param');
      return c.json(await getSubmissionForUser(c.get('user'), programId, submissionId), 200);
    },
  )
  // PUT /api/programs/{programId}/submissions/{submissionId} – the author resubmits after a change request
  .openapi(
    createRoute({
      method: 'put',
      path: '/api/programs/{programId}/submissions/{submissionId}',
      tags: ['Submissions'],
      summary: 'Resubmit after the reviewer asked for changes (the author)',
      middleware: [requireUser] as const,
      request: { params: SubmissionParams, body: jsonBody(SubmitPostSchema) },
      responses: { 200: jsonContent(SubmissionSchema, 'The new version, pending'), ...errorResponses },
    }),
    async (c) => {
      const { programId, submissionId } = c.req.valid('param');
      return c.json(await resubmitPost(c.get('user'), programId, submissionId, c.req.valid('json')), 200);
    },
  )
  // POST /api/programs/{programId}/submissions/{submissionId}/review – approve, reject or request changes, once per version
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/submissions/{submissionId}/review',
      tags: ['Submissions'],
      summary: 'Decide a submission version (managers)',
      description:
        '`version` is the version you reviewed: if someone decided first you get 409 with what they decided. ' +
        'Feedback is required to reject or request changes. Approval awards the challenge points, and fails ' +
        'with 409 when the challenge has no slots left.',
      middleware: [requireUser] as const,
      request: { params: SubmissionParams, body: jsonBody(ReviewSchema) },
      responses: { 200: jsonContent(SubmissionSchema, 'The decided submission'), ...errorResponses },
    }),
    async (c) => {
      const { programId, submissionId } = c.req.valid('param');
      // Loaded on the first review: a manager's step, so no ambassador's cold start pays for it.
      const { reviewSubmission } = await import('#shared/submissions/review-submission.service.ts');
      return c.json(await reviewSubmission(c.get('user'), programId, submissionId, c.req.valid('json')), 200);
    },
  );
