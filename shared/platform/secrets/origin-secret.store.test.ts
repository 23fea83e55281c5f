import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type SecretsManagerStandIn,
  startSecretsManagerStandIn,
} from '../../../test/secrets-manager-stand-in.ts';
import { isAppError } from '../../errors.ts';
import { createOriginCheck, ORIGIN_SECRET_REFRESH_MS, parseOriginSecret } from './origin-secret.store.ts';

const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:embassy-origin-AbCdEf';
const V1 = 'origin-value-one-0123456789abcdefghijklmnopq';
const V2 = 'origin-value-two-0123456789abcdefghijklmnopq';

/** Secrets Manager's GetSecretValue, checking each request's SigV4 signature as the service would. */
let standIn: SecretsManagerStandIn;
/** The stand-in's stored secrets: what it answers GetSecretValue with. */
const secrets: Record<string, string> = {};
const region = 'eu-west-1';
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret-example', sessionToken: 'token' };
let where: { region: string; endpoint: string; credentials: typeof credentials };
const answerWith = (value: string) => {
  standIn.respond = undefined;
  secrets[ARN] = value;
};
/** A clock the test moves by hand, so the refresh interval is exact. */
let clock: number;
const now = () => clock;

beforeAll(async () => {
  secrets[ARN] = JSON.stringify({ v1: V1 });
  standIn = await startSecretsManagerStandIn({ region, credentials, secrets });
  where = { region, endpoint: standIn.endpoint, credentials };
});
afterAll(() => standIn.close());
beforeEach(() => {
  standIn.requests.length = 0;
  answerWith(JSON.stringify({ v1: V1 }));
  clock = 1_000_000;
});

const inAws = () => createOriginCheck({ arn: ARN, localValue: undefined, where, now });

describe('the origin check, configured locally', () => {
  it('is off without a value: there is no CloudFront in front of the local gateway', () => {
    const check = createOriginCheck({ arn: undefined, localValue: undefined, inLambda: false });
    expect([check(undefined), check('anything')]).toEqual([true, true]);
  });

  it('with a value, refuses a request without it or with another one, and lets the right one through', () => {
    const check = createOriginCheck({ arn: undefined, localValue: V1, inLambda: false });
    expect([check(undefined), check(V2), check(V1.slice(0, -1)), check(V1)]).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it('refuses everything in Lambda without the secret, even the local value', () => {
    const check = createOriginCheck({ arn: undefined, localValue: V1, inLambda: true });
    expect([check(undefined), check(V1)]).toEqual([false, false]);
  });
});

describe('the origin check, with the secret (AWS)', () => {
  it('reads the secret once, at creation, with a signed GetSecretValue, and answers warm requests from memory', async () => {
    // Act
    const check = inAws();
    const answers = [await check(V1), await check(V1), check(undefined), await check(V1)];

    // Assess
    expect(answers).toEqual([true, true, false, true]);
    expect(standIn.requests).toEqual([
      {
        target: 'secretsmanager.GetSecretValue',
        body: JSON.stringify({ SecretId: ARN }),
        signatureMatches: true,
      },
    ]);
  });

  it('learns a value added during a rotation, reading again at most once per refresh interval', async () => {
    // Prepare: the container read {v1}; then v2 is added to the secret and CloudFront starts sending it.
    const check = inAws();
    expect(await check(V1)).toBe(true);
    answerWith(JSON.stringify({ v1: V1, v2: V2 }));

    // Act and assess: within the interval an unknown value is refused without a read.
    clock += ORIGIN_SECRET_REFRESH_MS - 1;
    expect(await check(V2)).toBe(false);
    expect(standIn.requests).toHaveLength(1);
    // After it, one read, and both values count.
    clock += 1;
    expect(await check(V2)).toBe(true);
    expect(await check(V1)).toBe(true);
    expect(standIn.requests).toHaveLength(2);
    // A guess right after costs no read.
    expect(await check('a-guess-that-is-long-enough-0123456789')).toBe(false);
    expect(standIn.requests).toHaveLength(2);
  });

  it('answers unavailable when the secret cannot be read, and reads again on the next request', async () => {
    // Prepare
    standIn.respond = (res) => {
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify({ __type: 'AccessDeniedException', message: 'not allowed' }));
    };
    const check = inAws();

    // Act
    const failure = await (check(V1) as Promise<boolean>).catch((error: unknown) => error);
    answerWith(JSON.stringify({ v1: V1 }));
    const next = await check(V1);

    // Assess
    expect(isAppError(failure) && failure.code).toBe('unavailable');
    expect(next).toBe(true);
    expect(standIn.requests.length).toBeGreaterThanOrEqual(2);
  });
});

describe('parseOriginSecret', () => {
  it('takes every value of 32 characters or more from the JSON object, and refuses a secret without one', () => {
    expect(parseOriginSecret(JSON.stringify({ v1: V1, v2: V2, short: 'too-short' }))).toHaveLength(2);
    for (const bad of ['not json', '[]', '"a string"', JSON.stringify({ v1: 'too-short' }), '{}'])
      expect(() => parseOriginSecret(bad), bad).toThrow(/origin secret/);
  });
});
