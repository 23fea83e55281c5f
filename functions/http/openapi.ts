import { z } from '@hono/zod-openapi';
import { AppError } from '#shared/errors.ts';

/** The error body, documented once and referenced by every route. */
export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed' }),
      message: z.string(),
      details: z.unknown().optional(),
      requestId: z.string(),
    }),
  })
  .openapi('Error');

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorBodySchema } },
});

/** The error responses a signed-in route can give. */
export const errorResponses = {
  400: errorResponse('Malformed request (query, path, cursor or JSON)'),
  401: errorResponse('No token, or a bad or expired one'),
  403: errorResponse('Signed in, but not allowed'),
  404: errorResponse('Not found'),
  409: errorResponse('Conflict with the current state'),
  // The document adds API Gateway's own body past 6 MB (functions/http/openapi-document.ts).
  413: errorResponse('Body over 64 KB'),
  414: errorResponse('Query over 4 KB, or path over 1 KB'),
  422: errorResponse('Body failed validation'),
  503: errorResponse('Briefly unavailable; retry'),
} as const;

export const jsonContent = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** A required JSON request body. */
export const jsonBody = <T>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

export const ProgramParams = z.object({ programId: z.string().min(1).max(64) });
export const AmbassadorParams = ProgramParams.extend({ ambassadorId: z.string().min(1).max(64) });

/**
 * Reads a JSON body that may be absent: an empty body counts as `{}`, whatever the
 * content type says (browsers send `content-type: application/json` with no body).
 * @throws AppError `bad_request` for malformed JSON; ZodError when the body fails `schema`.
 */
export async function readOptionalJson<T extends z.ZodType>(
  request: Request,
  schema: T,
): Promise<z.infer<T>> {
  const text = await request.text();
  if (text.trim() === '') return schema.parse({});
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'Malformed JSON in request body');
  }
  return schema.parse(value);
}
