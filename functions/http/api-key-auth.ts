import { createMiddleware } from 'hono/factory';
import { verifyApiKey } from '#shared/conversions/api-key.store.ts';
import { verifySignature } from '#shared/conversions/signing-secret.store.ts';
import { AppError } from '#shared/errors.ts';
import type { AppEnv } from './app-env.ts';

/**
 * Server-to-server calls, authenticated one of two ways: `Authorization: Bearer emb_…` (a key of
 * the program in the path), or `Embassy-Signature: t=…,v1=…`, an HMAC-SHA256 of `{t}.{raw body}`
 * with one of the program's active signing secrets, at most 300 s old.
 */
export const requireApiKey = createMiddleware<AppEnv>(async (c, next) => {
  const programId = c.req.param('programId') ?? '';
  const signature = c.req.header('embassy-signature');
  let credential: string | undefined;
  if (signature) {
    // Hono caches the raw text, so the JSON validator after this reads the same bytes.
    const secretId = await verifySignature(programId, signature, await c.req.text());
    if (!secretId) {
      throw new AppError(
        'unauthorized',
        'The signature does not match, or its timestamp is more than 300 s off',
      );
    }
    credential = `signature:${secretId}`;
  } else {
    const presented = /^Bearer\s+(\S{1,200})$/.exec((c.req.header('authorization') ?? '').trim())?.[1];
    const keyId = presented && programId ? await verifyApiKey(programId, presented) : undefined;
    if (!keyId) {
      throw new AppError(
        'unauthorized',
        'Send a valid, unrevoked API key of this program (Authorization: Bearer emb_…) or an Embassy-Signature',
      );
    }
    credential = `key:${keyId}`;
  }
  c.set('apiKeyId', credential);
  await next();
});
