import { type AwsEndpoint, callAwsJson } from '../aws-json-call.ts';
import { env } from '../env.ts';
import { log } from '../log.ts';
import { SECRET_FETCH_TIMEOUT_MS } from '../timeout-ladder.ts';

/** Where and as whom GetSecretValue is called. Tests point it at a stand-in. */
export type SecretsEndpoint = AwsEndpoint;

/**
 * Reads a secret's string with one signed GetSecretValue request (shared/platform/aws-json-call.ts:
 * the SDK's SigV4 signer and node:https), not a Secrets Manager client, so a cold start loads
 * nothing more and no Lambda extension or layer is needed.
 * @throws Error with Secrets Manager's error type (never the secret) when the read fails or times out.
 */
export async function fetchSecretString(secretId: string, where: SecretsEndpoint): Promise<string> {
  const { status, payload } = await callAwsJson(
    {
      service: 'secretsmanager',
      target: 'secretsmanager.GetSecretValue',
      jsonVersion: '1.1',
      body: { SecretId: secretId },
    },
    { ...where, timeoutMs: where.timeoutMs ?? SECRET_FETCH_TIMEOUT_MS },
  );
  if (status >= 300) {
    throw new Error(
      `GetSecretValue failed: ${status} ${payload.__type === undefined ? 'unknown error' : String(payload.__type)}`,
    );
  }
  if (typeof payload.SecretString !== 'string' || payload.SecretString.length < 16) {
    throw new Error('GetSecretValue returned no usable SecretString');
  }
  return payload.SecretString;
}

/**
 * A secret read once per container, on first use, and kept; a failed read is not kept, so the
 * next use tries again. Without an ARN (the local runtime, the tests) the local value is used;
 * in Lambda that is refused, so a deployment can never run on a development key.
 */
export function lazySecret(
  name: string,
  source: {
    arn: string | undefined;
    localValue: string;
    inLambda?: boolean;
    where?: SecretsEndpoint;
  },
): () => Promise<string> {
  const {
    arn,
    localValue,
    inLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME),
    where = secretsEndpoint(),
  } = source;
  let value: Promise<string> | undefined;
  return () => {
    if (!arn) {
      return inLambda
        ? Promise.reject(
            new Error(
              `${name}_ARN must be set in Lambda: secrets come from Secrets Manager, not the environment`,
            ),
          )
        : Promise.resolve(localValue);
    }
    value ??= fetchSecretString(arn, where).catch((error: unknown) => {
      value = undefined;
      log.warn('secret not read', { secret: name, error: String(error) });
      throw error;
    });
    return value;
  };
}

/** Secrets Manager in this function's region (or the tests' stand-in). */
export function secretsEndpoint(): SecretsEndpoint {
  return {
    region: env.AWS_REGION,
    ...(env.SECRETS_MANAGER_ENDPOINT ? { endpoint: env.SECRETS_MANAGER_ENDPOINT } : {}),
  };
}

/** The master key program signing secrets are derived from and Shopify secrets sealed with. */
export const signingMasterKey = lazySecret('SIGNING_MASTER_KEY', {
  arn: env.SIGNING_MASTER_KEY_ARN,
  localValue: env.SIGNING_MASTER_KEY,
});

/** The key of the visitor hashes in click records. */
export const clickHashKey = lazySecret('CLICK_HASH_KEY', {
  arn: env.CLICK_HASH_KEY_ARN,
  localValue: env.CLICK_HASH_KEY,
});
