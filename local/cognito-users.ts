import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  type CognitoIdentityProviderClient,
  InitiateAuthCommand,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';

/**
 * Creates a confirmed user with a permanent password (or resets the password of an existing
 * one), optionally in groups. Works against Cognito and cognito-local alike.
 */
export async function upsertUser(
  client: CognitoIdentityProviderClient,
  userPoolId: string,
  user: { email: string; password: string; groups?: string[]; name?: string },
): Promise<'created' | 'updated'> {
  let outcome: 'created' | 'updated' = 'updated';
  try {
    await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: user.email }));
  } catch (error) {
    if (!(error instanceof UserNotFoundException) && (error as Error).name !== 'UserNotFoundException')
      throw error;
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: user.email,
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: user.email },
          { Name: 'email_verified', Value: 'true' },
          ...(user.name ? [{ Name: 'name', Value: user.name }] : []),
        ],
      }),
    );
    outcome = 'created';
  }
  await client.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: userPoolId,
      Username: user.email,
      Password: user.password,
      Permanent: true,
    }),
  );
  for (const group of user.groups ?? []) {
    await client.send(
      new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: user.email, GroupName: group }),
    );
  }
  return outcome;
}

/** Signs in with USER_PASSWORD_AUTH and returns the ID token, which the API expects. */
export async function signIn(
  client: CognitoIdentityProviderClient,
  clientId: string,
  email: string,
  password: string,
): Promise<{ idToken: string; refreshToken?: string }> {
  const result = await client.send(
    new InitiateAuthCommand({
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: password },
    }),
  );
  const idToken = result.AuthenticationResult?.IdToken;
  if (!idToken)
    throw new Error(
      `Sign-in for ${email} returned no ID token (challenge: ${result.ChallengeName ?? 'none'})`,
    );
  return {
    idToken,
    ...(result.AuthenticationResult?.RefreshToken
      ? { refreshToken: result.AuthenticationResult.RefreshToken }
      : {}),
  };
}
