import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Sha256 } from '@smithy/core/checksum';
import { SignatureV4 } from '@smithy/signature-v4';

/** Credentials a request must be signed with. */
export type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/**
 * Whether a request's SigV4 signature is the one the service recomputes from what arrived
 * (method, path, signed headers and body), as AWS checks it.
 */
export async function signatureMatches(
  req: IncomingMessage,
  body: string,
  where: { service: string; region: string; credentials: Credentials },
): Promise<boolean> {
  const authorization = String(req.headers.authorization ?? '');
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';') ?? [];
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const signingDate = new Date(
    amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'),
  );
  const headers = Object.fromEntries(signedHeaders.map((name) => [name, String(req.headers[name] ?? '')]));
  const expected = await new SignatureV4({
    service: where.service,
    region: where.region,
    credentials: where.credentials,
    sha256: Sha256,
  }).sign(
    {
      method: req.method ?? '',
      protocol: 'http:',
      hostname: '127.0.0.1',
      path: req.url ?? '',
      query: {},
      headers,
      body,
    },
    { signingDate },
  );
  return signedHeaders.includes('host') && expected.headers.authorization === authorization;
}

/** One GetSecretValue request as the stand-in received it. */
export type SecretsRequest = { target: string | undefined; body: string; signatureMatches: boolean };

export type SecretsManagerStandIn = {
  endpoint: string;
  requests: SecretsRequest[];
  /** Answers every request instead of the stored secrets (a test's error or silence); unset: the secrets. */
  respond: ((res: ServerResponse) => void) | undefined;
  close: () => Promise<void>;
};

/**
 * A stand-in for Secrets Manager's GetSecretValue on loopback: it answers a request only when
 * its SigV4 signature recomputes to the same value (so what was signed is what arrived), with
 * the stored secret for its `SecretId`, else Secrets Manager's error types. Used by the secret
 * store's tests and by cdk/iam-proof.test.ts, where the deployed bundles read their secrets.
 */
export async function startSecretsManagerStandIn(options: {
  region: string;
  credentials: Credentials;
  /** Secret values by ARN. */
  secrets: Record<string, string>;
}): Promise<SecretsManagerStandIn> {
  const standIn: Omit<SecretsManagerStandIn, 'endpoint' | 'close'> = { requests: [], respond: undefined };
  const answer = (res: ServerResponse, status: number, payload: unknown) => {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
    res.end(JSON.stringify(payload));
  };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', async () => {
      const target = req.headers['x-amz-target'] as string | undefined;
      const signed = await signatureMatches(req, body, { service: 'secretsmanager', ...options });
      standIn.requests.push({ target, body, signatureMatches: signed });
      if (standIn.respond) return standIn.respond(res);
      if (!signed) return answer(res, 400, { __type: 'InvalidSignatureException', message: 'signature' });
      if (target !== 'secretsmanager.GetSecretValue')
        return answer(res, 400, { __type: 'UnknownOperationException', message: String(target) });
      const secretId = String((JSON.parse(body || '{}') as { SecretId?: unknown }).SecretId);
      const value = options.secrets[secretId];
      if (value === undefined)
        return answer(res, 400, { __type: 'ResourceNotFoundException', message: 'no such secret' });
      answer(res, 200, {
        ARN: secretId,
        Name: secretId.split(':').at(-1),
        SecretString: value,
        VersionId: 'v1',
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(standIn, {
    endpoint: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
