import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  AdminGetUserCommand,
  AdminUpdateUserAttributesCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { forward } from './forward.ts';
import { localCognito } from './provision.ts';

/**
 * Cognito's API on the gateway's own origin (`/cognito`), as `config.json` advertises it, so
 * the dashboard signs in without a cross-origin call. It forwards to cognito-local and makes up
 * for one difference: Cognito marks the email verified when a sign-up is confirmed by the
 * emailed code; cognito-local does not, and invitations need a verified email.
 */
export function createCognitoProxy(options: { target: string; userPoolId: string }) {
  const admin = localCognito(options.target);
  const markEmailVerified = async (username: string) => {
    const user = await admin.send(
      new AdminGetUserCommand({ UserPoolId: options.userPoolId, Username: username }),
    );
    const email = user.UserAttributes?.find((a) => a.Name === 'email')?.Value;
    if (!email) return;
    // cognito-local wants the address itself alongside the flag.
    await admin.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId: options.userPoolId,
        Username: username,
        UserAttributes: [
          { Name: 'email', Value: email },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
  };
  return async (req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> => {
    const operation = String(req.headers['x-amz-target'] ?? '');
    // Verified before the client hears back, so a sign-in right after confirming sees it.
    await forward(req, res, body, `${options.target}/`, async (status) => {
      if (status !== 200 || !operation.endsWith('.ConfirmSignUp')) return;
      const { Username } = JSON.parse(body.toString('utf8')) as { Username?: string };
      // The confirmation stands either way; a failure here only leaves the email unverified.
      if (Username)
        await markEmailVerified(Username).catch((error) => console.error('[cognito-proxy]', error));
    });
  };
}
