import { createMiddleware } from 'hono/factory';
import { AppError } from '#shared/errors.ts';
import type { AuthUser } from '#shared/identity/auth-user.ts';
import { createTokenVerifier, type TokenVerifier } from '#shared/identity/token-verifier.ts';
import { env } from '#shared/platform/env.ts';
import { isErased } from '#shared/privacy/erasure.store.ts';
import type { AppEnv } from './app-env.ts';

let verifier: TokenVerifier | undefined;

function getVerifier(): TokenVerifier {
  if (!env.COGNITO_ISSUER || !env.COGNITO_CLIENT_ID) {
    throw new AppError('internal', 'COGNITO_ISSUER and COGNITO_CLIENT_ID must be set');
  }
  verifier ??= createTokenVerifier({
    issuer: env.COGNITO_ISSUER,
    clientId: env.COGNITO_CLIENT_ID,
    ...(env.COGNITO_JWKS_URL ? { jwksUrl: env.COGNITO_JWKS_URL } : {}),
  });
  return verifier;
}

/** Reads `Authorization: Bearer <ID token>`, verifies it and sets `c.var.user`. */
export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+([A-Za-z0-9_.-]{10,8192})$/.exec(header.trim());
  if (!match?.[1]) {
    throw new AppError('unauthorized', 'Sign in first: send Authorization: Bearer <ID token>');
  }
  const user: AuthUser = await getVerifier()(match[1]);
  // A deleted account's ID token stays valid until it expires (an hour): it must read nothing.
  if (await isErased(user.id)) throw new AppError('unauthorized', 'This account was deleted');
  c.set('user', user);
  await next();
});
