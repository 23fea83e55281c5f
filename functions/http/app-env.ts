import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import type { AuthUser } from '#shared/identity/auth-user.ts';

/** Hono's environment for every API app: the Lambda bindings and per-request variables. */
export type AppEnv = {
  Bindings: { event?: LambdaEvent; lambdaContext?: LambdaContext; requestContext?: { requestId?: string } };
  Variables: { requestId: string; user: AuthUser; apiKeyId: string };
};
