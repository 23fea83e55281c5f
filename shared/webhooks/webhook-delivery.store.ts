import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../common.schema.ts';
import { db, tableName } from '../platform/db/client.ts';
import { ENTITY, indexKeys, keys } from '../platform/db/keys.ts';
import { queryDue, queryPage } from '../platform/db/read-all.ts';
import { ACCESS_PATTERNS, TABLE } from '../platform/db/table.ts';
import {
  type WebhookAttempt,
  type WebhookDelivery,
  type WebhookDeliveryQuery,
  WebhookDeliverySchema,
  type WebhookEventEnvelope,
} from './webhook.schema.ts';

/** Events and their delivery logs are kept this long: past every retry, with weeks to replay. */
const RETENTION_DAYS = 30;
/** The attempt log keeps the latest this many attempts. */
const LOGGED_ATTEMPTS = 20;

const expiresAt = (createdAt: string) => Math.floor(Date.parse(createdAt) / 1000) + RETENTION_DAYS * 86_400;

/** Which delivery: its program, endpoint and event. */
export type DeliveryRef = { programId: string; endpointId: string; eventId: string };

/** A stored delivery: the view, and what the sender keeps to itself. */
export type StoredDelivery = WebhookDelivery & {
  /** Attempts made before the last replay: the retry schedule counts from there. */
  retryFrom: number;
  /** Bumped by each replay, so the stream sees it become due again. */
  replays: number;
};

/** Keeps the event body (its `data` as sent) for the retries and replays of its deliveries. */
export async function putEvent(event: WebhookEventEnvelope): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...keys.webhookEvent(event.programId, event.id),
        entity: ENTITY.webhookEvent,
        programId: event.programId,
        eventId: event.id,
        type: event.type,
        body: JSON.stringify(event),
        [TABLE.ttlAttribute]: expiresAt(event.createdAt),
      },
    }),
  );
}

/** The event's body exactly as first sent (the signature covers these bytes), or undefined once expired. */
export async function findEventBody(programId: string, eventId: string): Promise<string | undefined> {
  const { Item } = await db.send(
    new GetCommand({ TableName: tableName, Key: keys.webhookEvent(programId, eventId) }),
  );
  return typeof Item?.body === 'string' ? Item.body : undefined;
}

/**
 * Writes a new delivery, due at `dueAt`, once: a fan-out run again for the same event and
 * endpoint finds it there and writes nothing. @returns false when it was there already.
 */
export async function insertDelivery(
  ref: DeliveryRef,
  type: string,
  createdAt: string,
  dueAt: string,
): Promise<boolean> {
  try {
    await db.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.webhookDelivery(ref.programId, ref.endpointId, ref.eventId),
          entity: ENTITY.webhookDelivery,
          id: ref.eventId,
          endpointId: ref.endpointId,
          programId: ref.programId,
          type,
          status: 'pending',
          attempts: 0,
          retryFrom: 0,
          replays: 0,
          nextAttemptAt: dueAt,
          createdAt,
          attemptLog: [],
          ...indexKeys.webhooksDue(dueAt, ref.programId, ref.endpointId, ref.eventId),
          [TABLE.ttlAttribute]: expiresAt(createdAt),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

const storedOf = (item: Record<string, unknown>): StoredDelivery => ({
  ...WebhookDeliverySchema.parse(item),
  retryFrom: Number(item.retryFrom ?? 0),
  replays: Number(item.replays ?? 0),
});

export async function findDelivery(ref: DeliveryRef): Promise<StoredDelivery | undefined> {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: keys.webhookDelivery(ref.programId, ref.endpointId, ref.eventId),
      ConsistentRead: true,
    }),
  );
  return Item?.entity === ENTITY.webhookDelivery ? storedOf(Item) : undefined;
}

/** A delivery as it may be shown. */
export function deliveryView(stored: StoredDelivery): WebhookDelivery {
  const { retryFrom: _from, replays: _replays, ...view } = stored;
  return view;
}

/** An endpoint's deliveries, newest first, optionally in one status. */
export async function listDeliveries(
  programId: string,
  endpointId: string,
  query: WebhookDeliveryQuery,
): Promise<Page<WebhookDelivery>> {
  const partition = keys.webhookDeliveryPartition(programId, endpointId);
  const page = await queryPage(
    {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ...(query.status
        ? { FilterExpression: '#status = :status', ExpressionAttributeNames: { '#status': 'status' } }
        : {}),
      ExpressionAttributeValues: {
        ':pk': partition,
        ':prefix': keys.webhookDelivery(programId, endpointId, '').sk,
        ...(query.status ? { ':status': query.status } : {}),
      },
      ScanIndexForward: false,
      Limit: query.limit,
    },
    query.cursor,
    { equal: { pk: partition }, prefix: { sk: keys.webhookDelivery(programId, endpointId, '').sk } },
  );
  return { ...page, items: page.items.map((item) => deliveryView(storedOf(item))) };
}

