import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import { recordPasswordReset } from '#shared/identity/password-reset.service.ts';
import { log } from '#shared/platform/log.ts';
import { withInvocation } from '#shared/platform/request-context.ts';

/**
 * The user pool's post-confirmation trigger (in AWS the pool's LambdaConfig; locally cognito-local
 * invokes it through the runtime's Lambda endpoint, local/lambda-invoke.ts). A password reset by
 * the emailed code goes into the person's programs' audit logs; a confirmed sign-up has nothing to
 * record. Cognito waits for the answer, which is the event itself.
 */
export const handler = withInvocation(async (event: PostConfirmationTriggerEvent) => {
  if (event.triggerSource === 'PostConfirmation_ConfirmForgotPassword') {
    const userId = event.request.userAttributes.sub;
    if (userId) log.info('password reset recorded', { programs: await recordPasswordReset(userId) });
  }
  return event;
});
