import { createRoute, z } from '@hono/zod-openapi';
import { CursorSchema, LimitSchema } from '#shared/common.schema.ts';
import { listMyNotifications } from '#shared/notifications/list-notifications.service.ts';
import { NOTIFICATION_TYPES, NotificationSchema } from '#shared/notifications/notification.schema.ts';
import {
  ChannelSchema,
  NotificationPreferencesSchema,
  UpdateNotificationPreferencesSchema,
} from '#shared/notifications/notification-preferences.schema.ts';
import {
  getMyNotificationPreferences,
  markMyNotificationsRead,
  unsubscribe,
  updateMyNotificationPreferences,
} from '#shared/notifications/notification-preferences.service.ts';
import { getProgramWaitingCounts } from '#shared/programs/get-waiting-counts.service.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { errorResponses, jsonBody, jsonContent, ProgramParams, readOptionalJson } from '../http/openapi.ts';
import { requestLanguage } from '../http/request-language.ts';

const MarkReadSchema = z
  .strictObject({
    /** A notification id (letters, digits and dashes), as the list gives them. */
    upTo: z
      .string()
      .min(1)
      .max(80)
      .regex(/^[0-9A-Za-z-]+$/, 'a notification id')
      .optional(),
  })
  .meta({ id: 'MarkNotificationsRead' });

export const notificationsRoutes = createRouter()
  // GET /api/me/notifications – approvals, feedback, badges, tier moves, new challenges, kudos; the unread count
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/me/notifications',
      tags: ['Identity'],
      summary: 'Your notifications across programs, newest first',
      middleware: [requireUser] as const,
      request: { query: z.object({ limit: LimitSchema, cursor: CursorSchema }) },
      responses: {
        200: jsonContent(
          z.object({
            items: z.array(NotificationSchema.omit({ email: true }).extend({ read: z.boolean() })),
            nextCursor: z.string().optional(),
            /** Notifications after the read mark, at most 99 (the bell shows 99+). */
            unread: z.number().int(),
          }),
          'A page',
        ),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(await listMyNotifications(c.get('user'), c.req.valid('query'), requestLanguage(c)), 200),
  )
  // POST /api/me/notifications/read – marks the caller's notifications read (up to one, or all)
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/me/notifications/read',
      tags: ['Identity'],
      summary: 'Mark your notifications read',
      description:
        'The body `{ "upTo"? }` is optional: everything up to `upTo` (a notification id), or up to your newest ' +
        'when the body is empty. The mark only moves forward.',
      middleware: [requireUser] as const,
      responses: {
        200: jsonContent(z.object({ unread: z.number().int() }), 'What is left unread'),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(
        await markMyNotificationsRead(c.get('user'), await readOptionalJson(c.req.raw, MarkReadSchema)),
        200,
      ),
  )
  // GET /api/me/notification-preferences – the caller's channel (email, in_app, off) for every type
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/me/notification-preferences',
      tags: ['Identity'],
      summary: 'Your notification preferences, per type',
      middleware: [requireUser] as const,
      responses: { 200: jsonContent(NotificationPreferencesSchema, 'Every type'), ...errorResponses },
    }),
    async (c) => c.json(await getMyNotificationPreferences(c.get('user')), 200),
  )
  // PUT /api/me/notification-preferences – changes the channel of the types named
  .openapi(
    createRoute({
      method: 'put',
      path: '/api/me/notification-preferences',
      tags: ['Identity'],
      summary: 'Change your notification preferences',
      description:
        'Types not named keep their channel. Transactional types (the decision on an application) are always emailed: setting them otherwise is refused.',
      middleware: [requireUser] as const,
      request: { body: jsonBody(UpdateNotificationPreferencesSchema) },
      responses: { 200: jsonContent(NotificationPreferencesSchema, 'Every type'), ...errorResponses },
    }),
    async (c) => c.json(await updateMyNotificationPreferences(c.get('user'), c.req.valid('json')), 200),
  )
  // POST /api/unsubscribe – RFC 8058 one-click unsubscribe: the token's type comes in the app only
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/unsubscribe',
      tags: ['Identity'],
      summary: 'Unsubscribe from one type of email (no sign-in; the signed token names who and what)',
      description:
        'The URL of every email’s List-Unsubscribe header. Mail clients POST `List-Unsubscribe=One-Click` to it ' +
        '(RFC 8058); the dashboard’s /unsubscribe page POSTs after a click. The body is ignored. The type then comes ' +
        'in the app only; password resets and other transactional messages are not affected.',
      request: { query: z.object({ token: z.string().min(1).max(400) }) },
      responses: {
        200: jsonContent(
          z.object({ type: z.enum(NOTIFICATION_TYPES), channel: ChannelSchema }),
          'Unsubscribed: the type’s channel now',
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await unsubscribe(c.req.valid('query').token), 200),
  )
  // GET /api/programs/{programId}/waiting – applications, posts and rewards waiting for the team (the tab counts)
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/programs/{programId}/waiting',
      tags: ['Programs'],
      summary: 'What waits for the team: applications to decide, posts to review, rewards to send (managers)',
      middleware: [requireUser] as const,
      request: { params: ProgramParams },
      responses: {
        200: jsonContent(
          z
            .object({
              applications: z.number().int(),
              posts: z.number().int(),
              /** Redemptions waiting for a decision or to be sent: the fulfilment queue. */
              rewards: z.number().int(),
            })
            .meta({ id: 'WaitingCounts' }),
          'The counts',
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await getProgramWaitingCounts(c.get('user'), c.req.valid('param').programId), 200),
  );
