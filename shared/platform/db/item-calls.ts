import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { type AwsEndpoint, awsErrorType, callAwsJson } from '../aws-json-call.ts';
import { env } from '../env.ts';
import { SDK_TIMEOUTS } from '../timeout-ladder.ts';

/**
 * GetItem and PutItem as single signed requests (shared/platform/aws-json-call.ts), for the
 * redirect: its cold start then loads no DynamoDB client, no document client and no SDK
 * middleware, which are most of its bundle (BENCHMARKS.md, issue 19). Same table, endpoint,
 * region and credentials as shared/platform/db/client.ts, and the same attempts and per-attempt
 * timeout as the SDK's standard retry mode, inside the timeout ladder.
 */

type Item = Record<string, unknown>;

/** A call DynamoDB refused or that never completed: its error type (`ConditionalCheckFailedException`). */
export class ItemCallError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
  ) {
    super(`DynamoDB ${type} (${status})`);
    this.name = 'ItemCallError';
  }
}

/** What a finished call did, for whoever observes them (the benches count capacity). */
export type ItemCall = {
  operation: 'GetItem' | 'PutItem';
  input: { Key?: Item; Item?: Item };
  units: number;
};
let observer: ((call: ItemCall) => void) | undefined;
/** Tells `listener` of every call that succeeded, with the capacity it consumed. Benches only. */
export function observeItemCalls(listener: ((call: ItemCall) => void) | undefined): void {
  observer = listener;
}

/** Throttling and the service's own failures are tried again; a refused request is not. */
const RETRYABLE =
  /^(ProvisionedThroughputExceededException|ThrottlingException|RequestLimitExceeded|InternalServerError|ServiceUnavailable|LimitExceededException)$/;
/** The SDK's standard backoff: full jitter from 1 s for throttling, 50 ms otherwise, doubling. */
const backoffMs = (attempt: number, throttled: boolean) =>
  Math.random() * (throttled ? 1000 : 50) * 2 ** (attempt - 1);

const endpoint = (): AwsEndpoint => ({
  region: env.AWS_REGION,
  ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}),
  timeoutMs: env.DYNAMODB_TIMEOUT_MS,
});

async function call(operation: ItemCall['operation'], body: Item): Promise<Item> {
  const request = {
    TableName: env.TABLE_NAME,
    ...body,
    ...(observer ? { ReturnConsumedCapacity: 'TOTAL' } : {}),
  };
  for (let attempt = 1; ; attempt++) {
    let retry: { throttled: boolean } | undefined;
    try {
      const { status, payload } = await callAwsJson(
        { service: 'dynamodb', target: `DynamoDB_20120810.${operation}`, jsonVersion: '1.0', body: request },
        endpoint(),
      );
      if (status < 300) return payload;
      const type = awsErrorType(payload);
      if (attempt >= SDK_TIMEOUTS.maxAttempts || !(status >= 500 || RETRYABLE.test(type)))
        throw new ItemCallError(type, status);
      retry = { throttled: status < 500 };
    } catch (error) {
      if (error instanceof ItemCallError || attempt >= SDK_TIMEOUTS.maxAttempts) throw error;
      // A timeout or a dropped connection.
      retry = { throttled: false };
    }
    await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt, retry.throttled)));
  }
}

const unitsOf = (payload: Item) =>
  Number((payload.ConsumedCapacity as { CapacityUnits?: number } | undefined)?.CapacityUnits ?? 0);

/**
 * One item by its key (an eventually consistent read, as the document client's default), or
 * undefined. `projection` names the attributes to read (`landingUrl, allowedDomains`).
 */
export async function getItem(key: Item, projection?: string): Promise<Item | undefined> {
  const payload = await call('GetItem', {
    Key: marshall(key),
    ...(projection ? { ProjectionExpression: projection } : {}),
  });
  observer?.({ operation: 'GetItem', input: { Key: key }, units: unitsOf(payload) });
  return payload.Item ? unmarshall(payload.Item as Parameters<typeof unmarshall>[0]) : undefined;
}

/** Writes one whole item (undefined attributes left out, as the document client is set to). */
export async function putItem(item: Item): Promise<void> {
  const payload = await call('PutItem', { Item: marshall(item, { removeUndefinedValues: true }) });
  observer?.({ operation: 'PutItem', input: { Item: item }, units: unitsOf(payload) });
}
