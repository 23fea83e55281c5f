import { z } from '@hono/zod-openapi';

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
  413: errorResponse('Body over 64 KB'),
  422: errorResponse('Body failed validation'),
  503: errorResponse('Briefly unavailable; retry'),
} as const;

export const jsonContent = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const bearerAuth = [{ bearerAuth: [] }];
