import { createRoute, z } from '@hono/zod-openapi';
import {
  PublicAmbassadorSchema,
  PublicPageSettingsSchema,
  UpdatePublicPageSchema,
} from '#shared/profiles/profile.schema.ts';
import {
  getMyPublicPage,
  getPublicAmbassador,
  recordPageVisit,
  updateMyPublicPage,
} from '#shared/profiles/public-page.service.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { errorResponses, jsonBody, jsonContent, ProgramParams } from '../http/openapi.ts';
import { visitorOf } from '../http/visitor.ts';

/** How long a browser (or a cache in front) may keep a public page: a change shows within a minute. */
const PUBLIC_PAGE_CACHE = 'public, max-age=60';

const CodeParams = z.object({ referralCode: z.string().min(1).max(20) });

export const publicPageRoutes = createRouter()
  // GET /api/programs/{programId}/public-page – the caller's public page settings in a program
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/public-page',
      tags: ['Public pages'],
      summary: 'Your public page settings (approved ambassadors)',
      middleware: [requireUser] as const,
      request: { params: ProgramParams },
      responses: { 200: jsonContent(PublicPageSettingsSchema, 'Your page’s settings'), ...errorResponses },
    }),
    async (c) => c.json(await getMyPublicPage(c.get('user'), c.req.valid('param').programId), 200),
  )
  // PUT /api/programs/{programId}/public-page – turn the page on or off, choose its picks
  .openapi(
    createRoute({
      method: 'put',
      path: '/api/programs/{programId}/public-page',
      tags: ['Public pages'],
      summary: 'Change your public page: on or off, and your picks (approved ambassadors)',
      description:
        'Picks are slugs of your own tracked links (POST /api/programs/{programId}/links), shown in the order given. ' +
        'Fields not sent stay as they were. The page is on until turned off.',
      middleware: [requireUser] as const,
      request: { params: ProgramParams, body: jsonBody(UpdatePublicPageSchema) },
      responses: { 200: jsonContent(PublicPageSettingsSchema, 'Your page’s settings'), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await updateMyPublicPage(c.get('user'), c.req.valid('param').programId, c.req.valid('json')),
        200,
      ),
  )
  // GET /api/public/ambassadors/{referralCode} – an ambassador's public page, for anyone
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/public/ambassadors/{referralCode}',
      tags: ['Public pages'],
      summary: 'An ambassador’s public page /a/{referralCode} (no sign-in)',
      description:
        'Their name, avatar and handles, their approved posts that carry a `website` rights grant (all approved ' +
        'posts where the program has no content terms), and their picks. Every link goes through /r/ and is ' +
        'attributed to them. Nothing private: no email, no figures. 404 for an unknown, suspended or removed ' +
        'ambassador, a retired code, or a page turned off. Cacheable for a minute.',
      request: { params: CodeParams },
      responses: { 200: jsonContent(PublicAmbassadorSchema, 'The page'), ...errorResponses },
    }),
    async (c) => {
      const page = await getPublicAmbassador(c.req.valid('param').referralCode);
      c.header('cache-control', PUBLIC_PAGE_CACHE);
      return c.json(page, 200);
    },
  )
  // POST /api/public/ambassadors/{referralCode}/visits – a visit to the page, counted as a click of their link
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/public/ambassadors/{referralCode}/visits',
      tags: ['Public pages'],
      summary: 'Count a visit to an ambassador’s public page as a click of their link (no sign-in)',
      description:
        'The dashboard sends it once when the page opens. It records the click the redirect /r/{code} would ' +
        '(hashed visitor, one counted per visitor and hour); bots are not counted.',
      request: { params: CodeParams },
      responses: {
        202: jsonContent(z.object({ counted: z.boolean() }), 'Taken'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const visitor = { ...visitorOf(c), country: c.req.header('cloudfront-viewer-country') };
      return c.json(await recordPageVisit(c.req.valid('param').referralCode, visitor), 202);
    },
  );
