import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Sha256 } from '@smithy/core/checksum';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchSecretString, lazySecret, type SecretsEndpoint } from './secret.store.ts';

const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:embassy-master-AbCdEf';
const SECRET = 'a-generated-secret-of-48-characters-000000000000';
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret-example', sessionToken: 'token' };

/**
 * A stand-in for Secrets Manager's GetSecretValue: it answers only a request whose SigV4
 * signature it recomputes to the same value (so what was signed is what arrived: method, path,
 * headers and body), like the service would.
 */
let server: Server;
let where: SecretsEndpoint;
let requests: Array<{ target: string | undefined; body: string; signatureMatches: boolean }>;
let respond: (res: ServerResponse) => void;

async function signatureMatches(req: IncomingMessage, body: string): Promise<boolean> {
  const authorization = String(req.headers.authorization ?? '');
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';') ?? [];
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const signingDate = new Date(
    amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'),
  );
  const headers = Object.fromEntries(signedHeaders.map((name) => [name, String(req.headers[name] ?? '')]));
  const expected = await new SignatureV4({
    service: 'secretsmanager',
    region: where.region,
    credentials,
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

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', async () => {
      const target = req.headers['x-amz-target'] as string | undefined;
      requests.push({ target, body, signatureMatches: await signatureMatches(req, body) });
      respond(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  where = { region: 'eu-west-1', endpoint: `http://127.0.0.1:${port}/`, credentials };
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  requests = [];
  respond = (res) => {
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
    res.end(JSON.stringify({ ARN, Name: 'embassy-master', SecretString: SECRET, VersionId: 'v1' }));
  };
});

describe('fetchSecretString', () => {
  it('reads the secret with one GetSecretValue request, signed with SigV4', async () => {
    // Act
    const value = await fetchSecretString(ARN, where);

    // Assess
    expect(value).toBe(SECRET);
    expect(requests).toEqual([
      {
        target: 'secretsmanager.GetSecretValue',
        body: JSON.stringify({ SecretId: ARN }),
        signatureMatches: true,
      },
    ]);
  });

  it("fails with the service's error type, never a secret", async () => {
    // Prepare
    respond = (res) => {
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify({ __type: 'AccessDeniedException', message: 'not allowed' }));
    };

    // Act and assess
    await expect(fetchSecretString(ARN, where)).rejects.toThrow(/400 AccessDeniedException/);
  });

  it('gives up after its timeout when Secrets Manager does not answer', async () => {
    // Prepare
    respond = () => undefined;
    const started = Date.now();

    // Act and assess
    await expect(fetchSecretString(ARN, { ...where, timeoutMs: 100 })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('lazySecret', () => {
  it('reads once per container and keeps the value', async () => {
    // Prepare
    const secret = lazySecret('TEST_KEY', { arn: ARN, localValue: 'unused-local-value', where });

    // Act
    const values = await Promise.all([secret(), secret(), secret()]);

    // Assess
    expect(values).toEqual([SECRET, SECRET, SECRET]);
    expect(requests).toHaveLength(1);
  });

  it('does not keep a failed read: the next use tries again', async () => {
    // Prepare
    const secret = lazySecret('TEST_KEY', { arn: ARN, localValue: 'unused-local-value', where });
    const healthy = respond;
    respond = (res) => {
      res.writeHead(500);
      res.end('{}');
    };

    // Act
    const first = await secret().catch((error: unknown) => error);
    respond = healthy;
    const second = await secret();

    // Assess
    expect(first).toBeInstanceOf(Error);
    expect(second).toBe(SECRET);
    expect(requests).toHaveLength(2);
  });

  it('uses the local value without an ARN, and refuses it in Lambda', async () => {
    // Prepare
    const local = lazySecret('TEST_KEY', {
      arn: undefined,
      localValue: 'local-development-key',
      inLambda: false,
    });
    const inLambda = lazySecret('TEST_KEY', {
      arn: undefined,
      localValue: 'local-development-key',
      inLambda: true,
    });

    // Act and assess
    expect(await local()).toBe('local-development-key');
    await expect(inLambda()).rejects.toThrow(/TEST_KEY_ARN must be set in Lambda/);
    expect(requests).toEqual([]);
  });
});
