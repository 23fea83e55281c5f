import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { AppError } from '../errors.ts';
import { ADMIN_GROUP, type AuthUser } from './auth-user.ts';

export type TokenVerifierConfig = {
  issuer: string;
  clientId: string;
  jwksUrl?: string;
};

export type TokenVerifier = (token: string) => Promise<AuthUser>;

/**
 * The one token-verification path, for Cognito in AWS and cognito-local alike: only the
 * issuer, JWKS URL and client id differ. Accepts Cognito ID tokens (they carry the email,
 * which invitations and applications need) issued to our app client.
 */
export function createTokenVerifier(config: TokenVerifierConfig): TokenVerifier {
  const jwks = createRemoteJWKSet(new URL(config.jwksUrl ?? `${config.issuer}/.well-known/jwks.json`), {
    timeoutDuration: 3000,
    cooldownDuration: 30_000,
    cacheMaxAge: 10 * 60_000,
  });
  const unauthorized = (message: string) => new AppError('unauthorized', message);

  return async (token) => {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        issuer: config.issuer,
        audience: config.clientId,
        algorithms: ['RS256'],
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthorized('The token has expired; sign in again');
      if (error instanceof errors.JWKSTimeout)
        throw new AppError('unavailable', 'Sign-in keys could not be fetched');
      if (error instanceof errors.JOSEError) throw unauthorized('The token is invalid');
      throw new AppError('unavailable', 'Sign-in keys could not be fetched');
    }
    if (payload.token_use !== 'id') throw unauthorized('Send the ID token from sign-in');
    const { sub, email } = payload;
    if (typeof sub !== 'string' || typeof email !== 'string')
      throw unauthorized('The token lacks a subject or email');
    const groups = Array.isArray(payload['cognito:groups'])
      ? payload['cognito:groups'].filter((g): g is string => typeof g === 'string')
      : [];
    return {
      id: sub,
      email: email.toLowerCase(),
      emailVerified: payload.email_verified === true || payload.email_verified === 'true',
      ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
      groups,
      isAdmin: groups.includes(ADMIN_GROUP),
    };
  };
}
