import { createRoute } from '@hono/zod-openapi';
import { ProfileSchema, UpdateProfileSchema } from '#shared/profiles/profile.schema.ts';
import { createAvatarUpload, getMyProfile, updateMyProfile } from '#shared/profiles/profile.service.ts';
import { CreateUploadSchema, UploadTargetSchema } from '#shared/uploads/upload.schema.ts';
import { requireUser } from '../http/auth.ts';
import { createRouter } from '../http/create-app.ts';
import { errorResponses, jsonBody, jsonContent } from '../http/openapi.ts';

export const profileRoutes = createRouter()
  // GET /api/me/profile – the caller's profile: name, avatar, handles, language, time zone
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/me/profile',
      tags: ['Identity'],
      summary: 'Your profile',
      description:
        'One profile per person, across programs. Before it is first saved, `displayName` is the name given at sign-up.',
      middleware: [requireUser] as const,
      responses: { 200: jsonContent(ProfileSchema, 'Your profile'), ...errorResponses },
    }),
    async (c) => c.json(await getMyProfile(c.get('user')), 200),
  )
  // PATCH /api/me/profile – change some fields of the caller's profile (null clears one)
  .openapi(
    createRoute({
      method: 'patch',
      path: '/api/me/profile',
      tags: ['Identity'],
      summary: 'Change your profile',
      description:
        'Fields sent change; others stay; `null` clears a field. Handles are given without the @. ' +
        '`avatarKey` is the key an avatar upload returned, once the image is uploaded.',
      middleware: [requireUser] as const,
      request: { body: jsonBody(UpdateProfileSchema) },
      responses: { 200: jsonContent(ProfileSchema, 'Your profile as saved'), ...errorResponses },
    }),
    async (c) => c.json(await updateMyProfile(c.get('user'), c.req.valid('json')), 200),
  )
  // POST /api/me/avatar-uploads – a presigned URL to upload an avatar straight to storage
  .openapi(
    createRoute({
      method: 'post',
      path: '/api/me/avatar-uploads',
      tags: ['Identity'],
      summary: 'Get a presigned URL for your avatar',
      description:
        'PUT the image bytes to `uploadUrl` with the given headers before `expiresAt`, then send `key` as the ' +
        'profile’s `avatarKey`. JPEG, PNG or WebP, at most 5 MB.',
      middleware: [requireUser] as const,
      request: { body: jsonBody(CreateUploadSchema) },
      responses: {
        201: jsonContent(UploadTargetSchema, 'Where to upload'),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await createAvatarUpload(c.get('user'), c.req.valid('json')), 201),
  );
