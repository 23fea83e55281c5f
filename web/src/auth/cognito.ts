import { type Config, loadConfig } from '../config.ts';
import { t } from '../i18n/i18n.ts';

/** A refusal from Cognito, with its exception name (`NotAuthorizedException`, …) and message. */
export class CognitoError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export type Tokens = { idToken: string; accessToken: string; refreshToken: string; expiresAt: number };

type AuthResult = { IdToken: string; AccessToken: string; RefreshToken?: string; ExpiresIn: number };

function endpoint(config: Config): string {
  return config.cognito.endpoint ?? `https://cognito-idp.${config.cognito.region}.amazonaws.com/`;
}

/**
 * One call to Cognito's user-pool JSON API, the same protocol the AWS SDK speaks, without the
 * SDK's weight. Locally the endpoint is the gateway's proxy to cognito-local.
 */
async function cognito<T>(
  operation: string,
  body: Record<string, unknown>,
  { withClient = true } = {},
): Promise<T> {
  const config = await loadConfig();
  let response: Response;
  try {
    response = await fetch(endpoint(config), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
      },
      // A call made with an access token (ChangePassword) names no app client.
      body: JSON.stringify(withClient ? { ClientId: config.cognito.clientId, ...body } : body),
    });
  } catch {
    throw new CognitoError('NetworkError', t('cognito.unreachable'));
  }
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const type =
      String(payload.__type ?? payload.code ?? 'Error')
        .split('#')
        .pop() ?? 'Error';
    throw new CognitoError(type, friendly(type, String(payload.message ?? t('cognito.refused'))));
  }
  return payload as T;
}

/** Cognito's messages are written for developers; these are the ones a person meets. */
function friendly(type: string, message: string): string {
  switch (type) {
    case 'NotAuthorizedException':
      return message.includes('Refresh Token') ? t('cognito.sessionEnded') : t('cognito.wrongPassword');
    case 'UserNotFoundException':
      return t('cognito.wrongPassword');
    case 'UserNotConfirmedException':
      return t('cognito.unconfirmed');
    case 'UsernameExistsException':
      return t('cognito.exists');
    case 'CodeMismatchException':
      return t('cognito.codeMismatch');
    case 'ExpiredCodeException':
      return t('cognito.codeExpired');
    case 'InvalidPasswordException':
      return t('auth.passwordProblem');
    case 'LimitExceededException':
    case 'TooManyRequestsException':
      return t('cognito.tooMany');
    default:
      return message;
  }
}

/** A JWT's claims (base64url JSON, UTF-8), or an empty object when it cannot be read. */
export function jwtClaims(token: string): Record<string, unknown> {
  try {
    const part = (token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function toTokens(result: AuthResult, refreshToken?: string): Tokens {
  const refresh = result.RefreshToken ?? refreshToken;
  if (!refresh) throw new CognitoError('NoRefreshToken', t('cognito.noRefreshToken'));
  // The token's own expiry (`exp`), not ExpiresIn, which not every Cognito answer carries.
  const exp = Number(jwtClaims(result.IdToken).exp);
  const expiresAt = Number.isFinite(exp)
    ? exp * 1000
    : Date.now() + (Number(result.ExpiresIn) || 3600) * 1000;
  return { idToken: result.IdToken, accessToken: result.AccessToken, refreshToken: refresh, expiresAt };
}

export async function signIn(email: string, password: string): Promise<Tokens> {
  const { AuthenticationResult } = await cognito<{ AuthenticationResult?: AuthResult }>('InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: email, PASSWORD: password },
  });
  if (!AuthenticationResult) throw new CognitoError('Challenge', t('cognito.challenge'));
  return toTokens(AuthenticationResult);
}

export async function refresh(refreshToken: string): Promise<Tokens> {
  const { AuthenticationResult } = await cognito<{ AuthenticationResult?: AuthResult }>('InitiateAuth', {
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    AuthParameters: { REFRESH_TOKEN: refreshToken },
  });
  if (!AuthenticationResult) throw new CognitoError('NotAuthorizedException', t('cognito.sessionEnded'));
  return toTokens(AuthenticationResult, refreshToken);
}

export async function signUp(email: string, password: string, name: string): Promise<void> {
  await cognito('SignUp', {
    Username: email,
    Password: password,
    UserAttributes: [{ Name: 'email', Value: email }, ...(name ? [{ Name: 'name', Value: name }] : [])],
  });
}

export async function confirmSignUp(email: string, code: string): Promise<void> {
  await cognito('ConfirmSignUp', { Username: email, ConfirmationCode: code });
}

export async function resendCode(email: string): Promise<void> {
  await cognito('ResendConfirmationCode', { Username: email });
}

/** Ends the refresh token server-side, so a copied one stops working. */
export async function revoke(refreshToken: string): Promise<void> {
  await cognito('RevokeToken', { Token: refreshToken });
}

/** Sends a password-reset code to the account's email (locally, to the dev outbox). */
export async function forgotPassword(email: string): Promise<void> {
  await cognito('ForgotPassword', { Username: email });
}

/** Sets a new password with the emailed code; the old password stops working. */
export async function confirmForgotPassword(email: string, code: string, password: string): Promise<void> {
  await cognito('ConfirmForgotPassword', { Username: email, ConfirmationCode: code, Password: password });
}

/** Changes the signed-in person's password; Cognito checks the current one. */
export async function changePassword(accessToken: string, previous: string, proposed: string): Promise<void> {
  await cognito(
    'ChangePassword',
    { AccessToken: accessToken, PreviousPassword: previous, ProposedPassword: proposed },
    { withClient: false },
  );
}
