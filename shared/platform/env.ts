// zod/mini: the env module is in every bundle, the redirect's included; full zod would add ~440 KB.
import * as z from 'zod/mini';
import { SDK_TIMEOUTS } from './timeout-ladder.ts';

/**
 * The one place that reads `process.env`. Parsed once, at cold start, so a misconfigured
 * function fails on its first INIT rather than on some later request.
 */
const EnvSchema = z.object({
  /** Name of the single DynamoDB table. Set by `bindTable()` in CDK, or by the local runtime. */
  TABLE_NAME: z.string('must be set').check(z.minLength(1, 'must be set')),
  /** Only set locally: DynamoDB Local's endpoint. In AWS the SDK finds the regional endpoint. */
  DYNAMODB_ENDPOINT: z.optional(z.url('must be a URL')),
  AWS_REGION: z._default(z.string().check(z.minLength(1)), 'us-east-1'),
  /** Token issuer: `https://cognito-idp.{region}.amazonaws.com/{poolId}`, or cognito-local's. */
  COGNITO_ISSUER: z.optional(z.url('must be a URL')),
  COGNITO_CLIENT_ID: z.optional(z.string().check(z.minLength(1))),
  /** Defaults to `{COGNITO_ISSUER}/.well-known/jwks.json`, which is where both Cognito and cognito-local serve it. */
  COGNITO_JWKS_URL: z.optional(z.url('must be a URL')),
  /**
   * Per-attempt DynamoDB timeout. Unset in AWS, where the ladder's figure applies (see
   * shared/platform/timeout-ladder.ts); the local runtime and the tests raise it, since DynamoDB Local on a
   * busy machine is far slower than DynamoDB.
   */
  DYNAMODB_TIMEOUT_MS: z._default(z.coerce.number().check(z.positive()), SDK_TIMEOUTS.requestTimeoutMs),
  /** The private bucket for proof images. Uploads are refused when it is not set. */
  MEDIA_BUCKET: z.optional(z.string().check(z.minLength(3))),
  /** Locally: the S3-compatible stand-in's endpoint (path-style). In AWS the SDK finds S3. */
  S3_ENDPOINT: z.optional(z.url('must be a URL')),
  /**
   * Locally: the key for hashing visitors' IPs and user agents (never stored raw). In AWS the key
   * is the secret CLICK_HASH_KEY_ARN names, read on first use (shared/platform/secrets/secret.store.ts).
   */
  CLICK_HASH_KEY: z._default(z.string().check(z.minLength(16)), 'local-development-click-hash-key'),
  /** In AWS: the Secrets Manager secret holding the click-hash key. */
  CLICK_HASH_KEY_ARN: z.optional(z.string().check(z.minLength(1))),
  /**
   * Locally: the master key that program signing secrets are derived from and Shopify secrets
   * sealed with (none is stored). In AWS it is the secret SIGNING_MASTER_KEY_ARN names.
   */
  SIGNING_MASTER_KEY: z._default(z.string().check(z.minLength(16)), 'local-development-signing-master-key'),
  /** In AWS: the Secrets Manager secret holding the signing master key. */
  SIGNING_MASTER_KEY_ARN: z.optional(z.string().check(z.minLength(1))),
  /**
   * In AWS: the Secrets Manager secret (a JSON object of accepted values) that the header
   * CloudFront adds to every request it forwards (`x-origin-verify`) must match, so the HTTP
   * API's own `execute-api` endpoint is no way around CloudFront. Read on first use.
   */
  ORIGIN_SECRET_ARN: z.optional(z.string().check(z.minLength(1))),
  /**
   * Locally there is no CloudFront, so the check is off unless this is set: then every API and
   * `/r/` request must carry it in `x-origin-verify`, as CloudFront's would. In Lambda only the
   * secret ORIGIN_SECRET_ARN names counts, and without it every request is refused.
   */
  ORIGIN_SECRET: z.optional(z.string().check(z.minLength(16))),
  /** Only in tests: a stand-in for Secrets Manager. In AWS the regional endpoint is used. */
  SECRETS_MANAGER_ENDPOINT: z.optional(z.url('must be a URL')),
  /** Set by Lambda. In Lambda, secrets come from Secrets Manager only, never a local value. */
  AWS_LAMBDA_FUNCTION_NAME: z.optional(z.string()),
  /** How long the redirect trusts a looked-up code (a suspension takes effect within it). Tests use 0. */
  REDIRECT_CACHE_MS: z._default(z.coerce.number().check(z.gte(0)), 5000),
  /** How notification email leaves: SES in AWS, the dev outbox file locally, or not at all. */
  MAIL_TRANSPORT: z._default(z.enum(['ses', 'outbox', 'none']), 'none'),
  /** The verified SES sender, such as `Embassy <hello@brand.example>`. */
  MAIL_FROM: z.optional(z.string().check(z.minLength(3))),
  /**
   * The dashboard's public URL, which emails link into: the stack's `Url` output in AWS (the
   * custom domain, or the CloudFront one), `http://localhost:{port}` under `npm start`.
   */
  PUBLIC_URL: z._default(z.url('must be a URL'), 'http://localhost:3000'),
  /** Locally: the JSON-lines outbox file emails are appended to. */
  MAIL_OUTBOX_FILE: z.optional(z.string().check(z.minLength(1))),
  /**
   * Only for local development, set in the environment of `npm start`: webhook endpoints may then
   * be on this machine (loopback, plain http). The stack never sets it; without it loopback is
   * refused like every private address.
   */
  EMBASSY_WEBHOOKS_ALLOW_LOOPBACK: z._default(
    z.pipe(
      z.enum(['true', 'false', '']),
      z.transform((value) => value === 'true'),
    ),
    false,
  ),
  /**
   * Only for local development and the tests, set in the environment of `npm start`: every
   * shop's Admin GraphQL calls (the discount codes Embassy makes) go to this URL instead of
   * `https://{shop}/admin/api/{version}/graphql.json`, so a local Embassy can talk to a stand-in
   * (test/shopify-admin-stand-in.ts). The stack never sets it.
   */
  EMBASSY_SHOPIFY_ADMIN_URL: z.optional(z.url('must be a URL')),
  /**
   * In AWS: the SQS queue the webhook sender's attempts run through. Locally it is unset, and the
   * sender attempts each delivery itself, from the stream poller and the timer.
   */
  WEBHOOK_QUEUE_URL: z.optional(z.url('must be a URL')),
  /** Only in tests: a stand-in for SQS. In AWS the SDK finds SQS. */
  SQS_ENDPOINT: z.optional(z.url('must be a URL')),
  LOG_LEVEL: z._default(z.enum(['debug', 'info', 'warn', 'error', 'silent']), 'info'),
});

export type Env = z.infer<typeof EnvSchema>;

/** Every variable the env module knows, for the IAM proof's check of what each bundle reads. */
export const ENV_VARIABLES = /* @__PURE__ */ Object.keys(EnvSchema.shape) as ReadonlyArray<keyof Env>;

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
