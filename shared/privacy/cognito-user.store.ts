import {
  AdminDeleteUserCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { AppError } from '../errors.ts';
import { env } from '../platform/env.ts';

let client: CognitoIdentityProviderClient | undefined;

/**
 * The user pool behind the token issuer. Cognito's issuer is `https://cognito-idp.{region}.
 * amazonaws.com/{poolId}`, which is also the service's endpoint plus the pool; cognito-local's
 * is `{endpoint}/{poolId}` in the same way. So one setting serves the token check and this.
 */
function userPool(): { client: CognitoIdentityProviderClient; poolId: string } {
  if (!env.COGNITO_ISSUER) throw new AppError('internal', 'COGNITO_ISSUER must be set');
  const issuer = new URL(env.COGNITO_ISSUER);
  const poolId = issuer.pathname.split('/').filter(Boolean).at(-1);
  if (!poolId) throw new AppError('internal', 'COGNITO_ISSUER names no user pool');
  client ??= new CognitoIdentityProviderClient({ region: env.AWS_REGION, endpoint: issuer.origin });
  return { client, poolId };
}

/**
 * Deletes the user from the Cognito user pool (AdminDeleteUser): they can no longer sign in,
 * and no new token is issued for them. An already deleted user is no error, so a retry is safe.
 * The username is the `sub`: the pool signs in by email alias, and then the username is the sub.
 */
export async function deleteCognitoUser(userId: string): Promise<void> {
  const { client: cognito, poolId } = userPool();
  try {
    await cognito.send(new AdminDeleteUserCommand({ UserPoolId: poolId, Username: userId }));
  } catch (error) {
    if ((error as Error).name === 'UserNotFoundException') return;
    throw error;
  }
}
