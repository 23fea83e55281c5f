import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../errors.ts';
import { env } from '../env.ts';
import { ORIGIN_HEADER } from '../http/origin-header.ts';
import { log } from '../log.ts';
import { fetchSecretString, type SecretsEndpoint, secretsEndpoint } from './secret.store.ts';

export { ORIGIN_HEADER };

/**
 * How often a container may read the secret again when a request carries a value it does not
 * know: during a rotation CloudFront's edges switch to the new value one by one, and a container
 * that read the secret before the new value was added must learn it. Only refused requests
 * trigger a read, at most once a minute, so a flood of guesses costs one read a minute.
 */
export const ORIGIN_SECRET_REFRESH_MS = 60_000;

/** Values shorter than this are refused: a guessable value would protect nothing. */
const MIN_VALUE_LENGTH = 32;

/**
 * Whether a request came through CloudFront, from the value of its {@link ORIGIN_HEADER}:
 * `false` at once when the header is missing, else a promise (the secret is read once per
 * container, so a warm container answers without a network call).
 * @throws AppError `unavailable` (from the promise) when the secret cannot be read.
 */
export type OriginCheck = (headerValue: string | undefined) => boolean | Promise<boolean>;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compared as SHA-256 digests: equal lengths for timingSafeEqual, and no length leaks. */
function matches(accepted: Buffer[], value: string): boolean {
  const candidate = digest(value);
  let found = false;
  for (const expected of accepted) found = timingSafeEqual(expected, candidate) || found;
  return found;
}

/**
 * The accepted values in the secret's JSON object: `{"v1": "…"}`, and during a rotation
 * `{"v1": "…", "v2": "…"}` (docs/deploy.md).
 * @throws Error when the secret holds no value long enough to count.
 */
export function parseOriginSecret(secretString: string): Buffer[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(secretString);
  } catch {
    throw new Error('The origin secret is not a JSON object');
  }
  const values =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? Object.values(parsed).filter(
          (v): v is string => typeof v === 'string' && v.length >= MIN_VALUE_LENGTH,
        )
      : [];
  if (values.length === 0)
    throw new Error(`The origin secret holds no value of ${MIN_VALUE_LENGTH}+ characters`);
  return values.map(digest);
}

/**
 * Builds the origin check from its configuration:
 * - with an ARN (AWS), the values of that secret; read at once (at INIT, not waited for) and
 *   kept, read again at most every {@link ORIGIN_SECRET_REFRESH_MS} when an unknown value
 *   arrives, and a failed read is not kept;
 * - in Lambda without an ARN, nothing is accepted: a misconfigured function refuses everything
 *   rather than answering requests that went around CloudFront;
 * - locally with a value, that value (how the tests run the check);
 * - locally without one, every request: there is no CloudFront in front of the local gateway.
 */
export function createOriginCheck(source: {
  arn: string | undefined;
  localValue: string | undefined;
  inLambda?: boolean;
  where?: SecretsEndpoint;
  now?: () => number;
}): OriginCheck {
  const {
    arn,
    localValue,
    inLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME),
    where = secretsEndpoint(),
    now = Date.now,
  } = source;
  if (!arn) {
    if (inLambda) {
      log.error('ORIGIN_SECRET_ARN is not set: every request is refused');
      return () => false;
    }
    if (localValue === undefined) return () => true;
    const accepted = [digest(localValue)];
    return (headerValue) => headerValue !== undefined && matches(accepted, headerValue);
  }

  let accepted: Promise<Buffer[]> | undefined;
  let readAt = Number.NEGATIVE_INFINITY;
  const read = (): Promise<Buffer[]> => {
    readAt = now();
    const reading = fetchSecretString(arn, where).then(parseOriginSecret);
    accepted = reading;
    reading.catch((error: unknown) => {
      if (accepted === reading) accepted = undefined;
      log.warn('origin secret not read', { error: String(error) });
    });
    return reading;
  };
  const values = async (fresh: boolean): Promise<Buffer[]> => {
    try {
      return await (fresh ? read() : (accepted ?? read()));
    } catch {
      throw new AppError('unavailable', 'The service is briefly unavailable; try again in a few seconds');
    }
  };
  const check = async (headerValue: string): Promise<boolean> => {
    if (matches(await values(false), headerValue)) return true;
    if (now() - readAt < ORIGIN_SECRET_REFRESH_MS) return false;
    return matches(await values(true), headerValue);
  };
  read();
  return (headerValue) => headerValue !== undefined && check(headerValue);
}

/** This function's origin check, configured by the env module. */
export const viaCloudFront: OriginCheck = createOriginCheck({
  arn: env.ORIGIN_SECRET_ARN,
  localValue: env.ORIGIN_SECRET,
});
