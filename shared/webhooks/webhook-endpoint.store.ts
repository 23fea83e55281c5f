import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, keys } from '../platform/db/keys.ts';
import { queryAll } from '../platform/db/read-all.ts';
import { type TransactItem, transact, unexpectedCancellation } from '../platform/db/transact.ts';
import { type WebhookEndpoint, WebhookEndpointSchema } from './webhook.schema.ts';

/** The program's endpoint counter: one item beside the endpoints, so parallel creates cannot pass the cap. */
const counterKey = (programId: string) => keys.webhookEndpoint(programId, 'COUNTER');

const endpointOf = (item: Record<string, unknown>) => WebhookEndpointSchema.parse(item);

/** An endpoint as the table holds it. */
const endpointItem = (endpoint: WebhookEndpoint) => ({
  ...keys.webhookEndpoint(endpoint.programId, endpoint.id),
  entity: ENTITY.webhookEndpoint,
  ...endpoint,
});

/** The program's endpoints, oldest first (a handful). */
export async function listEndpoints(programId: string): Promise<WebhookEndpoint[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: {
      ':pk': keys.webhookEndpoint(programId, '').pk,
      ':prefix': keys.webhookEndpointPrefix(),
    },
  });
  return items.filter((item) => item.entity === ENTITY.webhookEndpoint).map(endpointOf);
}

export async function findEndpoint(
  programId: string,
  endpointId: string,
): Promise<WebhookEndpoint | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.webhookEndpoint(programId, endpointId),
      ConsistentRead: true,
    }),
  );
  return Item?.entity === ENTITY.webhookEndpoint ? endpointOf(Item) : undefined;
}

/**
 * Adds an endpoint while the program has fewer than `max`.
 * @returns false when the program has `max` already.
 */
export async function insertEndpoint(endpoint: WebhookEndpoint, max: number): Promise<boolean> {
  const written = await transact({
    counter: {
      Update: {
        TableName: tableName,
        Key: counterKey(endpoint.programId),
        UpdateExpression: 'SET entity = :entity ADD endpoints :one',
        ConditionExpression: 'attribute_not_exists(endpoints) OR endpoints < :max',
        ExpressionAttributeValues: { ':entity': 'webhookEndpointCounter', ':one': 1, ':max': max },
      },
    },
    endpoint: {
      Put: {
        TableName: tableName,
        Item: endpointItem(endpoint),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  });
  if (written.ok) return true;
  if (written.failed.has('counter')) return false;
  throw unexpectedCancellation(written);
}

/**
 * Replaces an endpoint with its edited form, if nobody changed it since it was read (its
 * `updatedAt`). @returns false when it changed or is gone: read again and retry.
 */
export async function replaceEndpoint(endpoint: WebhookEndpoint, read: WebhookEndpoint): Promise<boolean> {
  const written = await transact({
    endpoint: {
      Put: {
        TableName: tableName,
        Item: endpointItem(endpoint),
        // The sender counts failures on the item beside any edit: a count that moved is a change too.
        ConditionExpression: 'updatedAt = :readAt AND consecutiveFailures = :failures',
        ExpressionAttributeValues: { ':readAt': read.updatedAt, ':failures': read.consecutiveFailures },
      },
    },
  });
  if (written.ok) return true;
  if (written.failed.has('endpoint') || written.conflict) return false;
  throw unexpectedCancellation(written);
}

/** Deletes an endpoint and frees its place. @returns false when there is none. */
export async function deleteEndpoint(programId: string, endpointId: string): Promise<boolean> {
  const written = await transact({
    endpoint: {
      Delete: {
        TableName: tableName,
        Key: keys.webhookEndpoint(programId, endpointId),
        ConditionExpression: 'entity = :entity',
        ExpressionAttributeValues: { ':entity': ENTITY.webhookEndpoint },
      },
    },
    counter: {
      Update: {
        TableName: tableName,
        Key: counterKey(programId),
        UpdateExpression: 'ADD endpoints :minusOne',
        ExpressionAttributeValues: { ':minusOne': -1 },
      },
    },
  });
  if (written.ok) return true;
  if (written.failed.has('endpoint')) return false;
  throw unexpectedCancellation(written);
}

/** A success: the run of failures is over. */
export async function recordEndpointSuccess(programId: string, endpointId: string): Promise<void> {
  await db
    .send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.webhookEndpoint(programId, endpointId),
        UpdateExpression: 'SET consecutiveFailures = :zero',
        ConditionExpression: 'attribute_exists(pk) AND consecutiveFailures <> :zero',
        ExpressionAttributeValues: { ':zero': 0 },
      }),
    )
    .catch(ignoreFailedCondition);
}

/** One more failure in a row. @returns how many in a row now. */
export async function recordEndpointFailure(programId: string, endpointId: string): Promise<number> {
  const counted = await db
    .send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.webhookEndpoint(programId, endpointId),
        UpdateExpression: 'ADD consecutiveFailures :one',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    )
    .catch(ignoreFailedCondition);
  return Number(counted?.Attributes?.consecutiveFailures ?? 0);
}

/**
 * Disables an endpoint that failed `limit` times in a row, with the notifications that say so,
 * in one transaction: only one caller disables it, and only that one tells anybody.
 * @returns false when it was disabled already (or has recovered, or is gone).
 */
export async function disableFailingEndpoint(
  programId: string,
  endpointId: string,
  limit: number,
  now: string,
  told: TransactItem[],
): Promise<boolean> {
  const written = await transact({
    endpoint: {
      Update: {
        TableName: tableName,
        Key: keys.webhookEndpoint(programId, endpointId),
        UpdateExpression:
          'SET #status = :disabled, disabledReason = :failing, disabledAt = :now, updatedAt = :now',
        ConditionExpression: '#status = :enabled AND consecutiveFailures >= :limit',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':disabled': 'disabled',
          ':enabled': 'enabled',
          ':failing': 'failing',
          ':now': now,
          ':limit': limit,
        },
      },
    },
    told,
  });
  if (written.ok) return true;
  if (written.failed.has('endpoint') || written.conflict) return false;
  throw unexpectedCancellation(written);
}

function ignoreFailedCondition(error: unknown): undefined {
  if (error instanceof ConditionalCheckFailedException) return undefined;
  throw error;
}
