import { createMiddleware } from 'hono/factory';
import { verifyApiKey } from '#shared/conversions/api-key.store.ts';
import { AppError } from '#shared/errors.ts';
import type { AppEnv } from './app-env.ts';

/** Server-to-server calls: `Authorization: Bearer emb_…`, a key of the program in the path. */
export const requireApiKey = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const presented = /^Bearer\s+(\S{1,200})$/.exec(header.trim())?.[1];
  const programId = c.req.param('programId') ?? '';
  const keyId = presented && programId ? await verifyApiKey(programId, presented) : undefined;
  if (!keyId) {
    throw new AppError(
      'unauthorized',
      'Send a valid, unrevoked API key of this program: Authorization: Bearer emb_…',
    );
  }
  c.set('apiKeyId', keyId);
  await next();
});
