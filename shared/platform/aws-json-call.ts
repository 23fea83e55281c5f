import type * as Http from 'node:http';
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

/** What is signed: one request to one AWS service, with its headers (Host is added) and body. */
export type AwsRequest = {
  service: string;
  region: string;
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
  credentials?: AwsEndpoint['credentials'];
  /** S3 signs the path as sent, not escaped twice (its one exception to SigV4's rule). */
  uriEscapePath?: boolean;
};

const newSigner = (request: AwsRequest) =>
  new SignatureV4({
    service: request.service,
    region: request.region,
    credentials: request.credentials ?? fromEnv(),
    sha256: Sha256,
    ...(request.uriEscapePath === undefined ? {} : { uriEscapePath: request.uriEscapePath }),
  });

/**
 * One signer per service and region for the role's credentials, kept for the container: a
 * signer caches its derived signing key, so a warm redirect does not derive it again per click.
 */
const roleSigners = new Map<string, SignatureV4>();
function roleSigner(request: AwsRequest): SignatureV4 {
  const key = `${request.service} ${request.region} ${request.uriEscapePath ?? ''}`;
  let signer = roleSigners.get(key);
  if (!signer) {
    signer = newSigner(request);
    roleSigners.set(key, signer);
  }
  return signer;
}

/**
 * The headers of a request signed as the SDK signs it (SigV4, with the SDK's own signer and, unless
 * given, the role's credentials from the environment), Host among them: for calls made without
 * the service's client, so a cold start loads none.
 */
export async function signAwsRequest(request: AwsRequest): Promise<Record<string, string>> {
  const { url } = request;
  const signer = request.credentials ? newSigner(request) : roleSigner(request);
  const signed = await signer.sign({
    method: request.method,
    protocol: url.protocol,
    hostname: url.hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    path: url.pathname,
    query: {},
    headers: { host: url.host, ...request.headers },
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  return signed.headers;
}

/**
 * One signed request to an AWS JSON-protocol service, over node:https: what the service's
 * client would send, without loading the client, its middleware stack and its HTTP handler at a
 * cold start (BENCHMARKS.md). No retries: the caller decides.
 * @throws the request's error when it fails or runs past `where.timeoutMs` (an AbortError).
 */
export async function callAwsJson(operation: AwsJsonOperation, where: AwsEndpoint): Promise<AwsJsonAnswer> {
  const url = new URL(where.endpoint ?? `https://${operation.service}.${where.region}.amazonaws.com/`);
  const body = JSON.stringify(operation.body);
  const headers = await signAwsRequest({
    service: operation.service,
    region: where.region,
    method: 'POST',
    url,
    headers: {
      'content-type': `application/x-amz-json-${operation.jsonVersion}`,
      'x-amz-target': operation.target,
    },
    body,
    ...(where.credentials ? { credentials: where.credentials } : {}),
  });
  return post(url, headers, body, where.timeoutMs);
}

/**
 * POSTs with node:http(s), not `fetch`: a process's first `fetch` loads undici, about 20 ms of a
 * cold start. Taken from `process.getBuiltinModule`, not imported: imported as an ES module,
 * node:http reads its lazy `WebSocket` getters and loads undici all the same (BENCHMARKS.md,
 * issue 19); and only a local endpoint (DynamoDB Local) is plain http. Node's default agents
 * keep connections alive, so a warm container reuses its connection as `fetch` would.
 */
function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
  timeoutMs?: number,
): Promise<AwsJsonAnswer> {
  const { request } = process.getBuiltinModule(
    url.protocol === 'http:' ? 'node:http' : 'node:https',
  ) as typeof Http;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        ...(timeoutMs ? { signal: AbortSignal.timeout(timeoutMs) } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          let payload: Record<string, unknown> = {};
          try {
            payload = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
          } catch {}
          resolve({ status: res.statusCode ?? 0, payload });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** An error answer's type without its namespace: `com.amazonaws.dynamodb.v20120810#X` is `X`. */
export function awsErrorType(payload: Record<string, unknown>): string {
  return String(payload.__type ?? 'unknown error').replace(/^.*#/, '');
}
