import { createRoute, z } from '@hono/zod-openapi';
import { CreateLinkSchema } from '#shared/referrals/link.schema.ts';
import { createLink, listLinks } from '#shared/referrals/links.service.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { errorResponses, jsonBody, jsonContent, ProgramParams } from '../http/openapi.ts';
import { visitorOf } from '../http/visitor.ts';

const LinkSchema = z.object({
  code: z.string(),
  slug: z.string(),
  destination: z.string(),
  createdAt: z.string(),
  url: z.string(),
});

export const linksRoutes = createRouter()
  // POST /api/programs/{programId}/links – an ambassador makes a tracked link to another allowed page
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/programs/{programId}/links',
      tags: ['Referrals'],
      summary: 'Create a tracked link /r/{code}/{slug} (approved ambassadors)',
      description:
        'The destination must be an https page on the program’s landing host or one of its allowed domains ' +
        '(subdomains included). Anything else is refused: there is no open redirect.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, body: jsonBody(CreateLinkSchema) },
      responses: { 201: jsonContent(LinkSchema, 'The link'), ...errorResponses },
    }),
    async (c) =>
      c.json(await createLink(c.get('user'), c.req.valid('param').programId, c.req.valid('json')), 201),
  )
  // GET /api/programs/{programId}/links – the caller's referral link, tracked links and clicks (remembers the caller's browser, hashed)
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/links',
      tags: ['Referrals'],
      summary: 'Your referral link, tracked links and counted clicks (approved ambassadors)',
      description:
        'The browser asking is remembered as yours for 30 days (keyed hashes of its IP address and user agent, ' +
        'never the values): an order credited to a click from it is flagged own_link_purchase and earns nothing.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams },
      responses: {
        200: jsonContent(
          z.object({
            code: z.string(),
            referralUrl: z.string(),
            links: z.array(LinkSchema),
            clicks: z.object({ total: z.number(), byDay: z.record(z.string(), z.number()) }),
          }),
          'Your links',
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await listLinks(c.get('user'), c.req.valid('param').programId, visitorOf(c)), 200),
  );
