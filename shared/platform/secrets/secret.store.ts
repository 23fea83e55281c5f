import { fromEnv } from '@aws-sdk/credential-provider-env';
import { Sha256 } from '@smithy/core/checksum';
import { SignatureV4 } from '@smithy/signature-v4';
import { env } from '../env.ts';
import { log } from '../log.ts';
import { SECRET_FETCH_TIMEOUT_MS } from '../timeout-ladder.ts';

/** Where and as whom GetSecretValue is called. Tests point it at a stand-in. */
export type SecretsEndpoint = {
  region: string;
  /** Defaults to the region's Secrets Manager endpoint. */
  endpoint?: string;
  /** Defaults to the role's credentials, which Lambda puts in the environment. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  timeoutMs?: number;
};

/**
 * Reads a secret's string with one signed GetSecretValue request: the SDK's own SigV4 signer
 * (already in every bundle for DynamoDB) and `fetch`, not a Secrets Manager client, so a cold
 * start loads nothing more and no Lambda extension or layer is needed.
 * @throws Error with Secrets Manager's error type (never the secret) when the read fails or times out.
 */
export async function fetchSecretString(secretId: string, where: SecretsEndpoint): Promise<string> {
  const url = new URL(where.endpoint ?? `https://secretsmanager.${where.region}.amazonaws.com/`);
  const body = JSON.stringify({ SecretId: secretId });
  const signer = new SignatureV4({
    service: 'secretsmanager',
    region: where.region,
    credentials: where.credentials ?? fromEnv(),
    sha256: Sha256,
  });
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    path: url.pathname,
    query: {},
    headers: {
      host: url.host,
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'secretsmanager.GetSecretValue',
    },
    body,
  });
  // fetch sets Host from the URL itself (the same value that was signed).
  const { host: _host, ...headers } = signed.headers;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body,
    signal: AbortSignal.timeout(where.timeoutMs ?? SECRET_FETCH_TIMEOUT_MS),
  });
  const payload = (await response.json().catch(() => ({}))) as { SecretString?: unknown; __type?: unknown };
  if (!response.ok) {
    throw new Error(`GetSecretValue failed: ${response.status} ${String(payload.__type ?? 'unknown error')}`);
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