/**
 * Takes attempt number `attempts + 1` of a due delivery: only one caller gets each attempt.
 * Its next attempt is booked at once (`retryAt`), so if this worker dies the sweep retries it.
 * @returns false when another worker took it, or it is no longer due.
 */
export async function claimAttempt(delivery: StoredDelivery, retryAt: string, now: string): Promise<boolean> {
  const ref = { programId: delivery.programId, endpointId: delivery.endpointId, eventId: delivery.id };
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.webhookDelivery(ref.programId, ref.endpointId, ref.eventId),
        UpdateExpression: 'SET attempts = :next, nextAttemptAt = :retryAt, gsi3pk = :duePk, gsi3sk = :dueSk',
        ConditionExpression: '#status = :pending AND attempts = :attempts AND nextAttemptAt <= :now',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':next': delivery.attempts + 1,
          ':attempts': delivery.attempts,
          ':retryAt': retryAt,
          ':now': now,
          ':pending': 'pending',
          ':duePk': indexKeys.webhooksDuePartition(),
          ':dueSk': indexKeys.webhooksDue(retryAt, ref.programId, ref.endpointId, ref.eventId).gsi3sk,
        },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * Writes an attempt's outcome: `succeeded` and `failed` end the delivery (it leaves the due
 * index), `pending` leaves the retry the claim booked. Only if no replay came meanwhile.
 */
export async function recordAttempt(
  delivery: StoredDelivery,
  attempt: WebhookAttempt,
  status: 'pending' | 'succeeded' | 'failed',
): Promise<void> {
  const log = [...delivery.attemptLog, attempt].slice(-LOGGED_ATTEMPTS);
  const set = ['#status = :status', 'attemptLog = :log', 'lastAttemptAt = :at', 'lastDurationMs = :ms'];
  const remove: string[] = status === 'pending' ? [] : ['nextAttemptAt', 'gsi3pk', 'gsi3sk'];
  if (attempt.responseStatus !== undefined) set.push('lastResponseStatus = :code');
  else remove.push('lastResponseStatus');
  if (attempt.error) set.push('lastError = :error');
  else remove.push('lastError');
  await db
    .send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.webhookDelivery(delivery.programId, delivery.endpointId, delivery.id),
        UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
        ConditionExpression: 'attempts = :attempts AND replays = :replays',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':status': status,
          ':log': log,
          ':at': attempt.at,
          ':ms': attempt.durationMs,
          ':attempts': attempt.attempt,
          ':replays': delivery.replays,
          ...(attempt.responseStatus !== undefined ? { ':code': attempt.responseStatus } : {}),
          ...(attempt.error ? { ':error': attempt.error } : {}),
        },
      }),
    )
    .catch((error: unknown) => {
      // A replay during the attempt: it booked its own attempt, which goes ahead.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    });
}

/** Ends a delivery that cannot be attempted (its endpoint was deleted or disabled). */
export async function failDelivery(delivery: StoredDelivery, reason: string, at: string): Promise<void> {
  await recordAttempt(delivery, { attempt: delivery.attempts, at, durationMs: 0, error: reason }, 'failed');
}

/**
 * Makes a delivery due again now, with a fresh run of retries: the replay of one delivery.
 * @returns false when there is no such delivery.
 */
export async function replayDelivery(ref: DeliveryRef, now: string): Promise<boolean> {
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.webhookDelivery(ref.programId, ref.endpointId, ref.eventId),
        UpdateExpression:
          'SET #status = :pending, nextAttemptAt = :now, retryFrom = attempts, gsi3pk = :duePk, gsi3sk = :dueSk ADD replays :one',
        ConditionExpression: 'entity = :entity',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':pending': 'pending',
          ':now': now,
          ':one': 1,
          ':entity': ENTITY.webhookDelivery,
          ':duePk': indexKeys.webhooksDuePartition(),
          ':dueSk': indexKeys.webhooksDue(now, ref.programId, ref.endpointId, ref.eventId).gsi3sk,
        },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Deliveries due by `now`, across programs, oldest first: the sweep's work. */
export async function listDueDeliveries(now: string, limit: number): Promise<DeliveryRef[]> {
  const Items = await queryDue(ACCESS_PATTERNS.webhooksDue, indexKeys.webhooksDuePartition(), now, limit);
  return Items.map((item) => ({
    programId: String(item.programId),
    endpointId: String(item.endpointId),
    eventId: String(item.id),
  }));
}
