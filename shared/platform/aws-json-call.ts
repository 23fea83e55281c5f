import { fromEnv } from '@aws-sdk/credential-provider-env';
import { Sha256 } from '@smithy/core/checksum';
import { SignatureV4 } from '@smithy/signature-v4';

/** Where and as whom an AWS call goes. Tests point it at a stand-in, or at DynamoDB Local. */
export type AwsEndpoint = {
  region: string;
  /** Defaults to the service's regional endpoint. */
  endpoint?: string;
  /** Defaults to the role's credentials, which Lambda puts in the environment. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  timeoutMs?: number;
};

/** One operation of an AWS JSON-protocol service: `secretsmanager.GetSecretValue`, say. */
export type AwsJsonOperation = {
  /** The signing name, which is also the endpoint's first label: `secretsmanager`, `dynamodb`. */
  service: string;
  /** The `x-amz-target` header: `secretsmanager.GetSecretValue`, `DynamoDB_20120810.GetItem`. */
  target: string;
  /** The protocol's version: `1.1` for Secrets Manager, `1.0` for DynamoDB. */
  jsonVersion: '1.0' | '1.1';
  body: unknown;
};

/** The service's answer: its status, and its JSON body (empty when it sent none). */
export type AwsJsonAnswer = { status: number; payload: Record<string, unknown> };

/**
 * One signed request to an AWS JSON-protocol service, with the SDK's own SigV4 signer and
 * `fetch`: what the service's client would send, without loading the client, its middleware
 * stack and its HTTP handler at a cold start (BENCHMARKS.md). No retries: the caller decides.
 * @throws the fetch's error when the request fails or runs past `where.timeoutMs`.
 */
export async function callAwsJson(operation: AwsJsonOperation, where: AwsEndpoint): Promise<AwsJsonAnswer> {
  const url = new URL(where.endpoint ?? `https://${operation.service}.${where.region}.amazonaws.com/`);
  const body = JSON.stringify(operation.body);
  const signer = new SignatureV4({
    service: operation.service,
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
      'content-type': `application/x-amz-json-${operation.jsonVersion}`,
      'x-amz-target': operation.target,
    },
    body,
  });
  // fetch sets Host from the URL itself (the same value that was signed).
  const { host: _host, ...headers } = signed.headers;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body,
    ...(where.timeoutMs ? { signal: AbortSignal.timeout(where.timeoutMs) } : {}),
  });
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { status: response.status, payload };
}

/** An error answer's type without its namespace: `com.amazonaws.dynamodb.v20120810#X` is `X`. */
export function awsErrorType(payload: Record<string, unknown>): string {
  return String(payload.__type ?? 'unknown error').replace(/^.*#/, '');
}
