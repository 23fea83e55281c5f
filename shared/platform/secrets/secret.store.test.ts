import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type SecretsManagerStandIn,
  startSecretsManagerStandIn,
} from '../../../test/secrets-manager-stand-in.ts';
import { fetchSecretString, lazySecret, type SecretsEndpoint } from './secret.store.ts';

const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:embassy-master-AbCdEf';
const SECRET = 'a-generated-secret-of-48-characters-000000000000';
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret-example', sessionToken: 'token' };

/**
 * A stand-in for Secrets Manager's GetSecretValue: it answers only a request whose SigV4
 * signature it recomputes to the same value (so what was signed is what arrived: method, path,
 * headers and body), like the service would.
 */
let standIn: SecretsManagerStandIn;
let where: SecretsEndpoint;

beforeAll(async () => {
  standIn = await startSecretsManagerStandIn({
    region: 'eu-west-1',
    credentials,
    secrets: { [ARN]: SECRET },
  });
  where = { region: 'eu-west-1', endpoint: standIn.endpoint, credentials };
});
afterAll(() => standIn.close());
beforeEach(() => {
  standIn.requests.length = 0;
  standIn.respond = undefined;
});
const respondWith = (respond: (res: ServerResponse) => void) => {
  standIn.respond = respond;
};

describe('fetchSecretString', () => {
  it('reads the secret with one GetSecretValue request, signed with SigV4', async () => {
    // Act
    const value = await fetchSecretString(ARN, where);

    // Assess
    expect(value).toBe(SECRET);
    expect(standIn.requests).toEqual([
      {
        target: 'secretsmanager.GetSecretValue',
        body: JSON.stringify({ SecretId: ARN }),
        signatureMatches: true,
      },
    ]);
  });

  it("fails with the service's error type, never a secret", async () => {
    // Prepare
    respondWith((res) => {
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify({ __type: 'AccessDeniedException', message: 'not allowed' }));
    });

    // Act and assess
    await expect(fetchSecretString(ARN, where)).rejects.toThrow(/400 AccessDeniedException/);
  });

  it('gives up after its timeout when Secrets Manager does not answer', async () => {
    // Prepare
    respondWith(() => undefined);
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
    expect(standIn.requests).toHaveLength(1);
  });

  it('does not keep a failed read: the next use tries again', async () => {
    // Prepare
    const secret = lazySecret('TEST_KEY', { arn: ARN, localValue: 'unused-local-value', where });
    respondWith((res) => {
      res.writeHead(500);
      res.end('{}');
    });

    // Act
    const first = await secret().catch((error: unknown) => error);
    standIn.respond = undefined;
    const second = await secret();

    // Assess
    expect(first).toBeInstanceOf(Error);
    expect(second).toBe(SECRET);
    expect(standIn.requests).toHaveLength(2);
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
    expect(standIn.requests).toEqual([]);
  });
});
