import { z } from 'zod';

/**
 * The one place that reads `process.env`. Parsed once, at cold start, so a misconfigured
 * function fails on its first INIT rather than on some later request.
 */
const EnvSchema = z.object({
  /** Name of the single DynamoDB table. Set by `bindTable()` in CDK, or by the local runtime. */
  TABLE_NAME: z.string().min(1),
  /** Only set locally: DynamoDB Local's endpoint. In AWS the SDK finds the regional endpoint. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  AWS_REGION: z.string().min(1).default('us-east-1'),
  /** Token issuer: `https://cognito-idp.{region}.amazonaws.com/{poolId}`, or cognito-local's. */
  COGNITO_ISSUER: z.url().optional(),
  COGNITO_CLIENT_ID: z.string().min(1).optional(),
  /** Defaults to `{COGNITO_ISSUER}/.well-known/jwks.json`, which is where both Cognito and cognito-local serve it. */
  COGNITO_JWKS_URL: z.url().optional(),
  /** Per-attempt SDK timeout; see the timeout ladder in docs/decisions.md. */
  DYNAMODB_TIMEOUT_MS: z.coerce.number().int().positive().default(2500),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Env = z.infer<typeof EnvSchema>;

/**
 * Parses an environment record. Exported for tests and the local runtime, which build one by hand.
 * @throws Error listing every missing or malformed variable.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  return result.data;
}

/** The environment of this process, read once. */
export const env: Env = parseEnv(process.env);
